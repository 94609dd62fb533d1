package dev.sigref.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sigref.sip.Finding;
import dev.sigref.sip.FindingCode;
import dev.sigref.sip.Severity;
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

	/** How many SDP descriptions were pasted without their SIP message. */
	public long sdpBlockCount() {
		return undecoded.stream().filter(u -> u.sdp() != null).count();
	}

	/** The SDP descriptions pasted without their SIP message, each read on its own. */
	public List<SdpBlock> sdpBlocks() {
		return undecoded.stream().filter(u -> u.sdp() != null).map(u -> new SdpBlock(u, BodyView.of(u.sdp()))).toList();
	}

	/**
	 * Every finding code raised on the trace's messages, with how many messages carry it: on a long trace the same note
	 * (bare LF, a missing header every UA of one vendor leaves out) stands once here instead of being read off each
	 * message. Errors first, then warnings, then notes; within a severity the most widespread first.
	 */
	public List<FindingTally> findingTally() {
		Map<String, FindingTally> byCode = new LinkedHashMap<>();
		for (DecodedMessage m : messages) {
			Set<String> seen = new HashSet<>();
			for (Finding f : m.findings()) {
				FindingTally t = byCode.get(f.code());
				if (t == null) {
					String summary = FindingCode.byCode(f.code()).map(FindingCode::summary).orElse(f.message());
					t = new FindingTally(f.severity(), f.code(), f.reference(), summary, m);
					byCode.put(f.code(), t);
				}
				t.occurrences++;
				if (seen.add(f.code())) {
					t.messages++;
				}
			}
		}
		List<FindingTally> all = new ArrayList<>(byCode.values());
		all.sort(Comparator.comparing(FindingTally::severity)
			.thenComparing(Comparator.comparingInt(FindingTally::messages).reversed())
			.thenComparing(FindingTally::code));
		return all;
	}

	/** One finding code across the trace: how often, on how many messages, and the first message that has it. */
	public static final class FindingTally {

		private final Severity severity;

		private final String code;

		private final String reference;

		private final String summary;

		private final DecodedMessage first;

		private int messages;

		private int occurrences;

		FindingTally(Severity severity, String code, String reference, String summary, DecodedMessage first) {
			this.severity = severity;
			this.code = code;
			this.reference = reference;
			this.summary = summary;
			this.first = first;
		}

		public Severity severity() {
			return severity;
		}

		public String code() {
			return code;
		}

		public String reference() {
			return reference;
		}

		/** What the code means, in one sentence: the catalogue's summary, or the first finding's own text. */
		public String summary() {
			return summary;
		}

		public DecodedMessage first() {
			return first;
		}

		public int messages() {
			return messages;
		}

		public int occurrences() {
			return occurrences;
		}

	}

	/** The findings about the lines of {@code block}: an SDP description's own. */
	public List<Finding> findingsWithin(UndecodedBlock block) {
		return findings.stream().filter(f -> within(f, block)).toList();
	}

	private static boolean within(Finding f, UndecodedBlock block) {
		return f.line() >= block.firstLine() && f.line() <= block.lastLine();
	}

	/** The findings about the paste as a whole: those not shown with an SDP description pasted on its own. */
	public List<Finding> pasteFindings() {
		List<UndecodedBlock> sdp = undecoded.stream().filter(u -> u.sdp() != null).toList();
		if (sdp.isEmpty()) {
			return findings;
		}
		return findings.stream()
			.filter(f -> sdp.stream().noneMatch(u -> within(f, u)))
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
