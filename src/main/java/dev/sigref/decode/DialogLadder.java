package dev.sigref.decode;

import dev.sigref.callflow.ProcedureMatch;
import dev.sigref.callflow.SvgLadder;
import dev.sigref.catalog.FlowDefinition;

/**
 * The messages of one dialog (one Call-ID) drawn as a ladder, with the stored procedure they match, if any.
 *
 * @param callId the Call-ID shared by the messages
 * @param ladder the rendered ladder
 * @param messageCount messages in this dialog on the page
 * @param match the best-matching stored procedure, or null
 * @param flow the flow entry of that procedure, or null
 * @param alsoMatches other flows that fit the trace exactly as well: the same messages seen from the other side (a
 * mobile-originated and a mobile-terminated call), which a trace without direction cannot tell apart
 */
public record DialogLadder(String callId, SvgLadder ladder, int messageCount, ProcedureMatch match,
		FlowDefinition flow, java.util.List<FlowDefinition> alsoMatches) {
}
