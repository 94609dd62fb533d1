package dev.sigref.sip;

import java.util.List;

/**
 * Everything found in one paste.
 *
 * @param messages  SIP messages in paste order
 * @param undecoded text that belongs to no message
 * @param findings  findings that belong to no message (garbage between messages, input limits)
 */
public record ParseResult(List<SipMessage> messages, List<UndecodedBlock> undecoded, List<Finding> findings) {

    public ParseResult {
        messages = List.copyOf(messages);
        undecoded = List.copyOf(undecoded);
        findings = List.copyOf(findings);
    }

    /** Top-level findings and those of every message, in paste order of their messages. */
    public List<Finding> allFindings() {
        var all = new java.util.ArrayList<>(findings);
        for (SipMessage m : messages) {
            all.addAll(m.findings());
        }
        return all;
    }

    /** True when no finding of severity error was raised anywhere. */
    public boolean hasNoErrors() {
        return allFindings().stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
