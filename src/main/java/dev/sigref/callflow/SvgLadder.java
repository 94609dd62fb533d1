package dev.sigref.callflow;

import java.util.List;
import java.util.Objects;

/**
 * A rendered SVG ladder plus the geometry a web page needs to draw an HTML sticky header over it.
 *
 * @param svg     a standalone SVG document (no XML declaration, so it can also be inlined in HTML)
 * @param width   width in px, equal to the viewBox width
 * @param height  height in px, equal to the viewBox height
 * @param columnX x position (px, from the left edge of the SVG) of each participant's lifeline, in column order
 */
public record SvgLadder(String svg, int width, int height, List<Integer> columnX) {

    public SvgLadder {
        Objects.requireNonNull(svg, "svg");
        columnX = List.copyOf(columnX);
    }
}
