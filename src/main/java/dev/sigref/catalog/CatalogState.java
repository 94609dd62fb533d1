package dev.sigref.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that says which content version the database holds. Importers lock it, so that replicas starting
 * together import each content version exactly once.
 */
@Entity
@Table(name = "catalog_state")
public class CatalogState {

	static final int SINGLETON_ID = 1;

	@Id
	private Integer id;

	@Column(name = "content_hash", length = 64)
	private String contentHash;

	@Column(name = "imported_at")
	private Instant importedAt;

	@Column(name = "entry_count", nullable = false)
	private int entryCount;

	protected CatalogState() {
	}

	public String getContentHash() {
		return contentHash;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public int getEntryCount() {
		return entryCount;
	}

	void recordImport(String hash, int count, Instant at) {
		this.contentHash = hash;
		this.entryCount = count;
		this.importedAt = at;
	}

}
