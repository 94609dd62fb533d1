package dev.sigref.callflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Places lifelines left to right so that every required distance between two columns holds, with each column as far
 * left as it can be. Because a distance is only ever required from a left column to a right one, one pass from left
 * to right gives the tightest layout (the longest path in a left-to-right graph).
 *
 * <p>Both the SVG (pixels) and ASCII (characters) renderers use it; only their units and required distances differ.
 * Memory and time grow with columns plus requirements, not columns squared: a pasted trace may name many addresses.
 */
final class ColumnLayout {

    private final int[] adjacentGap; // adjacentGap[i]: distance required between column i and column i + 1
    private final List<int[]> wideSpans = new ArrayList<>(); // {left, right, distance} for columns further apart

    ColumnLayout(int columns, int minimumAdjacentGap) {
        this.adjacentGap = new int[Math.max(0, columns - 1)];
        Arrays.fill(adjacentGap, minimumAdjacentGap);
    }

    /** Requires the two columns (in either order) to be at least {@code distance} apart. */
    void require(int column, int otherColumn, int distance) {
        int left = Math.min(column, otherColumn);
        int right = Math.max(column, otherColumn);
        if (right == left + 1) {
            adjacentGap[left] = Math.max(adjacentGap[left], distance);
        } else if (right > left) {
            wideSpans.add(new int[] {left, right, distance});
        }
    }

    /** Requires the column after {@code column}, if any, to be at least {@code distance} to its right. */
    void requireRoomRightOf(int column, int distance) {
        if (column < adjacentGap.length) {
            require(column, column + 1, distance);
        }
    }

    /** The x position of every column, the first at {@code firstX}. */
    int[] positions(int firstX) {
        int[] x = new int[adjacentGap.length + 1];
        x[0] = firstX;
        wideSpans.sort(Comparator.comparingInt(span -> span[1]));
        int next = 0;
        for (int right = 1; right < x.length; right++) {
            x[right] = x[right - 1] + adjacentGap[right - 1];
            for (; next < wideSpans.size() && wideSpans.get(next)[1] == right; next++) {
                int[] span = wideSpans.get(next);
                x[right] = Math.max(x[right], x[span[0]] + span[2]);
            }
        }
        return x;
    }
}
