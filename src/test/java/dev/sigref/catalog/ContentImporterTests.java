package dev.sigref.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The importer against the embedded H2 database, with fixture content instead of the real tree. */
@SpringBootTest(properties = "sigref.content.import-on-startup=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ContentImporterTests {

	@Autowired
	ContentImporter importer;

	@Autowired
	Catalog catalog;

	@Autowired
	MessageEntryRepository entries;

	private static List<ContentFile> twoEntries() {
		return List.of(EntryFixture.response(486, "Busy Here").with("next", List.of("ack")).file(),
				EntryFixture.request("ACK").with("previous", List.of("486-busy-here")).file());
	}

	@Test
	void importsValidContentAndServesIt() {
		ImportOutcome outcome = importer.importContent(twoEntries());
		assertThat(outcome.imported()).isTrue();
		assertThat(outcome.entryCount()).isEqualTo(2);
		assertThat(entries.count()).isEqualTo(2);
		MessageDefinition busy = catalog.snapshot().find("ims", "486-busy-here").orElseThrow();
		assertThat(busy.code()).isEqualTo(486);
		assertThat(busy.bodyHtml()).contains("<h3>How it works</h3>");
		assertThat(busy.ies()).extracting(MessageDefinition.InformationElement::name).contains("Call-ID");
	}

	@Test
	void skipsTheWorkWhenTheContentIsUnchanged() {
		importer.importContent(twoEntries());
		ImportOutcome again = importer.importContent(twoEntries());
		assertThat(again.imported()).isFalse();
		assertThat(again.entryCount()).isEqualTo(2);
	}

	@Test
	void replacesTheCatalogWhenTheContentChanges() {
		importer.importContent(twoEntries());
		ImportOutcome changed = importer.importContent(List.of(EntryFixture.request("BYE").file()));
		assertThat(changed.imported()).isTrue();
		assertThat(catalog.snapshot().entries()).extracting(MessageDefinition::slug).containsExactly("bye");
	}

	@Test
	void keepsThePreviousCatalogWhenTheNewContentIsInvalid() {
		importer.importContent(twoEntries());
		String before = catalog.snapshot().version();
		List<ContentFile> broken = List.of(EntryFixture.request("BYE").without("purpose").file(),
				EntryFixture.request("INVITE").with("next", List.of("nowhere")).file());
		assertThatThrownBy(() -> importer.importContent(broken)).isInstanceOf(InvalidContentException.class)
			.hasMessageContaining("content/messages/ims/bye.md:2: missing purpose")
			.hasMessageContaining("content/messages/ims/invite.md:")
			.hasMessageContaining("next: no entry 'nowhere'");
		assertThat(catalog.snapshot().version()).isEqualTo(before);
		assertThat(catalog.snapshot().entries()).extracting(MessageDefinition::slug)
			.containsExactlyInAnyOrder("486-busy-here", "ack");
	}

}
