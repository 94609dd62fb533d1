package dev.sigref.decode;

import java.util.List;

import dev.sigref.sip.Finding;
import dev.sigref.sip.UndecodedBlock;

/**
 * Everything a paste turned into: its messages, the text that is no message, and the findings about the paste as a
 * whole.
 */
public record DecodedTrace(List<DecodedMessage> messages, List<UndecodedBlock> undecoded, List<Finding> findings,
		int lineCount) {

	public boolean isEmpty() {
		return messages.isEmpty() && undecoded.isEmpty();
	}

	public long errorCount() {
		return messages.stream().mapToLong(m -> m.count("error")).sum()
				+ findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
	}

}
