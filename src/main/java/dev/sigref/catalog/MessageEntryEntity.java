package dev.sigref.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message entry as stored: the columns lists and filters need, plus the whole validated definition as JSON, which
 * pages read. Written only by the importer.
 */
@Entity
@Table(name = "message_entry")
public class MessageEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 32)
	private String protocol;

	@Column(nullable = false, length = 128)
	private String slug;

	@Column(nullable = false, length = 32)
	private String kind;

	private Integer code;

	@Column(length = 32)
	private String method;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 1000000)
	private String document;

	protected MessageEntryEntity() {
	}

	MessageEntryEntity(String protocol, String slug, String kind, Integer code, String method, String title,
			String document) {
		this.protocol = protocol;
		this.slug = slug;
		this.kind = kind;
		this.code = code;
		this.method = method;
		this.title = title;
		this.document = document;
	}

	public String getProtocol() {
		return protocol;
	}

	public String getSlug() {
		return slug;
	}

	public String getKind() {
		return kind;
	}

	public Integer getCode() {
		return code;
	}

	public String getMethod() {
		return method;
	}

	public String getTitle() {
		return title;
	}

	public String getDocument() {
		return document;
	}

}
