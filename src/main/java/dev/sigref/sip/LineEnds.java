package dev.sigref.sip;

/**
 * Counts the line ends of a pass's output as it grows, so that each message's lines are known without a rescan: the
 * passes that unfold one-line messages note the lines they wrote.
 */
final class LineEnds {
    private int counted;
    private int lines;

    /** The line ends in out[0, upTo); upTo never decreases between calls. */
    int count(CharSequence out, int upTo) {
        for (; counted < upTo; counted++) {
            if (out.charAt(counted) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
