package dev.sigref.decode;

import dev.sigref.sip.Finding;
import dev.sigref.sip.UndecodedBlock;

/** The decoded view as plain text, for pasting into a ticket. */
public final class TextExport {

	private TextExport() {
	}

	public static String render(DecodedTrace trace, String baseUrl) {
		StringBuilder sb = new StringBuilder();
		sb.append("Sigref decode: ").append(trace.messages().size()).append(" message(s), ")
			.append(trace.undecodableCount()).append(" undecodable block(s)")
			.append(trace.decorationCount() > 0 ? ", " + trace.decorationCount() + " of log or copy decoration" : "")
			.append(trace.sdpBlocks().isEmpty() ? ""
					: ", " + trace.sdpBlocks().size() + " SDP description(s) without their SIP message")
			.append('\n');
		for (Finding f : trace.findings()) {
			finding(sb, f);
		}
		if (trace.messages().size() > 1 && !trace.findingTally().isEmpty()) {
			sb.append("\nFindings across the trace:\n");
			for (DecodedTrace.FindingTally t : trace.findingTally()) {
				sb.append("    ").append(t.severity().name().toLowerCase()).append(' ').append(t.code()).append(": ")
					.append(t.messages()).append(" of ").append(trace.messages().size()).append(" message(s), first in ")
					.append(t.first().number()).append(" (").append(t.reference()).append(")\n");
			}
		}
		for (DecodedMessage m : trace.messages()) {
			sb.append("\n=== Message ").append(m.number()).append(": ").append(m.description()).append('\n');
			var meta = m.message().metadata();
			if (meta != null && !meta.isEmpty()) {
				sb.append("    ");
				if (meta.timestamp() != null) {
					sb.append(meta.timestamp()).append(' ');
				}
				if (meta.route(" -> ") != null) {
					sb.append(meta.route(" -> "));
				}
				sb.append('\n');
			}
			if (m.entry() != null) {
				sb.append("    reference: ").append(baseUrl).append(m.entry().url()).append('\n');
			}
			if (m.findings().isEmpty()) {
				sb.append("    no findings\n");
			}
			for (Finding f : m.findings()) {
				finding(sb, f);
			}
			sb.append('\n');
			for (MessageLine line : m.lines()) {
				sb.append(String.format("%5d%s ", line.number(), line.marked() ? "!" : " "));
				sb.append(line.name() != null ? line.name() + line.rest() : line.rest()).append('\n');
			}
		}
		for (UndecodedBlock u : trace.undecoded()) {
			if (u.sdp() != null) {
				sb.append("\n=== SDP without its SIP message, lines ").append(u.firstLine()).append('-')
					.append(u.lastLine()).append(" (read as SDP on its own; findings above)\n").append(u.text()).append('\n');
				continue;
			}
			sb.append("\n=== Undecodable text, lines ").append(u.firstLine()).append('-').append(u.lastLine())
				.append(": ").append(u.reason()).append('\n').append(u.text()).append('\n');
		}
		return sb.toString();
	}

	private static void finding(StringBuilder sb, Finding f) {
		sb.append("    ").append(f.severity().name().toLowerCase()).append(" line ").append(f.line()).append(':')
			.append(f.column()).append(' ').append(f.code()).append(" (").append(f.reference()).append("): ")
			.append(f.message()).append('\n');
	}

}
