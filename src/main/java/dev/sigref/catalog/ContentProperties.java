package dev.sigref.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the reference content comes from and how it is imported ({@code sigref.content.*}). */
@ConfigurationProperties("sigref.content")
public class ContentProperties {

	/** Directory holding the content tree; when it does not exist, the copy packaged in the jar is used. */
	private String directory = "content";

	/** Whether to validate and import the content at start-up. */
	private boolean importOnStartup = true;

	/** How often a running replica checks whether another replica has imported a newer catalog. */
	private Duration refreshInterval = Duration.ofSeconds(10);

	public String getDirectory() {
		return directory;
	}

	public void setDirectory(String directory) {
		this.directory = directory;
	}

	public boolean isImportOnStartup() {
		return importOnStartup;
	}

	public void setImportOnStartup(boolean importOnStartup) {
		this.importOnStartup = importOnStartup;
	}

	public Duration getRefreshInterval() {
		return refreshInterval;
	}

	public void setRefreshInterval(Duration refreshInterval) {
		this.refreshInterval = refreshInterval;
	}

}
