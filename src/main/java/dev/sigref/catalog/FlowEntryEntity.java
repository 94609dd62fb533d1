package dev.sigref.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A call flow as stored: its slug and title, and the validated definition as JSON. Written only by the importer. */
@Entity
@Table(name = "flow_entry")
public class FlowEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 128)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 32)
	private String family;

	@Column(nullable = false, length = 1000000)
	private String document;

	protected FlowEntryEntity() {
	}

	FlowEntryEntity(String slug, String title, String family, String document) {
		this.slug = slug;
		this.title = title;
		this.family = family;
		this.document = document;
	}

	public String getDocument() {
		return document;
	}

}
