package dev.sigref.catalog;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as pages read it: an immutable snapshot of every entry, loaded from the database once per content
 * version. A replica checks at most once per refresh interval whether another replica imported a newer version.
 */
@Service
public class Catalog {

	private final MessageEntryRepository entries;

	private final FlowEntryRepository flows;

	private final HeaderEntryRepository headers;

	private final CatalogStateRepository states;

	private final JsonMapper json;

	private final long refreshNanos;

	private volatile CatalogSnapshot snapshot;

	private volatile long checkedAt;

	public Catalog(MessageEntryRepository entries, FlowEntryRepository flows, HeaderEntryRepository headers,
			CatalogStateRepository states, JsonMapper json, ContentProperties properties) {
		this.entries = entries;
		this.flows = flows;
		this.headers = headers;
		this.states = states;
		this.json = json;
		this.refreshNanos = properties.getRefreshInterval().toNanos();
	}

	public CatalogSnapshot snapshot() {
		CatalogSnapshot current = snapshot;
		long now = System.nanoTime();
		if (current != null && now - checkedAt < refreshNanos) {
			return current;
		}
		synchronized (this) {
			if (snapshot != null && System.nanoTime() - checkedAt < refreshNanos) {
				return snapshot;
			}
			String version = states.currentHash().orElse("");
			if (snapshot == null || !Objects.equals(snapshot.version(), version)) {
				snapshot = load(version);
			}
			checkedAt = System.nanoTime();
			return snapshot;
		}
	}

	/** Forget the snapshot: the next request reads the database again. */
	public void invalidate() {
		synchronized (this) {
			snapshot = null;
		}
	}

	private CatalogSnapshot load(String version) {
		List<MessageDefinition> definitions = entries.findAll()
			.stream()
			.map(e -> json.readValue(e.getDocument(), MessageDefinition.class))
			.toList();
		List<FlowDefinition> flowDefinitions = flows.findAll()
			.stream()
			.map(e -> json.readValue(e.getDocument(), FlowDefinition.class))
			.toList();
		List<HeaderDefinition> headerDefinitions = headers.findAll()
			.stream()
			.map(e -> json.readValue(e.getDocument(), HeaderDefinition.class))
			.toList();
		return new CatalogSnapshot(version, definitions, flowDefinitions, headerDefinitions);
	}

}
