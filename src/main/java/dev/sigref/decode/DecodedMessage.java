package dev.sigref.decode;

import java.util.List;

import dev.sigref.catalog.FlowDefinition;
import dev.sigref.catalog.MessageDefinition;
import dev.sigref.sip.Finding;
import dev.sigref.sip.SipMessage;

/**
 * One message of a paste, joined to the catalog.
 *
 * @param number 1-based position in the paste
 * @param message the parsed message
 * @param description the start line in words
 * @param entry the reference entry for this method or status code, or null when the catalog has none
 * @param findings the message's findings, errors first, then warnings, then info, each group in line order
 * @param lines the message text line by line, for the highlighted view
 * @param structure every header parsed into its parts
 * @param body the decoded body
 * @param decodes the 3GPP meaning of each header, in header order (empty lists where there is nothing to add)
 * @param detailed false for a message outside the page being shown: it then carries its summary only
 * @param flows the stored call flows in which this message's entry is a step
 */
public record DecodedMessage(int number, SipMessage message, String description, MessageDefinition entry,
		List<Finding> findings, List<MessageLine> lines, List<StructureNode> structure, BodyView body,
		List<HeaderDecode> decodes, boolean detailed, List<FlowDefinition> flows) {

	public long count(String severity) {
		return findings.stream().filter(f -> f.severity().name().equalsIgnoreCase(severity)).count();
	}

	/** Fragment id of this message on the result page. */
	public String anchor() {
		return "msg-" + number;
	}

}
