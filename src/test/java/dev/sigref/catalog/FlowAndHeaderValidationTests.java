package dev.sigref.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FlowAndHeaderValidationTests {

	private final ContentValidator validator = new ContentValidator(SipRegistry.get());

	private static List<ContentFile> messages() {
		return List.of(EntryFixture.request("REGISTER").file(), EntryFixture.response(401, "Unauthorized").file(),
				EntryFixture.response(200, "OK").file());
	}

	private List<String> problems(ContentFile... extra) {
		List<ContentFile> files = new java.util.ArrayList<>(messages());
		files.addAll(List.of(extra));
		return validator.validate(files).problems().stream().map(ContentProblem::toString).toList();
	}

	@Test
	void acceptsAFlowWhoseStepsNameExistingMessages() {
		var result = validator.validate(List.of(messages().get(0), messages().get(1), messages().get(2),
				new FlowFixture("initial-registration").file()));
		assertThat(result.problems()).isEmpty();
		assertThat(result.flows()).singleElement().satisfies(f -> {
			assertThat(f.steps()).hasSize(5);
			assertThat(f.messageSlugs()).containsExactly("register", "401-unauthorized", "register", "200-ok");
		});
	}

	@Test
	void rejectsAStepWhoseMessageDoesNotExist() {
		assertThat(problems(new FlowFixture("reg").withStep("ue", "scscf", "999-nothing", "???").file()))
			.singleElement().asString().contains("step 6: no message entry '999-nothing' under content/messages/ims/");
	}

	@Test
	void rejectsAStepBetweenUnknownParticipants() {
		assertThat(problems(new FlowFixture("reg").withStep("ue", "icscf", "register", "REGISTER").file()))
			.singleElement().asString().contains("step 6: 'icscf' is not a participant id of this flow");
	}

	@Test
	void rejectsAnUnknownFamilyAndDuplicateParticipantIds() {
		var file = new FlowFixture("reg").with("family", "roaming")
			.with("participants", List.of(Map.of("id", "ue", "label", "UE", "node", "UE"),
					Map.of("id", "ue", "label", "UE 2", "node", "UE"), Map.of("id", "scscf", "label", "S", "node", "S-CSCF"),
					Map.of("id", "hss", "label", "HSS", "node", "HSS")))
			.file();
		assertThat(problems(file)).hasSize(2)
			.anyMatch(p -> p.contains("family 'roaming' is not one of"))
			.anyMatch(p -> p.contains("participant id 'ue' is used twice"));
	}

	@Test
	void acceptsAHeaderThatMatchesTheRegistry() {
		assertThat(problems(new HeaderFixture("Via", "v", "RFC 3261").file())).isEmpty();
	}

	@Test
	void readsRegistryReferencesThatCarryAVersionOrANote() {
		assertThat(problems(new HeaderFixture("Reason-Phrase", "", "RFC 6873").with("status", "reserved").file()))
			.isEmpty();
		assertThat(problems(new HeaderFixture("Additional-Identity", "", "3GPP TS 24.229").file())).isEmpty();
	}

	@Test
	void rejectsAHeaderWhoseCompactFormOrStatusContradictsTheRegistry() {
		assertThat(problems(new HeaderFixture("Via", "x", "RFC 3261").with("status", "deprecated").file()))
			.hasSize(2)
			.anyMatch(p -> p.endsWith("compact_form should be 'v' as registered"))
			.anyMatch(p -> p.endsWith("status 'deprecated' but the registry says 'active'"));
	}

	@Test
	void requiresTheDefiningDocumentOfAHeader() {
		assertThat(problems(new HeaderFixture("P-Access-Network-Info", "", "RFC 3261").file()))
			.singleElement().asString().contains("specs must cite the defining document from the IANA registry");
	}

	@Test
	void rejectsUsageRowsThatNameNoMessage() {
		var file = new HeaderFixture("Via", "v", "RFC 3261")
			.with("used_in", List.of(Map.of("message", "INVITE", "presence", "mandatory"),
					Map.of("message", "7xx", "presence", "optional"), Map.of("message", "401", "presence", "sometimes")))
			.file();
		assertThat(problems(file)).hasSize(2)
			.anyMatch(p -> p.contains("used_in '7xx' is not a method, a registered status code"))
			.anyMatch(p -> p.contains("presence 'sometimes' is not one of"));
	}

	@Test
	void derivesEachMessagesFlowsAndNeighboursFromTheFlows() {
		var result = validator.validate(List.of(messages().get(0), messages().get(1), messages().get(2),
				new FlowFixture("initial-registration").file()));
		CatalogSnapshot snapshot = new CatalogSnapshot("v", result.definitions(), result.flows(), result.headers());
		MessageDefinition challenge = snapshot.find("ims", "401-unauthorized").orElseThrow();
		assertThat(snapshot.flowsUsing(challenge)).extracting(FlowDefinition::slug).containsExactly("initial-registration");
		assertThat(snapshot.previousOf(challenge)).extracting(MessageDefinition::slug).containsExactly("register");
		assertThat(snapshot.nextOf(challenge)).extracting(MessageDefinition::slug).containsExactly("register");
		MessageDefinition register = snapshot.find("ims", "register").orElseThrow();
		assertThat(snapshot.nextOf(register)).extracting(MessageDefinition::slug)
			.containsExactly("401-unauthorized", "200-ok");
	}

}
