package dev.sigref.callflow;

import java.util.Objects;

/**
 * One column of a ladder: a network element or an address seen in a trace.
 *
 * @param id    the key steps refer to; never drawn by the SVG renderer, so it may be any text
 * @param label what the column header shows; falls back to {@code id} when blank
 */
public record Participant(String id, String label) {

    public Participant {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("participant id is blank");
        }
        // A trace may give an address but no name for it: show the address rather than an empty header.
        if (label == null || label.isBlank()) {
            label = id;
        }
    }
}
