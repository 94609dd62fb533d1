package dev.sigref.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.sigref.catalog.MessageDefinition.SpecReference;

/** One SIP header field's reference entry, as written in content/headers. */
public record HeaderDefinition(String slug, String name, String compactForm, String status, String summary,
		List<SpecReference> specs, String syntax, List<Usage> usedIn, String imsUsage, List<NodeRole> nodes,
		List<String> mistakes, String example, List<String> related, String bodyHtml, String sourcePath) {

	@JsonIgnore
	public String url() {
		return "/headers/" + slug;
	}

	@JsonIgnore
	public boolean isDeprecated() {
		return !"active".equals(status);
	}

	/** Where the header appears: a method, a status code, a class ("2xx"), "all requests" or "all responses". */
	public record Usage(String message, String presence, String condition) {
	}

	/** What an IMS node does with the header: adds, removes, modifies, checks or uses it. */
	public record NodeRole(String node, String action, String when) {
	}

}
