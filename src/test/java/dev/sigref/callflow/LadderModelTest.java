package dev.sigref.callflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LadderModelTest {

    @Test
    void a_step_naming_an_unknown_participant_is_rejected() {
        assertThatThrownBy(() -> new Ladder("t", Ladders.IMS_CORE, List.of(Step.of(1, "ue", "hss", "UAR"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step 1");
    }

    @Test
    void two_participants_with_the_same_id_are_rejected() {
        List<Participant> participants = List.of(new Participant("a", "A"), new Participant("a", "B"));

        assertThatThrownBy(() -> new Ladder("t", participants, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ladder_copies_its_lists_so_later_changes_to_them_do_not_reach_it() {
        List<Step> steps = new ArrayList<>(List.of(Step.of(1, "ue", "pcscf", "INVITE")));
        Ladder ladder = new Ladder(null, Ladders.IMS_CORE, steps);
        steps.clear();

        assertThat(ladder.steps()).hasSize(1);
        assertThat(ladder.title()).isEmpty();
        assertThatThrownBy(() -> ladder.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void blank_optional_step_text_counts_as_absent_and_a_blank_participant_label_shows_the_id() {
        Step step = new Step(1, "a", "a", "x", " ", "", "\t");

        assertThat(step.href()).isNull();
        assertThat(step.note()).isNull();
        assertThat(step.timeDelta()).isNull();
        assertThat(step.isSelfStep()).isTrue();
        assertThat(new Participant("10.0.0.1:5060", " ").label()).isEqualTo("10.0.0.1:5060");
    }

    @Test
    void step_numbers_start_at_one() {
        assertThatThrownBy(() -> Step.of(0, "a", "b", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_main_code_uses_the_jdk_only_so_it_can_be_copied_into_any_project() throws IOException {
        List<String> foreignImports = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/sigref/callflow"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("import ") && !line.matches("import (static )?javax?\\..*")) {
                        foreignImports.add(source.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(foreignImports).isEmpty();
    }
}
