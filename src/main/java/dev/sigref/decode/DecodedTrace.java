package dev.sigref.decode;

import java.util.List;

import dev.sigref.sip.Finding;
import dev.sigref.sip.UndecodedBlock;

/**
 * Everything a paste turned into: its messages, the text that is no message, and the findings about the paste as a
 * whole.
 */
public record DecodedTrace(List<DecodedMessage> messages, List<UndecodedBlock> undecoded, List<Finding> findings,
		int lineCount, Page page, List<DialogLadder> ladders) {

	/**
	 * Which messages are shown in full.
	 * @param number 1-based page number
	 * @param count number of pages
	 * @param first 1-based number of the first message shown in full
	 * @param last 1-based number of the last message shown in full
	 */
	public record Page(int number, int count, int first, int last) {

		public boolean contains(int messageNumber) {
			return messageNumber >= first && messageNumber <= last;
		}

		public int pageOf(int messageNumber, int pageSize) {
			return (messageNumber - 1) / pageSize + 1;
		}

	}

	public boolean isEmpty() {
		return messages.isEmpty() && undecoded.isEmpty();
	}

	/** The blocks of text the decoder could not place, without the log or copy decoration it set apart. */
	public long undecodableCount() {
		return undecoded.stream().filter(u -> !u.isDecoration() && u.sdp() == null).count();
	}

	/** The SDP descriptions pasted without their SIP message, each read on its own. */
	public List<SdpBlock> sdpBlocks() {
		return undecoded.stream().filter(u -> u.sdp() != null).map(u -> new SdpBlock(u, BodyView.of(u.sdp()))).toList();
	}

	/** The findings about the lines of {@code block}: an SDP description's own. */
	public List<Finding> findingsWithin(UndecodedBlock block) {
		return findings.stream().filter(f -> f.line() >= block.firstLine() && f.line() <= block.lastLine()).toList();
	}

	/** The findings about the paste as a whole: those not shown with an SDP description pasted on its own. */
	public List<Finding> pasteFindings() {
		List<UndecodedBlock> sdp = undecoded.stream().filter(u -> u.sdp() != null).toList();
		if (sdp.isEmpty()) {
			return findings;
		}
		return findings.stream()
			.filter(f -> sdp.stream().noneMatch(u -> f.line() >= u.firstLine() && f.line() <= u.lastLine()))
			.toList();
	}

	/** The blocks that hold no message and no SDP: undecodable text and decoration. */
	public List<UndecodedBlock> otherBlocks() {
		return undecoded.stream().filter(u -> u.sdp() == null).toList();
	}

	/**
	 * An SDP description pasted without its SIP message.
	 * @param block where it stands in the paste
	 * @param body the description as the page shows a body
	 */
	public record SdpBlock(UndecodedBlock block, BodyView body) {
	}

	/** The blocks of log or copy decoration around decoded messages (a JSON record's rest, a table's cells...). */
	public long decorationCount() {
		return undecoded.stream().filter(UndecodedBlock::isDecoration).count();
	}

	public long errorCount() {
		return messages.stream().mapToLong(m -> m.count("error")).sum()
				+ findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
	}

}
