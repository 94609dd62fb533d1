package dev.sigref.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A header entry as stored: slug, name, compact form and the validated definition as JSON. */
@Entity
@Table(name = "header_entry")
public class HeaderEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 128)
	private String slug;

	@Column(nullable = false, length = 128)
	private String name;

	@Column(name = "compact_form", length = 4)
	private String compactForm;

	@Column(nullable = false, length = 1000000)
	private String document;

	protected HeaderEntryEntity() {
	}

	HeaderEntryEntity(String slug, String name, String compactForm, String document) {
		this.slug = slug;
		this.name = name;
		this.compactForm = compactForm;
		this.document = document;
	}

	public String getDocument() {
		return document;
	}

}
