package dev.sigref.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports the content while the context starts, before the web server accepts a request: a replica never serves an
 * empty or half-imported catalog.
 */
@Component
class StartupContentImport implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StartupContentImport.class);

	private final ContentImporter importer;

	private final ContentProperties properties;

	private volatile ImportOutcome lastOutcome;

	StartupContentImport(ContentImporter importer, ContentProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	/** What the start-up import did, or null when it was switched off. */
	ImportOutcome lastOutcome() {
		return lastOutcome;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!properties.isImportOnStartup()) {
			return;
		}
		long started = System.nanoTime();
		var files = ContentSource.load(properties.getDirectory());
		ImportOutcome outcome = importer.importContent(files);
		lastOutcome = outcome;
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (outcome.imported()) {
			log.info("content: imported {} message entries, {} call flows, {} header entries (version {}) in {} ms",
					outcome.entryCount(), outcome.flowCount(), outcome.headerCount(), outcome.contentHash().substring(0, 12),
					millis);
		}
		else {
			log.info("content: version {} already imported ({} entries), checked in {} ms",
					outcome.contentHash().substring(0, 12), outcome.entryCount(), millis);
		}
	}

}
