package dev.sigref.callflow;

import java.util.ArrayList;
import java.util.List;

/** Ladders shared by the renderer tests. */
final class Ladders {

    private Ladders() {
    }

    static final List<Participant> IMS_CORE = List.of(
            new Participant("ue", "UE"),
            new Participant("pcscf", "P-CSCF"),
            new Participant("scscf", "S-CSCF"));

    /** The first half of an IMS-AKA registration: both arrow directions, a self-step, a note and a time delta. */
    static Ladder registrationChallenge() {
        return new Ladder("Registration", IMS_CORE, List.of(
                Step.of(1, "ue", "pcscf", "REGISTER"),
                new Step(2, "pcscf", "scscf", "REGISTER", null, null, "+0.004 s"),
                new Step(3, "scscf", "scscf", "MAR/MAA", null, "HSS lookup", null),
                Step.of(4, "scscf", "pcscf", "401"),
                new Step(5, "pcscf", "ue", "401", null, "sec-agree", null)));
    }

    /** {@code participants} columns and {@code steps} arrows going back and forth, some self-steps, notes and links. */
    static Ladder large(int participants, int steps) {
        List<Participant> columns = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            columns.add(new Participant("n" + i, i % 3 == 0 ? "Node-" + i : "IMS network element " + i));
        }
        List<Step> arrows = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            int from = (i * 7) % participants;
            int to = i % 10 == 0 ? from : (i * 5 + 3) % participants;
            String label = i % 4 == 0 ? "200 OK (INVITE)" : "INVITE (SDP offer, preconditions) #" + i;
            arrows.add(new Step(i, "n" + from, "n" + to, label, i % 2 == 0 ? "/messages/sip/invite" : null,
                    i % 5 == 0 ? "note for step " + i : null, "+" + (i % 1000) + ".000 s"));
        }
        return new Ladder("Large ladder", columns, arrows);
    }
}
