package dev.sigref.decode;

import java.util.List;

import dev.sigref.ims.DecodedValue;
import dev.sigref.sip.BinaryBody;
import dev.sigref.sip.Finding;
import dev.sigref.sip.UndecodedBlock;

/** The decoded view as plain text, for pasting into a ticket. */
public final class TextExport {

	private TextExport() {
	}

	public static String render(DecodedTrace trace, String baseUrl) {
		StringBuilder sb = new StringBuilder();
		sb.append("Sigref decode: ").append(trace.messages().size()).append(" message(s), ")
			.append(trace.errorCount()).append(" error(s), ")
			.append(trace.undecodableCount()).append(" undecodable block(s)")
			.append(trace.decorationCount() > 0 ? ", " + trace.decorationCount() + " of log or copy decoration" : "")
			.append(trace.sdpBlockCount() == 0 ? ""
					: ", " + trace.sdpBlockCount() + " SDP description(s) without their SIP message")
			.append('\n');
		for (Finding f : trace.findings()) {
			finding(sb, f);
		}
		List<DecodedTrace.FindingTally> tally = trace.messages().size() > 1 ? trace.findingTally() : List.of();
		if (!tally.isEmpty()) {
			sb.append("\nFindings across the trace:\n");
			for (DecodedTrace.FindingTally t : tally) {
				sb.append("    ").append(t.severity().name().toLowerCase()).append(' ').append(t.code()).append(": ")
					.append(t.messages()).append(" of ").append(trace.messages().size()).append(" message(s) (")
					.append(t.occurrences()).append(" in all), first in ")
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
			boolean binary = m.message().body() instanceof BinaryBody;
			for (MessageLine line : m.lines()) {
				if (binary && line.part().equals("body")) {
					continue; // raw bytes do not belong in a text file: the hex dump follows
				}
				sb.append(String.format("%5d%s ", line.number(), line.marked() ? "!" : " "));
				sb.append(line.name() != null ? line.name() + line.rest() : line.rest()).append('\n');
			}
			if (m.message().body() instanceof BinaryBody bin) {
				sb.append("      binary body, ").append(bin.length()).append(" bytes:\n");
				for (int i = 0; i < bin.hex().length(); i += 64) {
					sb.append("        ").append(bin.hex(), i, Math.min(bin.hex().length(), i + 64)).append('\n');
				}
			}
			List<DecodedValue> ims = m.body().bodyImsValues();
			if (!ims.isEmpty()) {
				sb.append("    body in IMS terms:\n");
				ims.forEach(v -> tree(sb, v, 3));
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

	private static void tree(StringBuilder sb, DecodedValue v, int depth) {
		sb.append("  ".repeat(depth)).append(v.label());
		if (!v.raw().isEmpty() && !v.raw().equals(v.label())) {
			sb.append(" [").append(v.raw().replace('\n', ' ')).append(']');
		}
		if (!v.meaning().isEmpty()) {
			sb.append(": ").append(v.meaning());
		}
		sb.append('\n');
		v.parts().forEach(p -> tree(sb, p, depth + 1));
	}

	private static void finding(StringBuilder sb, Finding f) {
		sb.append("    ").append(f.severity().name().toLowerCase()).append(" line ").append(f.line()).append(':')
			.append(f.column()).append(' ').append(f.code()).append(" (").append(f.reference()).append("): ")
			.append(f.message()).append('\n');
	}

}
