package dev.sigref.callflow;

import java.util.List;
import java.util.Objects;

/**
 * A stored procedure reduced to what trace matching needs: its ordered step keys.
 *
 * @param slug     the flow's slug, as in {@code /flows/{slug}}
 * @param title    the flow's title, used in explanations ("Initial registration stopped after 401...")
 * @param stepKeys one key per stored step, in order: a method ("REGISTER") or a status code ("401")
 */
public record Procedure(String slug, String title, List<String> stepKeys) {

    public Procedure {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        stepKeys = List.copyOf(stepKeys);
        if (stepKeys.isEmpty()) {
            throw new IllegalArgumentException("procedure " + slug + " has no steps");
        }
    }
}
