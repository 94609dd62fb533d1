package dev.sigref.decode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits of the decoder ({@code sigref.decoder.*}). */
@ConfigurationProperties("sigref.decoder")
public class DecoderProperties {

	/** Largest paste accepted, in bytes of UTF-8 text; a larger one gets 413. */
	private DataSize maxPasteSize = DataSize.ofMegabytes(1);

	/** Messages shown expanded on the result page; in longer traces they start collapsed. */
	private int expandedMessages = 5;

	/** Messages shown in full on one result page; the summary table always lists every message. */
	private int pageSize = 200;

	public int getPageSize() {
		return pageSize;
	}

	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	public DataSize getMaxPasteSize() {
		return maxPasteSize;
	}

	public void setMaxPasteSize(DataSize maxPasteSize) {
		this.maxPasteSize = maxPasteSize;
	}

	public int getExpandedMessages() {
		return expandedMessages;
	}

	public void setExpandedMessages(int expandedMessages) {
		this.expandedMessages = expandedMessages;
	}

}
