package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrammarTest {

    private final List<String> problems = new ArrayList<>();
    private final List<String> problemTexts = new ArrayList<>();
    private final Report report = (code, reference, offset, message) -> {
        problems.add(code.code());
        problemTexts.add(message);
    };

    private Uri uri(String text) {
        return UriGrammar.uri(text, 0, text.length(), UriGrammar.Place.OTHER, report);
    }

    @Test
    void sipUriWithEveryComponent() {
        SipUri u = (SipUri) uri("sips:alice:secret@[2001:db8::1]:5061;transport=tls;lr?Subject=hi&Priority=urgent");
        assertThat(u.secure()).isTrue();
        assertThat(u.user()).isEqualTo("alice");
        assertThat(u.password()).isEqualTo("secret");
        assertThat(u.host()).isEqualTo("[2001:db8::1]");
        assertThat(u.port()).isEqualTo(5061);
        assertThat(u.transport()).isEqualTo("tls");
        assertThat(u.looseRouting()).isTrue();
        assertThat(u.headers()).extracting(Param::name).containsExactly("Subject", "Priority");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "2001:db8::", "2001:db8:0:0:0:0:0:1", "::ffff:192.0.2.1", "2001:db8::192.0.2.1",
        "fe80::1:2:3:4:5"})
    void acceptsValidIpv6Addresses(String address) {
        assertThat(UriGrammar.IPv6address(address, 0, address.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "2001::db8::1", "12345::1",
        "g::1", "::ffff:256.0.0.1", "1:2:3:4:5:6:7:8::"})
    void rejectsInvalidIpv6Addresses(String address) {
        assertThat(UriGrammar.IPv6address(address, 0, address.length())).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"sip:2001:db8::10, malformed-ipv6-reference", "sip:bob@[2001:db8::1, malformed-ipv6-reference",
        "sip:bob@256.1.1.1, malformed-uri", "sip:bob@example.com:99999, invalid-port",
        "sip:bo%2@example.com, invalid-escape", "tel:12-34, tel-missing-phone-context", "tel:+, malformed-uri",
        "bob@example.com, malformed-uri", "sip:bob@-example.com, malformed-uri"})
    void reportsMalformedUris(String text, String code) {
        uri(text);
        assertThat(problems).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:+1-201-555-0123@ims.example.net;user=phone",
        "sip:0612345678;phone-context=ims.mnc001.mcc001.3gppnetwork.org@ims.example.net;user=phone",
        "sip:*31;phone-context=+33@ims.example.net;user=phone", "sip:%2B15550123@example.net;user=phone",
        "sip:alice@example.net", "sip:5550123@example.net;user=ip"})
    void acceptsTelephoneNumbersWhereUserIsPhone(String text) {
        uri(text);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"sip:alice@example.net;user=phone, user-phone-not-a-number",
        "sip:+1555abc@example.net;user=phone, user-phone-not-a-number",
        "sip:--@example.net;USER=PHONE, user-phone-not-a-number",
        "sip:5550123@example.net;user=phone, user-phone-without-phone-context",
        "sip:5550123;ext=12@example.net;user=phone, user-phone-without-phone-context"})
    void reportsUserPartsThatAreNotTheTelephoneNumberUserPhoneAnnounces(String text, String code) {
        uri(text);
        assertThat(problems).containsExactly(code);
    }

    @Test
    void telUriKeepsVisualSeparatorsAndParameters() {
        TelUri t = (TelUri) uri("tel:+1-201-555-0123;ext=1234;isub=5");
        assertThat(t.global()).isTrue();
        assertThat(t.digits()).isEqualTo("+12015550123");
        assertThat(Params.value(t.params(), "ext")).isEqualTo("1234");
        assertThat(problems).isEmpty();
    }

    private List<HeaderValue> header(String name, String value) {
        return HeaderGrammar.value(HeaderCatalog.lookup(name), name, value, report);
    }

    @Test
    void splitsListsOnCommasOutsideQuotesAndBrackets() {
        List<HeaderValue> v = header("Contact",
                "\"Smith, John\" <sip:john,smith@example.com;a=b>;q=0.5, <sip:j@192.0.2.4>;expires=60, sip:x@example.net");
        assertThat(v).hasSize(3);
        ContactValue first = (ContactValue) v.get(0);
        assertThat(first.address().displayName()).isEqualTo("Smith, John");
        assertThat(first.q()).isEqualTo("0.5");
        assertThat(((ContactValue) v.get(2)).address().bracketed()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void readsTheWildcardContact() {
        assertThat(header("m", "*")).containsExactly(new ContactValue(true, null));
    }

    @Test
    void viaWithLwsAroundSlashesAndEveryParameter() {
        ViaValue v = (ViaValue) header("Via", "SIP / 2.0 / UDP 192.0.2.1:5060;branch=z9hG4bK1;maddr=224.2.0.1;ttl=16;"
                + "received=192.0.2.9;rport=5070").get(0);
        assertThat(v.protocolName()).isEqualTo("SIP");
        assertThat(v.protocolVersion()).isEqualTo("2.0");
        assertThat(v.port()).isEqualTo(5060);
        assertThat(v.maddr()).isEqualTo("224.2.0.1");
        assertThat(v.ttl()).isEqualTo("16");
        assertThat(v.rport()).isEqualTo("5070");
        assertThat(problems).isEmpty();
    }

    @Test
    void anRfc2543DateInExpiresIsOneFindingNotOnePerComma() {
        List<HeaderValue> v = header("Expires", "Thu, 01 Dec 1994 16:00:00 GMT");
        assertThat(problems).containsExactly("malformed-header-value");
        assertThat(v).singleElement().isInstanceOf(MalformedValue.class);
    }

    @Test
    void fromAndToTagsMustBeTokens() {
        header("From", "<sip:alice@example.com>;tag=a1b2.c3");
        assertThat(problems).isEmpty();
        header("From", "<sip:alice@example.com>;tag=$FROM_TAG");
        header("To", "<sip:bob@example.com>;tag=\"quoted\"");
        assertThat(problems).containsExactly("malformed-header-value", "malformed-header-value");
    }

    @Test
    void digestCredentialsQuoteTheirQuotedStringParametersInOneFinding() {
        header("Authorization", "Digest username=\"bob\", realm=\"r\", nonce=\"n\", uri=\"sip:b@example.com\","
                + " response=\"0123\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c\"");
        assertThat(problems).isEmpty();
        header("Authorization", "Digest username='bob', realm='r', nonce=\"n\", uri=\"sip:b@example.com\"");
        assertThat(problems).containsExactly("malformed-header-value");
    }

    @Test
    void aWarningAgentThatIsABareIpv6AddressIsRefused() {
        header("Warning", "370 [2001:db8::5]:6060 \"Insufficient bandwidth\"");
        assertThat(problems).isEmpty();
        header("Warning", "392 2001:db8::5:6060 \"Noisy feedback\"");
        assertThat(problems).containsExactly("malformed-ipv6-reference");
    }

    @Test
    void privacyIsAListOfPrivValuesNotAValueWithParameters() {
        assertThat(header("Privacy", "id; header;user")).extracting(v -> ((OptionTag) v).tag())
                .containsExactly("id", "header", "user");
        assertThat(problems).isEmpty();
        header("Privacy", "id, user");
        assertThat(problems).containsExactly("malformed-header-value");
    }

    @Test
    void aGenericHeaderElementNeedsItsValueBeforeTheParameters() {
        header("P-Access-Network-Info", "3GPP-E-UTRAN-FDD;utran-cell-id-3gpp=001010001000019B");
        assertThat(problems).isEmpty();
        header("P-Access-Network-Info", ";utran-cell-id-3gpp=001010001000019B");
        assertThat(problems).containsExactly("malformed-header-value");
    }

    @Test
    void aTagWithoutValueIsOneFindingThatSaysSo() {
        header("To", "<sip:bob@example.com>;tag");
        assertThat(problems).containsExactly("malformed-header-value");
        problems.clear();
        header("To", "<sip:bob@example.com>;tag=");
        assertThat(problems).as("the empty value has its own finding already").hasSize(1);
    }

    @Test
    void aBareIpv6MaddrIsAnIpv6ReferenceProblem() {
        header("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1;maddr=2001:db8::1");
        assertThat(problems).containsExactly("malformed-ipv6-reference");
    }

    @Test
    void aDateWhereSecondsBelongIsOneFinding() {
        header("Min-Expires", "Thu, 01 Dec 1994 16:00:00 GMT");
        assertThat(problems).containsExactly("malformed-header-value");
        problems.clear();
        assertThat(header("Expires", "thu,")).singleElement().isInstanceOf(MalformedValue.class);
    }

    @Test
    void viaMaddrMustBeAHost() {
        header("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1;maddr=[2001:db8::9]");
        assertThat(problems).isEmpty();
        header("Via", "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1;maddr=[::1");
        assertThat(problems).containsExactly("malformed-ipv6-reference");
    }

    @Test
    void reasonCarriesProtocolCauseAndText() {
        List<HeaderValue> v = header("Reason", "Q.850;cause=16;text=\"Normal call clearing\", SIP;cause=200;text=\"Call completed elsewhere\"");
        ReasonValue q850 = (ReasonValue) v.get(0);
        assertThat(q850.protocol()).isEqualTo("Q.850");
        assertThat(q850.cause()).isEqualTo("16");
        assertThat(q850.text()).isEqualTo("Normal call clearing");
        assertThat(((ReasonValue) v.get(1)).cause()).isEqualTo("200");
    }

    @Test
    void rackEventAndWarningHaveTheirOwnShapes() {
        assertThat(header("RAck", "776656 1 INVITE")).containsExactly(new RAckValue(776656, 1, "INVITE"));
        GenericValue event = (GenericValue) header("o", "presence;id=4").get(0);
        assertThat(event.value()).isEqualTo("presence");
        assertThat(event.param("id")).isEqualTo("4");
        assertThat(header("Warning", "399 pcscf.example.net \"Incompatible media\""))
                .containsExactly(new WarningValue(399, "pcscf.example.net", "Incompatible media"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aCommaInASingleValueHeaderIsMultipleValues() {
        header("From", "<sip:a@example.com>;tag=1, <sip:b@example.com>;tag=2");
        assertThat(problems).containsExactly("multiple-values");
    }

    @Test
    void compactFormsAndAnyCaseResolveToTheRegisteredName() {
        String[][] pairs = {{"i", "Call-ID"}, {"m", "Contact"}, {"e", "Content-Encoding"}, {"l", "Content-Length"},
            {"c", "Content-Type"}, {"f", "From"}, {"s", "Subject"}, {"k", "Supported"}, {"t", "To"}, {"v", "Via"},
            {"o", "Event"}, {"u", "Allow-Events"}, {"r", "Refer-To"}, {"b", "Referred-By"}, {"x", "Session-Expires"},
            {"y", "Identity"}, {"a", "Accept-Contact"}, {"j", "Reject-Contact"}, {"d", "Request-Disposition"},
            {"n", "Identity-Info"}, {"CALL-id", "Call-ID"}, {"V", "Via"}, {"www-authenticate", "WWW-Authenticate"}};
        for (String[] p : pairs) {
            assertThat(HeaderCatalog.canonical(p[0])).as(p[0]).isEqualTo(p[1]);
        }
        assertThat(HeaderCatalog.canonical("X-Custom")).isEqualTo("X-Custom");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact | sip:a@192.0.2.1;gr=urn:uuid:2895ed1f-21e1-48fa-a495-fa285a157f72",
        "Event | dialog;call-id=MXJytc@2607:fb90::1;from-tag=1",
        "Subscription-State | active;expires=(depends"})
    void reportsHeaderParameterValuesThatAreNoTokenHostOrQuotedString(String name, String value) {
        header(name, value);
        assertThat(problems).containsExactly("malformed-header-value");
    }

    @Test
    void onlyAddressHeadersAreToldToBracketTheirUri() {
        header("Contact", "sip:a@192.0.2.1;gr=urn:uuid:1");
        header("Content-Type", "multipart/mixed; boundary=----=_Part_1");
        assertThat(problemTexts.get(0)).contains("put the URI in angle brackets");
        assertThat(problemTexts.get(1)).contains("quote it").doesNotContain("URI");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Contact | <sip:a@192.0.2.1;gr=urn:uuid:2895ed1f-21e1-48fa-a495-fa285a157f72>;expires=600",
        "Event | dialog;call-id=\"MXJytc@2607:fb90::1\";from-tag=1",
        "P-Charging-Function-Addresses | ccf=[2001:db8::1];ccf=192.0.2.10;ecf=pcrf.example.net",
        "Via | SIP/2.0/UDP [2001:db8::9]:5060;received=2001:db8::9;branch=z9hG4bK1;rport=5060",
        "Contact | <sip:a@192.0.2.1>;+sip.instance=\"<urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6>\";q=0.5",
        "Contact | <sip:a@192.0.2.1>;+g.3gpp.smsip;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\""})
    void acceptsTokenHostAndQuotedParameterValues(String name, String value) {
        header(name, value);
        assertThat(problems).isEmpty();
    }

    @Test
    void routeEntriesMustBeNameAddrsSoThatLrStaysOnTheUri() {
        List<HeaderValue> v = header("Record-Route", "sip:p1.example.com;lr, <sip:p2.example.com;lr>");
        assertThat(problems).containsExactly("route-without-angle-brackets");
        // read as written: the bare entry's lr is a header parameter, the bracketed one's a URI parameter
        assertThat(((NameAddr) v.get(0)).params()).extracting(Param::name).containsExactly("lr");
        assertThat(((SipUri) ((NameAddr) v.get(1)).uri()).params()).extracting(Param::name).containsExactly("lr");
        problems.clear();
        header("Path", "<sip:term@pcscf1.visited.example.net;lr>");
        header("Service-Route", "\"orig\" <sip:orig@scscf1.home.example.net;lr>;x=1");
        assertThat(problems).isEmpty();
    }

    @Test
    void aChallengeEndingInACommaIsReported() {
        header("WWW-Authenticate", "Digest realm=\"example.com\", nonce=\"abc\", algorithm=MD5");
        assertThat(problems).isEmpty();
        List<HeaderValue> v = header("WWW-Authenticate", "Digest realm=\"example.com\", nonce=\"abc\",");
        assertThat(problems).containsExactly("malformed-header-value");
        assertThat(((AuthValue) v.get(0)).params()).extracting(Param::name).containsExactly("realm", "nonce");
    }

    @Test
    void aParameterWithoutValueIsNotCalledATrailingComma() {
        header("Authorization", "Digest ....");
        assertThat(problems).containsExactly("malformed-header-value");
        assertThat(problemTexts).singleElement().asString().contains("'....' has no '=value'");
    }

    @Test
    void basicChallengesAndCredentialsAreForbidden() {
        header("WWW-Authenticate", "Basic realm=\"example.com\"");
        header("Proxy-Authorization", "Basic YWxpY2U6c2VjcmV0");
        assertThat(problems).containsExactly("basic-authentication", "basic-authentication");
        assertThat(problemTexts.get(0)).contains("RFC 3261 §22.1").contains("use Digest");
    }

    @Test
    void viaFaultsAreNamedForWhatTheyAre() {
        header("Via", "SIP/2.0/192.0.2.1:5060;branch=z9hG4bK1");
        header("Via", "SIP/2.0/UDP");
        header("Via", "SIP/2.0/UDP sip:scscf1.home1.net;branch=z9hG4bK1");
        assertThat(problems).containsExactly("malformed-header-value", "malformed-header-value",
                "malformed-header-value");
        assertThat(problemTexts.get(0)).contains("has no transport").contains("'192.0.2.1' after 'SIP/2.0/'");
        assertThat(problemTexts.get(1)).contains("has no sent-by after the transport").doesNotContain("whitespace");
        assertThat(problemTexts.get(2)).contains("is a URI").contains("write 'scscf1.home1.net'");
        List<HeaderValue> v = header("Via", "SIP/2.0/UDP sip:scscf1.home1.net:5060;branch=z9hG4bK1");
        assertThat(((ViaValue) v.get(0)).host()).isEqualTo("scscf1.home1.net");
        assertThat(((ViaValue) v.get(0)).port()).isEqualTo(5060);
    }

    @Test
    void anEmptyParameterIsReportedAndTheParametersAfterItAreStillRead() {
        List<HeaderValue> v = header("From", "sip:user1@domain.com;;tag=49394");
        assertThat(problems).containsExactly("malformed-header-value");
        assertThat(problemTexts.get(0)).contains("empty parameter (';;')");
        assertThat(((NameAddr) v.get(0)).tag()).isEqualTo("49394");
    }

    @Test
    void viaSentByGluedToItsTransportAndAHostNamedSipAreToldApart() {
        header("Via", "SIP/2.0/UDP192.0.2.10:5060;branch=z9hG4bK1");
        assertThat(problemTexts).singleElement().asString()
                .contains("no space between the transport 'UDP' and the sent-by '192.0.2.10'");
        problems.clear();
        List<HeaderValue> v = header("Via", "SIP/2.0/UDP sip:5060;branch=z9hG4bK1");
        assertThat(problems).isEmpty();
        assertThat(((ViaValue) v.get(0)).host()).isEqualTo("sip");
    }

    @Test
    void anAuthParameterValueWithASemicolonIsNoToken() {
        header("Authorization", "Digest username=\"a\", realm=\"b\", nonce=\"c\", uri=\"sip:b\", response=\"d\","
                + " algorithm=MD5;");
        assertThat(problemTexts).singleElement().asString().contains("'MD5;', which is neither a token");
    }

    @Test
    void overlongFormsAndSurrogatesAreNoUtf8() {
        assertThat(Text.invalidUtf8At("A\u00e0\u0081\u0081")).isEqualTo(1);
        assertThat(Text.invalidUtf8At("\u00ed\u00a0\u0080")).isZero();
        assertThat(Text.invalidUtf8At("\u00c3\u00bc\u00e2\u0082\u00ac\u00f0\u009f\u0098\u0080")).isEqualTo(-1);
    }

    @Test
    void anUnregisteredPHeaderIsFreeTextWhenItIsNoParameterList() {
        List<HeaderValue> v = header("p-rc-client-info", "cpuRC=0:0; cpuOS=0:0; netType=WiFi:100");
        assertThat(problems).isEmpty();
        assertThat(v).singleElement().isEqualTo(new TextValue("cpuRC=0:0; cpuOS=0:0; netType=WiFi:100"));
        List<HeaderValue> params = header("P-Vendor-Info", "device;model=X1;fw=2.3");
        assertThat(params).singleElement().isInstanceOf(GenericValue.class);
    }

    @Test
    void bearerCredentialsAreOneTokenAndExtensionTransportsWithDigitsAreNotGlued() {
        List<HeaderValue> v = header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl");
        assertThat(problems).isEmpty();
        assertThat(((AuthValue) v.get(0)).scheme()).isEqualTo("Bearer");
        header("Via", "SIP/2.0/SCTP2 192.0.2.10;branch=z9hG4bK1");
        assertThat(problems).isEmpty();
        header("Via", "SIP/2.0/TCPproxy.example.com:5060;branch=z9hG4bK1");
        assertThat(problemTexts).singleElement().asString()
                .contains("no space between the transport 'TCP' and the sent-by 'proxy.example.com'");
    }

    @Test
    void aBearerChallengeTakesParametersNotABareToken() {
        header("WWW-Authenticate", "Bearer abcdef");
        assertThat(problems).containsExactly("malformed-header-value");
    }
}
