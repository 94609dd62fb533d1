package dev.sigref.catalog;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Validates all content files, then writes them in one transaction under the catalog lock. Readers see the old
 * catalog or the new one, never a mix; an invalid tree writes nothing; an unchanged tree is not written again.
 */
@Service
public class ContentImporter {

	private final ContentValidator validator = new ContentValidator(SipRegistry.get());

	private final MessageEntryRepository entries;

	private final FlowEntryRepository flows;

	private final HeaderEntryRepository headers;

	private final CatalogStateRepository states;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Catalog catalog;

	public ContentImporter(MessageEntryRepository entries, FlowEntryRepository flows, HeaderEntryRepository headers,
			CatalogStateRepository states, PlatformTransactionManager transactionManager, JsonMapper json,
			Catalog catalog) {
		this.entries = entries;
		this.flows = flows;
		this.headers = headers;
		this.states = states;
		this.transaction = new TransactionTemplate(transactionManager);
		this.json = json;
		this.catalog = catalog;
	}

	/**
	 * @throws InvalidContentException listing every problem, before anything is written
	 */
	public ImportOutcome importContent(List<ContentFile> files) {
		ContentValidator.Result result = validator.validate(files);
		if (!result.valid()) {
			throw new InvalidContentException(result.problems());
		}
		String hash = ContentHash.of(files);
		ImportOutcome outcome = transaction.execute(status -> write(result, hash));
		catalog.invalidate();
		return outcome;
	}

	private ImportOutcome write(ContentValidator.Result content, String hash) {
		List<MessageDefinition> definitions = content.definitions();
		CatalogState state = states.lockForImport()
			.orElseThrow(() -> new IllegalStateException("catalog_state row 1 is missing: was migration V1 applied?"));
		if (hash.equals(state.getContentHash())) {
			return new ImportOutcome(false, hash, state.getEntryCount(), 0, 0);
		}
		entries.deleteAllInBatch();
		flows.deleteAllInBatch();
		headers.deleteAllInBatch();
		entries.saveAll(definitions.stream().map(this::toEntity).toList());
		flows.saveAll(content.flows().stream()
			.map(f -> new FlowEntryEntity(f.slug(), f.title(), f.family(), json.writeValueAsString(f)))
			.toList());
		headers.saveAll(content.headers().stream()
			.map(h -> new HeaderEntryEntity(h.slug(), h.name(), h.compactForm(), json.writeValueAsString(h)))
			.toList());
		state.recordImport(hash, definitions.size(), Instant.now());
		return new ImportOutcome(true, hash, definitions.size(), content.flows().size(), content.headers().size());
	}

	private MessageEntryEntity toEntity(MessageDefinition d) {
		return new MessageEntryEntity(d.protocol(), d.slug(), d.kind().id(), d.code(), d.method(), d.title(),
				json.writeValueAsString(d));
	}

}
