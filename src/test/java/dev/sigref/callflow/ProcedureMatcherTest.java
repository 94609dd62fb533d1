package dev.sigref.callflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureMatcherTest {

    /** Each message crossing UE -> P-CSCF -> I-CSCF -> S-CSCF (or back) is one stored step per hop, as in the flows. */
    private static List<String> hops(int count, String... keys) {
        List<String> steps = new ArrayList<>();
        for (String key : keys) {
            steps.addAll(Collections.nCopies(count, key));
        }
        return steps;
    }

    // TS 24.229 5.1.1 / 5.4.1: REGISTER via P-CSCF and I-CSCF to the S-CSCF, 401 with the AKA challenge back, second
    // REGISTER with the response, 200 OK. Twelve stored steps.
    static final Procedure INITIAL_REGISTRATION = new Procedure("initial-registration",
            "Initial registration with IMS-AKA", hops(3, "REGISTER", "401", "REGISTER", "200"));
    static final Procedure RE_REGISTRATION = new Procedure("re-registration", "Re-registration",
            hops(3, "REGISTER", "200"));
    static final Procedure AKA_RESYNC = new Procedure("aka-resync", "Authentication resynchronisation",
            hops(3, "REGISTER", "401", "REGISTER", "401", "REGISTER", "200"));
    // Seen from the originating UE: INVITE, 100, 183 (SDP answer), PRACK/200, UPDATE (resources ready)/200, 180, 200, ACK.
    static final Procedure MO_CALL_PRECONDITIONS = new Procedure("mo-call-preconditions",
            "Mobile-originated call with preconditions",
            List.of("INVITE", "100", "183", "PRACK", "200", "UPDATE", "200", "180", "200", "ACK"));
    static final Procedure MT_CALL_PRECONDITIONS = new Procedure("mt-call-preconditions",
            "Mobile-terminated call with preconditions", MO_CALL_PRECONDITIONS.stepKeys());
    static final Procedure CALL_WITHOUT_PRECONDITIONS = new Procedure("call-without-preconditions",
            "Call without preconditions", List.of("INVITE", "100", "180", "200", "ACK"));
    static final Procedure BUSY = new Procedure("busy", "Called party busy", List.of("INVITE", "100", "486", "ACK"));
    static final Procedure CANCEL = new Procedure("cancel-before-answer", "Cancel before answer",
            List.of("INVITE", "100", "180", "CANCEL", "200", "487", "ACK"));
    static final Procedure CODEC_FAILURE = new Procedure("codec-failure", "Codec negotiation failure",
            List.of("INVITE", "100", "488", "ACK"));
    static final Procedure RELEASE = new Procedure("release", "Call release", List.of("BYE", "200"));

    static final List<Procedure> STORED = List.of(INITIAL_REGISTRATION, RE_REGISTRATION, AKA_RESYNC,
            MO_CALL_PRECONDITIONS, CALL_WITHOUT_PRECONDITIONS, BUSY, CANCEL, CODEC_FAILURE, RELEASE);

    private final ProcedureMatcher matcher = new ProcedureMatcher();

    private ProcedureMatch best(String... traceKeys) {
        return matcher.match(List.of(traceKeys), STORED).orElseThrow();
    }

    @Test
    void a_complete_registration_matches_initial_registration_and_covers_every_stored_step() {
        ProcedureMatch match = best("REGISTER", "401", "REGISTER", "200");

        assertThat(match.procedure()).isEqualTo(INITIAL_REGISTRATION);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.matchedSteps()).isEqualTo(12);
        assertThat(match.firstDivergence()).isEqualTo(ProcedureMatch.NO_DIVERGENCE);
        assertThat(match.isComplete()).isTrue();
        assertThat(match.explanation())
                .isEqualTo("The trace follows Initial registration with IMS-AKA to the end (12 of 12 steps).");
    }

    @Test
    void retransmissions_100_trying_and_reason_phrases_do_not_disturb_the_match() {
        ProcedureMatch match = best("REGISTER", "REGISTER", "401 Unauthorized", "register", "100", "REGISTER",
                "200 OK", "200 OK");

        assertThat(match.procedure()).isEqualTo(INITIAL_REGISTRATION);
        assertThat(match.isComplete()).isTrue();
        assertThat(match.score()).isEqualTo(1.0);
    }

    @Test
    void a_registration_that_stopped_after_the_401_says_the_second_register_is_missing() {
        ProcedureMatch match = best("REGISTER", "401");

        assertThat(match.procedure()).isEqualTo(INITIAL_REGISTRATION);
        assertThat(match.matchedSteps()).isEqualTo(6);
        assertThat(match.firstDivergence()).isEqualTo(7);
        assertThat(match.score()).isCloseTo(2.0 * 2 / (2 + 4), within(1e-9));
        assertThat(match.explanation())
                .isEqualTo("Initial registration with IMS-AKA stopped after 401 (step 6): no second REGISTER.");
    }

    @Test
    void a_resynchronisation_is_told_apart_from_a_plain_registration() {
        ProcedureMatch match = best("REGISTER", "401", "REGISTER", "401", "REGISTER", "200");

        assertThat(match.procedure()).isEqualTo(AKA_RESYNC);
        assertThat(match.isComplete()).isTrue();
    }

    @Test
    void a_mobile_originated_call_with_preconditions_matches_its_procedure_rather_than_a_plain_call() {
        ProcedureMatch match = best("INVITE", "100", "183", "183", "PRACK", "200", "UPDATE", "200", "180", "200",
                "ACK");

        assertThat(match.procedure()).isEqualTo(MO_CALL_PRECONDITIONS);
        assertThat(match.isComplete()).isTrue();
        assertThat(match.matchedSteps()).isEqualTo(10);
        ProcedureMatch plain = matcher.align(List.of("INVITE", "100", "183", "PRACK", "200", "UPDATE", "200", "180",
                "200", "ACK"), CALL_WITHOUT_PRECONDITIONS);
        assertThat(plain.score()).isLessThan(match.score());
    }

    @Test
    void a_call_that_got_486_after_preconditions_went_another_way_where_180_was_expected() {
        ProcedureMatch match = best("INVITE", "100", "183", "PRACK", "200", "UPDATE", "200", "486", "ACK");

        assertThat(match.procedure()).isEqualTo(MO_CALL_PRECONDITIONS);
        assertThat(match.firstDivergence()).isEqualTo(8);
        assertThat(match.matchedSteps()).isEqualTo(8); // steps 1 to 7, and the ACK
        assertThat(match.explanation()).isEqualTo(
                "Mobile-originated call with preconditions went another way at step 8: 486 instead of 180.");
    }

    @Test
    void a_call_rejected_with_486_at_once_matches_the_busy_procedure() {
        ProcedureMatch match = best("INVITE", "100", "486", "ACK");

        assertThat(match.procedure()).isEqualTo(BUSY);
        assertThat(match.isComplete()).isTrue();
    }

    @Test
    void a_trace_that_fits_no_procedure_well_enough_gives_no_match() {
        assertThat(matcher.match(List.of("OPTIONS", "200"), STORED)).isEmpty();
        assertThat(matcher.match(List.of(), STORED)).isEmpty();
        assertThat(matcher.match(List.of("INVITE", "486", "ACK"), List.of(MO_CALL_PRECONDITIONS))).isEmpty();
    }

    @Test
    void a_procedure_whose_first_message_the_trace_never_sends_scores_zero() {
        ProcedureMatch match = matcher.align(List.of("OPTIONS", "200"), RE_REGISTRATION);

        assertThat(match.score()).isZero();
        assertThat(match.explanation()).isEqualTo("The trace never starts Re-registration: no REGISTER.");
        assertThat(match.firstDivergence()).isEqualTo(1);
    }

    @Test
    void messages_after_the_procedure_ended_are_mentioned_but_not_held_against_it() {
        List<String> trace = new ArrayList<>(List.of("REGISTER", "401", "REGISTER", "200"));
        while (trace.size() < 2_000) {
            trace.add("REGISTER"); // re-registrations keep the Call-ID, so they land in the same dialog
            trace.add("200");
        }
        ProcedureMatch match = matcher.match(trace, STORED).orElseThrow();

        assertThat(match.procedure()).isEqualTo(INITIAL_REGISTRATION);
        assertThat(match.score()).isEqualTo(1.0);
        assertThat(match.explanation()).endsWith("(12 of 12 steps), then 1996 more messages.");
    }

    @Test
    void messages_after_the_end_are_counted_as_pasted_including_retransmissions_and_100_trying() {
        ProcedureMatch match = matcher.align(List.of("BYE", "200", "100", "INVITE", "INVITE", "100"), RELEASE);

        assertThat(match.explanation()).isEqualTo("The trace follows Call release to the end (2 of 2 steps), then 4 more"
                + " messages.");
    }

    @Test
    void messages_interleaved_inside_the_procedure_lower_the_score() {
        ProcedureMatch clean = matcher.align(List.of("BYE", "200"), RELEASE);
        ProcedureMatch noisy = matcher.align(List.of("BYE", "INFO", "NOTIFY", "200"), RELEASE);

        assertThat(clean.score()).isEqualTo(1.0);
        assertThat(noisy.score()).isCloseTo(2.0 * 2 / (4 + 2), within(1e-9));
        assertThat(noisy.isComplete()).isTrue();
    }

    @Test
    void a_hostile_trace_key_is_not_quoted_in_the_explanation() {
        ProcedureMatch match = best("INVITE", "100", "183", "PRACK", "200", "UPDATE", "200", "<script>alert(1)</script>",
                "ACK");

        assertThat(match.explanation()).doesNotContain("<").contains("an unrecognised message instead of 180");
    }

    @Test
    void procedures_with_the_same_keys_tie_and_the_one_listed_first_wins() {
        List<String> trace = List.of("INVITE", "183", "PRACK", "200", "UPDATE", "200", "180", "200", "ACK");

        Optional<ProcedureMatch> moFirst = matcher.match(trace, List.of(MO_CALL_PRECONDITIONS, MT_CALL_PRECONDITIONS));
        Optional<ProcedureMatch> mtFirst = matcher.match(trace, List.of(MT_CALL_PRECONDITIONS, MO_CALL_PRECONDITIONS));
        assertThat(moFirst.orElseThrow().procedure()).isEqualTo(MO_CALL_PRECONDITIONS);
        assertThat(mtFirst.orElseThrow().procedure()).isEqualTo(MT_CALL_PRECONDITIONS);
    }

    @Test
    void a_stop_deep_into_a_procedure_names_the_occurrence_of_the_missing_message() {
        ProcedureMatch match = matcher.align(List.of("REGISTER", "401", "REGISTER", "401"), AKA_RESYNC);

        assertThat(match.explanation())
                .isEqualTo("Authentication resynchronisation stopped after 401 (step 12): no third REGISTER.");
        assertThat(match.firstDivergence()).isEqualTo(13);
    }

    @Test
    void the_minimum_score_is_configurable_and_checked() {
        ProcedureMatcher strict = new ProcedureMatcher(0.9);

        assertThat(strict.match(List.of("REGISTER", "401"), STORED)).isEmpty();
        assertThatThrownBy(() -> new ProcedureMatcher(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProcedureMatcher(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
