package dev.sigref.callflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidRendererTest {

    private final MermaidRenderer renderer = new MermaidRenderer();

    @Test
    void a_small_flow_becomes_a_sequence_diagram_with_aliased_participants_notes_and_time_deltas() {
        assertThat(renderer.render(Ladders.registrationChallenge())).isEqualTo("""
                sequenceDiagram
                    title Registration
                    participant p1 as UE
                    participant p2 as P-CSCF
                    participant p3 as S-CSCF
                    p1->>p2: 1. REGISTER
                    p2->>p3: 2. REGISTER [+0.004 s]
                    p3->>p3: 3. MAR/MAA
                    Note right of p3: HSS lookup
                    p3->>p2: 4. 401
                    p2->>p1: 5. 401
                    Note right of p2: sec-agree
                """);
    }

    @Test
    void characters_mermaid_cannot_take_in_labels_become_entity_codes() {
        List<Participant> participants = List.of(
                new Participant("ue;1", "UE: alice #1"),
                new Participant("x", "peer%%{init: {\"securityLevel\": \"loose\"}}%%"));
        List<Step> steps = List.of(
                new Step(1, "ue;1", "x", "INVITE;\nA->>B: injected", null, "<b>bold</b> & more", null));
        String source = renderer.render(new Ladder("T#1; ok", participants, steps));

        assertThat(source).isEqualTo("""
                sequenceDiagram
                    title T#35;1#59; ok
                    participant p1 as UE#58; alice #35;1
                    participant p2 as peer#37;#37;#123;init#58; #123;#34;securityLevel#34;#58; #34;loose#34;#125;#125;#37;#37;
                    p1->>p2: 1. INVITE#59; A-#62;#62;B#58; injected
                    Note right of p2: #60;b#62;bold#60;/b#62; #38; more
                """);
    }

    @Test
    void every_statement_stays_on_its_own_line_whatever_the_text_holds() {
        List<Participant> participants = List.of(new Participant("a", "A\r\nparticipant evil"), new Participant("b", "B"));
        List<Step> steps = List.of(new Step(1, "a", "b", "x\u2028end\nloop", null, "n\rNote over a: y", "+1\n s"));
        String source = renderer.render(new Ladder("line\nbreak", participants, steps));

        assertThat(source.lines()).hasSize(6)
                .allMatch(line -> line.equals("sequenceDiagram") || line.startsWith("    "));
        assertThat(source).contains("participant p1 as A  participant evil").contains("p1->>p2: 1. x end loop [+1  s]");
    }
}
