package dev.sigref.callflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void without_requirements_columns_are_spaced_by_the_minimum_gap() {
        assertThat(new ColumnLayout(4, 10).positions(5)).containsExactly(5, 15, 25, 35);
        assertThat(new ColumnLayout(1, 10).positions(5)).containsExactly(5);
    }

    @Test
    void a_requirement_between_distant_columns_pushes_only_the_right_one_when_the_middle_has_room() {
        ColumnLayout layout = new ColumnLayout(4, 10);
        layout.require(3, 1, 50); // order of arguments does not matter
        layout.require(0, 1, 30);

        assertThat(layout.positions(0)).containsExactly(0, 30, 40, 80);
    }

    @Test
    void requirements_chain_so_every_one_of_them_holds() {
        ColumnLayout layout = new ColumnLayout(3, 1);
        layout.require(0, 2, 100);
        layout.require(1, 2, 70);
        layout.require(0, 1, 40);
        layout.requireRoomRightOf(2, 500); // the last column has nothing on its right: ignored

        int[] x = layout.positions(0);
        assertThat(x).containsExactly(0, 40, 110);
    }
}
