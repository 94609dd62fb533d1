package dev.sigref.callflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ladder (sequence) diagram: participants left to right, steps top to bottom.
 *
 * <p>Checked on construction, so renderers can rely on every step naming known participants.
 *
 * @param title        the procedure or trace name; used as the accessible title of the drawing
 * @param participants columns, left to right; ids are unique
 * @param steps        arrows, top to bottom
 */
public record Ladder(String title, List<Participant> participants, List<Step> steps) {

    public Ladder {
        title = title == null ? "" : title;
        participants = List.copyOf(participants);
        steps = List.copyOf(steps);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("a ladder needs at least one participant");
        }
        Map<String, Integer> columns = columnsOf(participants);
        for (Step step : steps) {
            if (!columns.containsKey(step.from()) || !columns.containsKey(step.to())) {
                throw new IllegalArgumentException("step " + step.number() + " refers to an unknown participant");
            }
        }
    }

    /** Column index of each participant id, for renderers (computed per call: records hold no derived state). */
    public Map<String, Integer> columnIndex() {
        return columnsOf(participants);
    }

    private static Map<String, Integer> columnsOf(List<Participant> participants) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            String id = Objects.requireNonNull(participants.get(i), "participant").id();
            if (columns.putIfAbsent(id, i) != null) {
                throw new IllegalArgumentException("duplicate participant id at column " + i);
            }
        }
        return columns;
    }
}
