package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlankJoinedLinesTest {

    private static final String REGISTER = "REGISTER sip:example.com SIP/2.0\r\n"
            + "Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK9543419\r\n"
            + "Max-Forwards: 70\r\n"
            + "To: <sip:alice@example.com>\r\n"
            + "From: \"Alice  Smith\" <sip:alice@example.com>;tag=0vt52cmhap\r\n"
            + "Call-ID: ugrrphkktt3p7db5nu121j\r\n"
            + "CSeq: 1684 REGISTER\r\n"
            + "X-Endpoint-Id: Hq-HgfjLToC4kudVAb4QTw\r\n"
            + "Contact: <sip:706ouvmp@df7jal23ls0d.invalid;transport=ws>;expires=600\r\n"
            + "Content-Length: 0\r\n\r\n";

    private static final String SDP = "v=0\r\n"
            + "o=yate 1621771677 1621771677 IN IP4 192.0.2.7\r\n"
            + "s=SIP Call\r\n"
            + "c=IN IP4 192.0.2.7\r\n"
            + "t=0 0\r\n"
            + "m=audio 20902 RTP/AVP 0 101\r\n"
            + "a=rtpmap:0 PCMU/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\n"
            + "a=ptime:30\r\n";

    private static final String INVITE = "INVITE sip:1000@192.0.2.7 SIP/2.0\r\n"
            + "Max-Forwards: 20\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.7:52110;rport;branch=z9hG4bK1749195434\r\n"
            + "From: <sip:1004@192.0.2.7>;tag=106736978\r\n"
            + "To: <sip:1000@192.0.2.7>\r\n"
            + "Call-ID: 1808150176@192.0.2.7\r\n"
            + "CSeq: 5 INVITE\r\n"
            + "Contact: <sip:1004@192.0.2.7:52110>\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: " + SDP.length() + "\r\n\r\n" + SDP;

    /** The message on one line, each CRLF shown as {@code joint}. */
    private static String joined(String message, String joint) {
        return message.replace("\r\n", joint).strip();
    }

    @Test
    void devToolsFramesCopiedAsATableAreCutAtEachHeaderNameAndTheirCellsKeptApart() {
        String paste = joined(REGISTER, "  ") + " | 427 | 16:38:42.496\n-- | -- | --\n" + joined(REGISTER, "  ")
                .replace("CSeq: 1684", "CSeq: 1685") + " | 431 | 16:38:43.101\n";
        ParseResult r = SipParser.parse(paste);
        assertThat(r.messages()).hasSize(2).allSatisfy(m -> {
            assertThat(m.method()).isEqualTo("REGISTER");
            assertThat(m.headers()).hasSize(9);
            // a header after two blanks is cut even when the catalogue does not know it
            assertThat(m.header("X-Endpoint-Id")).get().extracting(Header::rawValue)
                    .isEqualTo("Hq-HgfjLToC4kudVAb4QTw");
            // two blanks inside a quoted display name are not a line end
            assertThat(m.header("From")).get().extracting(Header::rawValue)
                    .isEqualTo("\"Alice  Smith\" <sip:alice@example.com>;tag=0vt52cmhap");
            assertThat(m.findings()).extracting(Finding::code).containsExactly("blank-joined-lines-split");
            assertThat(m.findings().get(0).message()).contains("two spaces");
        });
        // the table's cells and rule row are shown undecoded, not read as a body
        assertThat(r.undecoded()).extracting(UndecodedBlock::text)
                .anySatisfy(t -> assertThat(t).contains("| 427 | 16:38:42.496").contains("-- | -- | --"))
                .anySatisfy(t -> assertThat(t).contains("| 431 | 16:38:43.101"));
    }

    @Test
    void aCollapsedMessageIsFramedByItsContentLengthAndItsSdpCutAtEachField() {
        String paste = "1-> recv 903 bytes from udp/[192.0.2.7]:52110 at 20:07:57.811303: " + "-".repeat(40) + " "
                + joined(INVITE, " ") + " 2021-05-23 20:07:57.808015 [NOTICE] switch_channel.c:1118 New Channel\n";
        ParseResult r = SipParser.parse(paste);
        SipMessage m = r.messages().get(0);
        assertThat(r.messages()).hasSize(1);
        assertThat(m.findings()).extracting(Finding::code).contains("blank-joined-lines-split")
                .doesNotContain("content-length-mismatch", "sdp-malformed-attribute", "missing-empty-line");
        assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(m.body()).isInstanceOfSatisfying(SdpBody.class, sdp -> assertThat(sdp.session().media())
                .singleElement().satisfies(media -> assertThat(media.attributes()).hasSize(3)));
        // the log prefix gave its time and peer; the log line after the body is shown, not taken as SDP
        assertThat(m.metadata().timestamp()).isEqualTo("20:07:57.811303");
        assertThat(r.undecoded()).extracting(UndecodedBlock::text)
                .anySatisfy(t -> assertThat(t).contains("[NOTICE] switch_channel.c:1118"));
    }

    @Test
    void anRsyslogCopyThatEscapedOnlyTheCrLosesTheEscapeFromEveryValue() {
        String paste = "Jan 12 10:00:00 sbc1 proxy[12]: " + joined(REGISTER, "#015 ") + "#015 #015\n";
        SipMessage m = SipParser.parse(paste).messages().get(0);
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        assertThat(m.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("0");
        assertThat(m.header("X-Endpoint-Id")).get().extracting(Header::rawValue)
                .isEqualTo("Hq-HgfjLToC4kudVAb4QTw");
        assertThat(m.findings()).anySatisfy(f -> assertThat(f.message()).contains("'#015 '"));
    }

    @Test
    void aFlattenedMultipartBodyIsCutAtItsDelimitersAndPartHeaders() {
        String pidf = "<?xml version=\"1.0\"?><presence entity=\"sip:alice@example.com\"/>";
        String body = "--b1\r\nContent-Type: application/sdp\r\n\r\n" + SDP + "--b1\r\n"
                + "Content-Type: application/pidf+xml\r\nContent-ID: <loc1@example.com>\r\n\r\n" + pidf + "\r\n--b1--\r\n";
        String message = INVITE.substring(0, INVITE.indexOf("Content-Type:"))
                + "Content-Type: multipart/mixed;boundary=b1\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        SipMessage m = SipParser.parse(joined(message, " ") + "\n").messages().get(0);
        assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(m.body()).isInstanceOfSatisfying(MultipartBody.class, mp -> {
            assertThat(mp.parts()).hasSize(2);
            assertThat(mp.parts().get(0).body()).isInstanceOf(SdpBody.class);
            assertThat(mp.parts().get(1).headers()).extracting(Header::name).containsExactly("Content-Type",
                    "Content-ID");
        });
    }

    @Test
    void aJoinedMessageThatTheCopyWrappedBeforeAHeaderNameIsCutOnEveryLine() {
        String line = joined(INVITE, " ");
        int wrap = line.indexOf("Contact:");
        SipMessage m = SipParser.parse(line.substring(0, wrap) + "\n" + line.substring(wrap) + "\n").messages().get(0);
        assertThat(m.header("Contact")).get().extracting(Header::rawValue).isEqualTo("<sip:1004@192.0.2.7:52110>");
        assertThat(m.body()).isInstanceOf(SdpBody.class);
        assertThat(m.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void aJoinedMessageThatTheCopyWrappedInsideAValueIsLeftAsItIs() {
        String line = joined(INVITE, " ");
        int wrap = line.indexOf("1004@192.0.2.7:52110") + 4;
        String paste = line.substring(0, wrap) + "\n" + line.substring(wrap) + "\n";
        assertThat(SipParser.parse(paste).messages()).allSatisfy(m -> assertThat(m.findings())
                .noneMatch(f -> f.code().equals("blank-joined-lines-split")));
    }

    @Test
    void headerNamesInTheTextOfAnOrdinaryMessageAreLeftAlone() {
        String message = REGISTER.replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nSubject: SIP/2.0 200 OK  Via:"
                + " a  From: b  To: c  Call-ID: d\r\n");
        SipMessage m = SipParser.parse(message.getBytes(StandardCharsets.UTF_8)).messages().get(0);
        assertThat(m.header("Subject")).get().extracting(Header::rawValue)
                .isEqualTo("SIP/2.0 200 OK  Via: a  From: b  To: c  Call-ID: d");
        assertThat(m.findings()).noneMatch(f -> f.code().equals("blank-joined-lines-split"));
    }

    // what the review of one-line pastes (batch 23) found

    private static final String BUSY = "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP pc.example.com;branch=z9hG4bK1\r\n"
            + "From: <sip:a@example.com>;tag=1\r\nTo: <sip:b@example.com>\r\nCall-ID: e1\r\nCSeq: 1 INVITE\r\n";

    @Test
    void aHeaderOrFoldOrBodyThatQuotesAJoinedMessageStaysPartOfItsMessage() {
        // the To without a tag sends the paste the long way, where the pass runs
        ParseResult header = SipParser.parse(BUSY + "Content-Length: 0\r\nSubject: fwd: SIP/2.0 200 OK  Via: SIP/2.0/UDP x"
                + "  CSeq: 1 INVITE  To: z\r\n\r\n");
        assertThat(header.messages()).singleElement().satisfies(m -> assertThat(m.header("Subject")).get()
                .extracting(Header::rawValue).isEqualTo("fwd: SIP/2.0 200 OK  Via: SIP/2.0/UDP x  CSeq: 1 INVITE  To: z"));
        ParseResult fold = SipParser.parse(BUSY + "Reason: SIP;cause=486;text=\"see\",\r\n SIP/2.0 200 OK  Via: SIP/2.0/UDP"
                + " x  CSeq: 1 INVITE  To: z\r\nContent-Length: 0\r\n\r\n");
        assertThat(fold.messages()).hasSize(1);
        String quoted = "INVITE sip:a@b.example SIP/2.0 Via: SIP/2.0/UDP h.example From: <sip:x@y.example>;tag=1 To:"
                + " <sip:a@b.example> CSeq: 1 INVITE";
        ParseResult body = SipParser.parse(BUSY + "Content-Type: text/plain\r\nContent-Length: " + (quoted.length() + 2)
                + "\r\n\r\n" + quoted + "\r\n");
        assertThat(body.messages()).singleElement().satisfies(m -> assertThat(m.body()).isInstanceOfSatisfying(
                TextBody.class, t -> assertThat(t.text()).contains(quoted)));
    }

    @Test
    void proseThatNamesHeadersAfterAStatusLineIsNoMessage() {
        assertThat(SipParser.parse("The reply was SIP/2.0 404 Not Found Via: From: To: all copied from the request.\n"
                + "Then SIP/2.0 200 OK and the usual Via: / From: / To: lines.\n").messages()).isEmpty();
    }

    @Test
    void aBodyThatIsNotSdpStartsAfterTheContentLengthOrTheDoubledLineEnd() {
        String frag = "NOTIFY sip:a@h.example SIP/2.0 Via: SIP/2.0/UDP g.example;branch=z9hG4bK3 Max-Forwards: 70 From:"
                + " <sip:b@h.example>;tag=2 To: <sip:a@h.example>;tag=1 Call-ID: f3b CSeq: 2 NOTIFY Contact:"
                + " <sip:b@g.example> Event: refer Subscription-State: active;expires=60 Content-Type:"
                + " message/sipfrag;version=2.0 Content-Length: 16 SIP/2.0 200 OK\n";
        SipMessage notify = SipParser.parse(frag).messages().get(0);
        assertThat(notify.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("16");
        assertThat(notify.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        // two blanks per line end: the four after Content-Length end the headers, whatever the XML holds
        String xml = "<note>ok  From: there</note>";
        SipMessage message = SipParser.parse(joined(REGISTER.replace("Content-Length: 0\r\n", "Content-Type: text/plain"
                + "\r\nContent-Length: " + xml.length() + "\r\n") + xml, "  ") + "\n").messages().get(0);
        assertThat(message.headers()).extracting(Header::name).doesNotHaveDuplicates();
        assertThat(message.body()).isInstanceOfSatisfying(TextBody.class, t -> assertThat(t.text()).startsWith(xml));
        assertThat(message.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void anRsyslogCopyWithAnSdpBodyFindsTheEmptyLineInItsEscapes() {
        SipMessage m = SipParser.parse(joined(INVITE, "#015 ") + "#015 \n").messages().get(0);
        assertThat(m.body()).isInstanceOf(SdpBody.class);
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void tabsAndWiderRunsOfSpacesAreLineEndsTooAndAFoldInsideThemIsKept() {
        assertThat(SipParser.parse(joined(REGISTER, "\t") + "\n").messages()).singleElement()
                .satisfies(m -> assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO));
        // four spaces per line end; a folded Allow keeps its continuation as linear white space
        String folded = REGISTER.replace("Content-Length: 0\r\n", "Allow: INVITE, ACK,\r\n    BYE\r\nContent-Length: 0\r\n");
        SipMessage m = SipParser.parse(joined(folded, "    ") + "\n").messages().get(0);
        assertThat(m.header("Allow")).get().extracting(Header::rawValue).asString().contains("ACK,").endsWith("BYE");
        assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void backticksOfACodeSpanAndARuleAfterTheMessageAreSetApart() {
        ParseResult r = SipParser.parse("`" + joined(REGISTER, " ") + "`\n");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
            assertThat(m.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("0");
        });
        assertThat(r.undecoded()).hasSize(2).allSatisfy(u -> assertThat(u.text().strip()).isEqualTo("`"));
        SipMessage ruled = SipParser.parse(joined(REGISTER, " ") + " " + "-".repeat(60) + "\n").messages().get(0);
        assertThat(ruled.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("0");
    }

    @Test
    void aJoinedLineIsCutEvenWhenTheNextLineIsAJoinedMessageItCannotRead() {
        String next = "`REGISTER sip:example.com SIP/2.0  Via: SIP/2.0/WSS h;branch=z9hG4bK2  From: <sip:a@b>;tag=3"
                + "  CSeq: 2 REGISTER`";
        ParseResult r = SipParser.parse(joined(REGISTER, "  ") + "\n" + next + "\n");
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(0).findings()).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void aStartLineThatTookItsFirstHeaderAlongIsCutFromIt() {
        ParseResult r = SipParser.parse("Sent:\nSIP/2.0 100 Trying Via: SIP/2.0/UDP 10.10.202.50:5060;branch=z9hG4bKl6\n"
                + "From: <sip:3602@10.10.202.50>;tag=1\nTo: <sip:3001@10.10.202.1>\nCall-ID: l6\nCSeq: 1 INVITE\n"
                + "Content-Length: 0\n\n");
        assertThat(r.messages()).singleElement().satisfies(m -> {
            assertThat(m.reasonPhrase()).isEqualTo("Trying");
            assertThat(m.header("Via")).isPresent();
            assertThat(m.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        });
    }

    @Test
    void aCollapsedBodyThatIsNotSdpHasALengthThatCannotBeCheckedRatherThanAWrongOne() {
        String xml = "<?xml version=\"1.0\"?>\r\n<a>\r\n<b/>\r\n</a>\r\n";
        String message = INVITE.substring(0, INVITE.indexOf("Content-Type:")) + "Content-Type: application/xml\r\n"
                + "Content-Length: " + xml.length() + "\r\n\r\n" + xml;
        SipMessage m = SipParser.parse(joined(message, " ") + "\n").messages().get(0);
        assertThat(m.findings()).extracting(Finding::code).contains("content-length-unverifiable")
                .doesNotContain("content-length-mismatch");
        // with two spaces per line end the length is kept, and a wrong one is still an error
        SipMessage wrong = SipParser.parse(joined(message.replace("Content-Length: " + xml.length(),
                "Content-Length: " + (xml.length() + 30)), "  ") + "\n").messages().get(0);
        assertThat(wrong.findings()).extracting(Finding::code).contains("content-length-mismatch");
    }

    // what the second review (batch 24) found

    private static final String TRYING = "SIP/2.0 100 Trying  Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1  From:"
            + " <sip:a@example.com>;tag=1  To: <sip:b@example.com>  Call-ID: r1  CSeq: 1 INVITE  Content-Length: 0";

    @Test
    void bodyLinesThatQuoteJoinedMessagesStayInTheBodyOnTheLongWayToo() {
        // the label sends the paste the long way, where only the pass's own look-back protects the message
        String body = TRYING + "\r\n" + TRYING.replace("100 Trying", "180 Ringing") + "\r\n";
        String message = BUSY.replace("To: <sip:b@example.com>", "To: <sip:b@example.com>;tag=2")
                + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        ParseResult r = SipParser.parse("Captured:\n" + message);
        assertThat(r.messages()).singleElement().satisfies(m -> assertThat(m.body())
                .isInstanceOfSatisfying(TextBody.class, t -> assertThat(t.text()).isEqualTo(body)));
    }

    @Test
    void aJoinedLineRightAfterTheBodyThatContentLengthDeclaresIsAMessageOfItsOwn() {
        String message = INVITE + "recv: " + TRYING + "\n";
        ParseResult r = SipParser.parse(message);
        assertThat(r.messages()).hasSize(2);
        assertThat(r.messages().get(1).statusCode()).isEqualTo(100);
        assertThat(r.messages().get(1).findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void proseUnderAJoinedMessageNeitherStopsNorExtendsIt() {
        // a line naming one header is prose, not the rest of a wrapped message
        ParseResult naming = SipParser.parse(joined(REGISTER, "  ") + "\nWhy is the Contact: header missing expires?\n");
        assertThat(naming.messages()).singleElement().satisfies(m -> assertThat(m.findings())
                .noneMatch(f -> f.severity() != Severity.INFO));
        // a message that holds its Content-Length is whole: a line below that starts with a header name is no part
        ParseResult starting = SipParser.parse(joined(INVITE, "  ") + "\nSupported: lacks timer, is that it?\n");
        assertThat(starting.messages()).singleElement().satisfies(m -> assertThat(m.body()).isInstanceOf(SdpBody.class));
    }

    @Test
    void anIndentedJoinedLineUnderTextAndALogLevelBeforeItAreNoHeaderLines() {
        assertThat(SipParser.parse("Bob 10:32 AM\n    " + TRYING + "\n").messages()).singleElement()
                .satisfies(m -> assertThat(m.statusCode()).isEqualTo(100));
        assertThat(SipParser.parse("Console:\n\nWarning: no dialog for " + TRYING.replace("100 Trying", "481 Call"
                + " Leg/Transaction Does Not Exist") + "\n").messages()).singleElement()
                .satisfies(m -> assertThat(m.statusCode()).isEqualTo(481));
    }

    @Test
    void aFoldOfTwoBlanksIsNotTheEmptyLineWhenContentLengthIsMissingOrZero() {
        String folded = REGISTER.replace("Content-Length: 0\r\n", "").replace("Max-Forwards: 70\r\n",
                "Allow: INVITE,\r\n  BYE\r\nMax-Forwards: 70\r\n");
        SipMessage m = SipParser.parse(joined(folded, "  ") + "\n").messages().get(0);
        assertThat(m.header("Allow")).get().extracting(Header::rawValue).asString().endsWith("BYE");
        assertThat(m.header("Contact")).isPresent();
        assertThat(m.body()).isInstanceOf(EmptyBody.class);
    }

    @Test
    void anEscapedBackslashBeforeAClosingQuoteClosesTheDisplayName() {
        SipMessage m = SipParser.parse(joined(REGISTER.replace("\"Alice  Smith\"", "\"CORP\\\\\""), "  ") + "\n")
                .messages().get(0);
        assertThat(m.header("To")).isPresent();
        assertThat(m.headers()).hasSize(9);
    }

    @Test
    void aClosingFenceWithWordsAfterItAndNoBreakSpacesAreNoPartOfAValue() {
        SipMessage fenced = SipParser.parse("```" + joined(REGISTER, "  ") + "``` why no 200?\n").messages().get(0);
        assertThat(fenced.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("0");
        SipMessage nbsp = SipParser.parse(joined(REGISTER, " \u00a0") + "\n").messages().get(0);
        assertThat(nbsp.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        // a viewer that marks each line end with a bar
        SipMessage bars = SipParser.parse(joined(REGISTER, " | ") + "\n").messages().get(0);
        assertThat(bars.findings()).noneMatch(f -> f.severity() != Severity.INFO);
        assertThat(bars.header("Content-Length")).get().extracting(Header::rawValue).isEqualTo("0");
    }
}
