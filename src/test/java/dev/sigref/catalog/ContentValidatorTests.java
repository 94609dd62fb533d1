package dev.sigref.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContentValidatorTests {

	private final ContentValidator validator = new ContentValidator(SipRegistry.get());

	private ContentValidator.Result validate(ContentFile... files) {
		return validator.validate(List.of(files));
	}

	private static List<String> problems(ContentValidator.Result result) {
		return result.problems().stream().map(ContentProblem::toString).toList();
	}

	@Test
	void acceptsAValidResponseAndRequestAndRendersTheirBodies() {
		var result = validate(EntryFixture.response(486, "Busy Here").file(), EntryFixture.request("INVITE").file());
		assertThat(problems(result)).isEmpty();
		assertThat(result.definitions()).extracting(MessageDefinition::slug).containsExactly("486-busy-here", "invite");
		assertThat(result.definitions().get(0).bodyHtml()).contains("<h3>How it works</h3>");
		assertThat(result.definitions().get(0).kind()).isEqualTo(MessageKind.CLIENT_FAILURE);
	}

	@Test
	void reportsAMissingFieldWithFileAndLine() {
		var result = validate(EntryFixture.response(486, "Busy Here").without("purpose").file());
		assertThat(problems(result)).containsExactly("content/messages/ims/486-busy-here.md:2: missing purpose");
		assertThat(result.definitions()).isEmpty();
	}

	@Test
	void reportsEveryProblemNotOnlyTheFirst() {
		var result = validate(EntryFixture.response(486, "Busy Here").without("purpose").without("bearer")
			.with("technology", List.of("LTE", "6G")).file());
		assertThat(problems(result)).hasSize(3)
			.anyMatch(p -> p.endsWith("missing purpose"))
			.anyMatch(p -> p.endsWith("missing bearer"))
			.anyMatch(p -> p.contains("technology '6G' is not one of"));
	}

	@Test
	void pointsAtTheLineOfTheBadValue() {
		String text = EntryFixture.response(486, "Busy Here").with("interfaces", List.of("Gm", "Gx")).text();
		int expectedLine = lineContaining(text, "- \"Gx\"", "- Gx");
		var result = validate(new ContentFile("content/messages/ims/486-busy-here.md", text));
		assertThat(problems(result))
			.containsExactly("content/messages/ims/486-busy-here.md:" + expectedLine + ": interfaces 'Gx' is not one of "
					+ "[Gm, ISC, Ici, Izi, Ma, Mg, Mi, Mj, Mk, Mr, Mr', Mw, Mx]");
	}

	@Test
	void reportsYamlSyntaxErrorsWithTheirLine() {
		String text = "---\nprotocol: ims\ntitle: [unclosed\nkind: request\n---\nbody\n";
		var result = validate(new ContentFile("content/messages/ims/invite.md", text));
		assertThat(problems(result)).hasSize(1);
		assertThat(problems(result).get(0)).startsWith("content/messages/ims/invite.md:").contains("yaml:");
	}

	@Test
	void rejectsAFileWithoutFrontMatter() {
		var result = validate(new ContentFile("content/messages/ims/invite.md", "# INVITE\n\nno front matter"));
		assertThat(problems(result)).containsExactly("content/messages/ims/invite.md:1: no front matter: the file "
				+ "must start with a line '---' and the YAML block must end with one");
	}

	@Test
	void rejectsAReasonPhraseThatIsNotTheRegisteredOne() {
		var result = validate(EntryFixture.response(486, "Busy Here").with("reason", "Busy").file());
		assertThat(problems(result)).singleElement().asString().endsWith("reason 'Busy' should be the registered phrase 'Busy Here'");
	}

	@Test
	void rejectsAFileNamedAfterAnotherSlug() {
		ContentFile file = EntryFixture.response(486, "Busy Here").file();
		var result = validate(new ContentFile("content/messages/ims/486-busy.md", file.text()));
		assertThat(problems(result)).singleElement().asString().contains("file name should be 486-busy-here.md");
	}

	@Test
	void rejectsAKindThatContradictsTheCode() {
		var result = validate(EntryFixture.response(486, "Busy Here").with("kind", "server-failure").file());
		assertThat(problems(result)).singleElement().asString()
			.endsWith("kind 'server-failure' but 486 is a client-failure response");
	}

	@Test
	void rejectsLinksToEntriesThatDoNotExist() {
		var result = validate(EntryFixture.response(486, "Busy Here").with("next", List.of("ack")).file());
		assertThat(problems(result)).singleElement().asString()
			.endsWith("next: no entry 'ack' under content/messages/ims/");
	}

	@Test
	void acceptsLinksBetweenEntriesThatExist() {
		var result = validate(EntryFixture.response(486, "Busy Here").with("next", List.of("ack")).file(),
				EntryFixture.request("ACK").with("previous", List.of("486-busy-here")).file());
		assertThat(problems(result)).isEmpty();
	}

	@Test
	void rejectsMalformedSpecReferences() {
		var specs = List.of(Map.of("doc", "RFC 3261", "section", "21.4.7", "about", "defines it"),
				Map.of("doc", "TS 24.229", "section", "5.4.3.2", "about", "ims"),
				Map.of("doc", "RFC 3261", "section", "section 8", "about", "x"));
		var result = validate(EntryFixture.response(486, "Busy Here").with("specs", specs).file());
		assertThat(problems(result)).hasSize(2)
			.anyMatch(p -> p.endsWith("spec 'TS 24.229' is not written 'RFC 3261' or '3GPP TS 24.229'"))
			.anyMatch(p -> p.endsWith("section 'section 8' is not a section number such as 21.6.4, 5.4.3.2 or Annex A"));
	}

	@Test
	void requiresTheDefiningDocumentFromTheRegistry() {
		var specs = List.of(Map.of("doc", "3GPP TS 24.229", "section", "5.4.3.2", "about", "ims only"));
		var result = validate(EntryFixture.response(422, "Session Interval Too Small").with("specs", specs).file());
		assertThat(problems(result)).singleElement().asString()
			.endsWith("specs must cite the defining document from the IANA registry: RFC 4028");
	}

	@Test
	void requiresAnIeRowForEveryHeaderOfTheExample() {
		var result = validate(EntryFixture.response(486, "Busy Here")
			.with("example", "SIP/2.0 486 Busy Here\nCall-ID: x@y\nv: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\nContent-Length: 0\n")
			.file());
		assertThat(problems(result)).singleElement().asString().endsWith("example carries Via but ies has no row for it");
	}

	@Test
	void checksTheContentLengthOfTheExampleWithCrlfLineEnds() {
		String example = "SIP/2.0 200 OK\nCall-ID: x@y\nContent-Type: application/sdp\nContent-Length: 12\n\nv=0\no=x\n";
		var result = validate(EntryFixture.response(200, "OK").with("example", example)
			.withIe("Content-Type", "optional").withIe("Message body", "optional").file());
		assertThat(problems(result)).singleElement().asString()
			.endsWith("content-length 12 declared, 10 bytes in the example body (counted with CRLF line ends)");
	}

	@Test
	void rejectsIeNamesThatAreNotRegisteredHeaders() {
		var result = validate(EntryFixture.response(486, "Busy Here").withIe("X-Custom", "optional")
			.withIe("via", "optional").file());
		assertThat(problems(result)).hasSize(2)
			.anyMatch(p -> p.endsWith("ie 'X-Custom' is not a registered header field (nor Status-Line, Request-Line, Message body)"))
			.anyMatch(p -> p.endsWith("ie 'via' should be written 'Via'"));
	}

	@Test
	void requiresAConditionForConditionalElements() {
		var result = validate(EntryFixture.response(486, "Busy Here").withIe("Retry-After", "conditional").file());
		assertThat(problems(result)).singleElement().asString()
			.endsWith("ie 'Retry-After' is conditional: give its condition");
	}

	@Test
	void rejectsASentenceRepeatedInMoreThanThreeEntries() {
		String boilerplate = "In practice, compare this field with the original request and with later fields.";
		List<ContentFile> files = new ArrayList<>();
		for (String m : List.of("INVITE", "BYE", "ACK", "CANCEL")) {
			files.add(EntryFixture.request(m).with("purpose", boilerplate).file());
		}
		var result = validator.validate(files);
		assertThat(problems(result)).hasSize(4).allMatch(p -> p.contains("sentence repeated in 4 entries"));
	}

	@Test
	void allowsTheSameSentenceInThreeEntries() {
		String shared = "This sentence is shared by exactly three entries and no more.";
		List<ContentFile> files = new ArrayList<>();
		for (String m : List.of("INVITE", "BYE", "ACK")) {
			files.add(EntryFixture.request(m).with("purpose", shared).file());
		}
		assertThat(problems(validator.validate(files))).isEmpty();
	}

	@Test
	void requiresABodyThatExplains() {
		var result = validate(EntryFixture.response(486, "Busy Here").body("Too short.").file());
		assertThat(problems(result)).singleElement().asString().contains("body has fewer than 40 words");
	}

	@Test
	void escapesRawHtmlInTheBody() {
		String body = "## Test\n\n<script>alert(1)</script> and a long enough paragraph that says specific things "
				+ "about this fixture entry so that the forty words rule of the validator is met without any "
				+ "trouble at all, which matters because the test is about escaping and not about the word count "
				+ "of the body.";
		var result = validate(EntryFixture.response(486, "Busy Here").body(body).file());
		assertThat(problems(result)).isEmpty();
		assertThat(result.definitions().get(0).bodyHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	private static int lineContaining(String text, String... needles) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			for (String n : needles) {
				if (lines[i].contains(n)) {
					return i + 1;
				}
			}
		}
		throw new AssertionError("no line with " + List.of(needles));
	}

	@Test
	void explainsHowToQuoteASectionThatYamlReadsAsANumber() {
		String text = EntryFixture.response(486, "Busy Here").text().replace("section: \"21.4.7\"", "section: 16.10");
		var result = validate(new ContentFile("content/messages/ims/486-busy-here.md", text));
		assertThat(problems(result)).singleElement().asString()
			.contains("specs.0.section should be text, found a number (16.1): quote it");
	}

	@Test
	void explainsThatAnUnquotedColonTurnsAListItemIntoAMap() {
		String text = EntryFixture.response(486, "Busy Here").text()
			.replace("- \"inspect 486-busy-here\"", "- LIA result: 5001");
		var result = validate(new ContentFile("content/messages/ims/486-busy-here.md", text));
		assertThat(problems(result)).singleElement().asString()
			.contains("troubleshooting.inspect.0 should be text, found a map: a plain YAML line containing ': '");
	}

}
