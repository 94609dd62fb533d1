package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A SIPp scenario pasted whole: each CDATA template of a {@code <send>} is read as the message SIPp sends, with example
 * values for its keywords, and the XML around the templates is the scenario's, shown without a warning.
 */
class SippScenarioTest {

    private static final String SCENARIO = "/dev/sigref/sip/logs/sipp-scenario-uac-invite-with-sdp-and-bye.xml";

    @Test
    void readsEachSendTemplateAsTheMessageSippSends() {
        ParseResult r = Fixtures.parse(SCENARIO);
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly(
                "INVITE sip:service@192.0.2.2:5060 SIP/2.0", "ACK sip:service@192.0.2.2:5060 SIP/2.0", "SIP/2.0 200 OK");
        assertThat(r.allFindings()).extracting(Finding::code).containsOnly("sipp-template-filled");
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason).containsOnly(PasteNotes.SCENARIO_XML);
    }

    @Test
    void givesLenTheLengthOfTheBodyAsWrittenOut() {
        SipMessage invite = Fixtures.parse(SCENARIO).messages().get(0);
        assertThat(invite.header("Content-Length").orElseThrow().rawValue())
                .isEqualTo(String.valueOf(((SdpBody) invite.body()).text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(invite.findings()).noneMatch(f -> f.is(FindingCode.CONTENT_LENGTH_MISMATCH));
        assertThat(invite.findings().get(0).message()).contains("[remote_ip] '192.0.2.2'", "[len] 156, the body's length");
    }

    @Test
    void leavesOutARoutesLineThatStandsForNoHeader() {
        SipMessage invite = Fixtures.parse(SCENARIO).messages().get(0);
        assertThat(invite.headers()).extracting(Header::name).doesNotContain("Route")
                .contains("Max-Forwards");
        assertThat(invite.findings().get(0).message()).contains("[routes] stands for nothing in this example");
    }

    @Test
    void copiesTheLastHeadersOfTheRequestTheScenarioReceived() {
        SipMessage ok = Fixtures.parse(SCENARIO).messages().get(2);
        assertThat(ok.header("CSeq").orElseThrow().rawValue()).isEqualTo("1 BYE");
        // a BYE's To carries the tag SIPp gave the dialog, so the 200 copying it needs none of its own
        assertThat(ok.header("To").orElseThrow().rawValue()).contains(";tag=");
        assertThat(ok.findings()).extracting(Finding::code).containsExactly("sipp-template-filled");
    }

    @Test
    void placesFindingsInATemplateWhereTheyStandInThePaste() {
        String paste = "<send>\n  <![CDATA[\n    OPTIONS sip:[service]@[remote_ip] SIP/2.0\n"
                + "    Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]\n"
                + "    Max-Forwards: seventy\n    From: <sip:lab@[local_ip]>;tag=[call_number]\n"
                + "    To: <sip:[service]@[remote_ip]>\n    Call-ID: [call_id]\n    CSeq: 1 OPTIONS\n"
                + "    Content-Length: 0\n  ]]>\n</send>\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(1);
        Finding bad = r.messages().get(0).findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .findFirst().orElseThrow();
        assertThat(bad.message()).contains("seventy");
        assertThat(bad.line()).isEqualTo(5);
        assertThat(bad.column()).isEqualTo(19);
        assertThat(r.messages().get(0).header("Via").orElseThrow().column()).isEqualTo(5);
    }

    @Test
    void takesNoIpv6ReferenceForAKeyword() {
        String paste = "<send>\n<![CDATA[\nOPTIONS sip:bob@[2001:db8::1] SIP/2.0\n"
                + "Via: SIP/2.0/UDP [fe80::1]:5060;branch=[branch]\nMax-Forwards: 70\n"
                + "From: <sip:lab@[fe80::1]>;tag=1\nTo: <sip:bob@[2001:db8::1]>\nCall-ID: [call_id]\n"
                + "CSeq: 1 OPTIONS\nContent-Length: 0\n]]>\n</send>\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("Via").orElseThrow().rawValue()).isEqualTo("SIP/2.0/UDP [fe80::1]:5060;branch=z9hG4bK-1234-1-0");
        assertThat(m.findings()).extracting(Finding::code).containsExactly("sipp-template-filled");
    }

    @Test
    void namesAKeywordItDoesNotKnowAndLeavesItAsWritten() {
        String paste = "<send>\n<![CDATA[\nOPTIONS sip:[service]@[remote_ip] SIP/2.0\n"
                + "Via: SIP/2.0/UDP [local_ip];branch=[branch]\nMax-Forwards: 70\n"
                + "From: <sip:lab@[local_ip]>;tag=1\nTo: <sip:[service]@[remote_ip]>\nCall-ID: [call_id]\n"
                + "CSeq: 1 OPTIONS\nX-Lab: [no_such_keyword]\nContent-Length: 0\n]]>\n</send>\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.header("X-Lab").orElseThrow().rawValue()).isEqualTo("[no_such_keyword]");
        assertThat(m.findings().get(0).message()).contains("[no_such_keyword] is no SIPp keyword known here");
    }

    @Test
    void leavesCdataOutsideASendElementAlone() {
        String paste = "<recv request=\"INVITE\">\n<![CDATA[\nINVITE sip:bob@example.com SIP/2.0\n]]>\n</recv>\n";
        assertThat(SipParser.parse(paste).allFindings()).noneMatch(f -> f.is(FindingCode.SIPP_TEMPLATE_FILLED));
    }

    @Test
    void aCommentThatMentionsCdataDoesNotHideTheTemplateAfterIt() {
        String paste = "<scenario>\n  <send retrans=\"500\">\n    <!-- SIPp sends what is in the <![CDATA[ ... ]]> below -->\n"
                + "    <![CDATA[\n      OPTIONS sip:[service]@[remote_ip] SIP/2.0\n      Via: SIP/2.0/[transport]"
                + " [local_ip]:[local_port];branch=[branch]\n      Max-Forwards: 70\n      From: <sip:lab@[local_ip]>;tag=1\n"
                + "      To: <sip:[service]@[remote_ip]>\n      Call-ID: [call_id]\n      CSeq: 1 OPTIONS\n"
                + "      Content-Length: 0\n    ]]>\n  </send>\n</scenario>\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(Fixtures.codes(m.findings()))
                .containsExactly("sipp-template-filled"));
        assertThat(r.undecoded()).extracting(UndecodedBlock::reason).containsOnly(PasteNotes.SCENARIO_XML);
    }

    @Test
    void aTemplateCommentedOutIsTheScenariosXmlNotAMessage() {
        String template = "<send>\n  <![CDATA[\n    INFO sip:[service]@[remote_ip] SIP/2.0\n    Via: SIP/2.0/[transport]"
                + " [local_ip]:[local_port];branch=[branch]\n    Max-Forwards: 70\n    From: <sip:lab@[local_ip]>;tag=1\n"
                + "    To: <sip:[service]@[remote_ip]>\n    Call-ID: [call_id]\n    CSeq: 2 INFO\n"
                + "    Content-Length: 0\n  ]]>\n</send>\n";
        ParseResult r = SipParser.parse("<scenario>\n<!-- switched off:\n" + template + "-->\n"
                + template.replace("INFO", "OPTIONS") + "</scenario>\n");
        assertThat(r.messages()).extracting(SipMessage::startLine).containsExactly("OPTIONS sip:service@192.0.2.2 SIP/2.0");
        assertThat(r.allFindings()).extracting(Finding::code).containsOnly("sipp-template-filled");
    }

    @Test
    void aTemplatePastedWithoutItsScenarioIsWrittenOutToo() {
        String template = "INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0\n"
                + "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]\nMax-Forwards: 70\n"
                + "From: <sip:sipp@[local_ip]:[local_port]>;tag=[call_number]\nTo: <sip:[service]@[remote_ip]:[remote_port]>\n"
                + "Call-ID: [call_id]\nCSeq: 1 INVITE\nContact: <sip:sipp@[local_ip]:[local_port]>\n"
                + "Content-Type: application/sdp\nContent-Length: [len]\n\nv=0\no=- 1 1 IN IP[local_ip_type] [local_ip]\n"
                + "s=-\nc=IN IP[media_ip_type] [media_ip]\nt=0 0\nm=audio [media_port] RTP/AVP 0\n";
        ParseResult r = SipParser.parse(template);
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(Fixtures.codes(m.findings())).containsExactly("sipp-template-filled");
            assertThat(m.findings().get(0).message()).contains("pasted without its scenario, from line 1");
            assertThat(m.body()).isInstanceOf(SdpBody.class);
        });
        // one keyword alone is no evidence: a message with a stray [x] stays as written
        assertThat(Fixtures.codes(SipParser.parse(template.replace("[", "<").replace("]", ">")
                .replace("<call_id>", "[call_id]")).allFindings())).doesNotContain("sipp-template-filled");
    }
}
