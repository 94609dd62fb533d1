package dev.sigref.callflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiLadderRendererTest {

    private final AsciiLadderRenderer renderer = new AsciiLadderRenderer();

    @Test
    void a_small_registration_flow_renders_exactly_as_drawn_by_hand() {
        // Written by hand: lifelines at 10, 26, 42 (a 10-character time delta margin, then each gap sized by
        // "|  1. REGISTER  |"); notes in a column two characters right of the widest line.
        String expected = """
                Registration

                          UE              P-CSCF          S-CSCF
                          |  1. REGISTER  |               |
                          |-------------->|               |
                          |               |  2. REGISTER  |
                +0.004 s  |               |-------------->|
                          |               |               |  3. MAR/MAA
                          |               |               |---.          (HSS lookup)
                          |               |               |<--'
                          |               |  4. 401       |
                          |               |<--------------|
                          |  5. 401       |               |
                          |<--------------|               |              (sec-agree)
                """;

        assertThat(renderer.render(Ladders.registrationChallenge())).isEqualTo(expected);
    }

    @Test
    void without_time_deltas_there_is_no_left_margin_and_without_a_title_no_title_lines() {
        Ladder ladder = new Ladder("", Ladders.IMS_CORE.subList(0, 2), List.of(Step.of(7, "pcscf", "ue", "180")));

        assertThat(renderer.render(ladder)).isEqualTo("""
                UE         P-CSCF
                |  7. 180  |
                |<---------|
                """);
    }

    @Test
    void an_arrow_crossing_a_lifeline_draws_over_it() {
        Ladder ladder = new Ladder("", Ladders.IMS_CORE, List.of(Step.of(1, "scscf", "ue", "BYE")));

        String arrowLine = renderer.render(ladder).lines().skip(2).findFirst().orElseThrow();
        assertThat(arrowLine).matches("\\|<-+\\|").hasSize(17);
    }

    @Test
    void output_is_plain_ascii_without_trailing_spaces_whatever_the_labels_hold() {
        List<Participant> participants = List.of(new Participant("a", "Téléphone\u202E"), new Participant("b", "P\tCSCF"));
        List<Step> steps = List.of(
                new Step(1, "a", "b", "INVITE\r\n\u00ABcaf\u00E9\u00BB \uD83D\uDE00", null, "note\u0000here", "+0.1\u00A0s"),
                new Step(2, "b", "b", "\u4E2D\u6587", null, null, null));
        String text = renderer.render(new Ladder("Ça marche", participants, steps));

        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7F));
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
        assertThat(text).contains("1. INVITE  ?caf?? ?").contains("(note here)").contains("2. ??").contains("P CSCF");
    }

    @Test
    void a_long_label_is_cut_to_sixty_characters_ending_in_three_dots() {
        String label = "INVITE sip:+33612345678@ims.mnc001.mcc208.3gppnetwork.org;user=phone SIP/2.0";
        Ladder ladder = new Ladder("", Ladders.IMS_CORE, List.of(Step.of(1, "ue", "pcscf", label)));

        String labelLine = renderer.render(ladder).lines().skip(1).findFirst().orElseThrow();
        String shown = labelLine.substring(3, labelLine.indexOf('|', 1)).strip();
        assertThat(shown).hasSize(60).endsWith("...").startsWith("1. INVITE sip:+33612345678@");
    }

    @Test
    void a_hundred_steps_give_two_lines_per_arrow_and_three_per_self_step() {
        Ladder large = Ladders.large(12, 100);
        long selfSteps = large.steps().stream().filter(Step::isSelfStep).count();

        String text = renderer.render(large);
        assertThat(text.lines().count()).isEqualTo(2 + 1 + 2 * 100 + selfSteps);
        assertThat(text.lines().skip(3)).allMatch(line -> line.contains("|"));
    }
}
