package dev.sigref.sip;

import static dev.sigref.sip.FindingCatalogueTest.request;
import static dev.sigref.sip.FindingCatalogueTest.response;
import static dev.sigref.sip.Fixtures.codes;
import static dev.sigref.sip.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules of the extension RFCs (RFC 2617, 3325, 3966, 6442, 7044, 7315) that a message built from their grammar broke. */
class ExtensionHeaderRulesTest {

    private static final String CONTACT = "Contact: <sip:alice@192.0.2.1>";

    @Test
    void anAccessNetworkInfoMustStartWithItsAccessType() {
        Finding f = finding(request("INVITE", CONTACT, "P-Access-Network-Info: utran-cell-id-3gpp=262011234567890a"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 7315 §5.4");
        assertThat(f.message()).contains("'utran-cell-id-3gpp'");
        assertThat(codes(request("INVITE", CONTACT,
                "P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=262011234567890a"))).isEmpty();
    }

    @Test
    void headersThatTakeOnlyANameAddrRefuseABareUri() {
        assertThat(finding(request("INVITE", CONTACT, "History-Info: sip:bob@example.com;index=1"),
                FindingCode.URI_NOT_IN_ANGLE_BRACKETS).reference()).isEqualTo("RFC 7044 §4");
        assertThat(finding(response("SIP/2.0 200 OK", "1 REGISTER", "<sip:bob@example.com>;tag=1",
                "P-Associated-URI: sip:bob@example.com"), FindingCode.URI_NOT_IN_ANGLE_BRACKETS).reference())
                .isEqualTo("RFC 7315 §5.1");
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index=1",
                "P-Called-Party-ID: <sip:bob@example.com>", "Geolocation: <cid:target123@atlanta.example.com>")))
                .isEmpty();
        // P-Asserted-Identity takes name-addr / addr-spec (RFC 3325 §9.1)
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: sip:alice@example.com"))).isEmpty();
    }

    @Test
    void anAssertedIdentityHoldsAtMostOneSipAndOneTelUri() {
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <sip:a@example.com>, <sip:b@example.com>")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <sip:a@example.com>",
                "P-Asserted-Identity: <sip:b@example.com>"))).containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <sip:+15551234@example.com;user=phone>,"
                + " <tel:+15551234>"))).isEmpty();
    }

    @Test
    void digestCredentialsWithAQopCarryCnonceAndNonceCount() {
        String auth = "Authorization: Digest username=\"alice\", realm=\"a.example.com\", nonce=\"abc\","
                + " uri=\"sip:bob@example.com\", response=\"00112233445566778899aabbccddeeff\", qop=auth";
        Finding f = finding(request("INVITE", CONTACT, auth + ", nc=00000001"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 2617 §3.2.2");
        assertThat(f.message()).contains("no cnonce");
        assertThat(codes(request("INVITE", CONTACT, auth + ", nc=00000001, cnonce=\"0a4f113b\""))).isEmpty();
    }

    @Test
    void telParametersFollowTheirOwnRules() {
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <tel:5551234;phone-context=>")))
                .containsExactly("malformed-uri");
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <tel:5551234;phone-context=+>")))
                .containsExactly("malformed-uri");
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <tel:+15551234;ext=12ab>")))
                .containsExactly("malformed-uri");
        assertThat(codes(request("INVITE", CONTACT,
                "P-Asserted-Identity: <tel:5551234;phone-context=a.example.com;phone-context=b.example.com>")))
                .containsExactly("malformed-uri");
        assertThat(codes(request("INVITE", CONTACT,
                "P-Asserted-Identity: <tel:5551234;phone-context=ims.mnc001.mcc001.3gppnetwork.org;ext=12-3>"))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Identity: <tel:5551234;phone-context=+33-1>"))).isEmpty();
        // IMS networks put a phone-context on global numbers too; the grammar reads it as a plain parameter
        assertThat(codes(request("INVITE", CONTACT,
                "P-Asserted-Identity: <tel:+15551234;phone-context=ims.mnc001.mcc001.3gppnetwork.org>"))).isEmpty();
    }

    @Test
    void theFirstParameterOfAParameterOnlyValueIsCheckedLikeTheOthers() {
        assertThat(codes(request("INVITE", CONTACT, "P-Charging-Function-Addresses: ccf=[5555::b99::c88]")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT,
                "P-Charging-Function-Addresses: ccf=\"[5555::b99::c88]\"; ecf=192.0.2.1"))).isEmpty();
        // an icid-value without a value is named once, by the P-Charging-Vector rule
        assertThat(codes(request("INVITE", CONTACT, "P-Charging-Vector: icid-value=;orig-ioi=home1.net")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void aSessionIdIsThirtyTwoLowerCaseHexDigits() {
        assertThat(codes(request("INVITE", CONTACT,
                "Session-ID: ab30317f1a784dc48ff824d0d3715d86;remote=00000000000000000000000000000000"))).isEmpty();
        Finding upper = finding(request("INVITE", CONTACT, "Session-ID: AB30317F1A784DC48FF824D0D3715D86"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(upper.reference()).isEqualTo("RFC 7989 §5");
        assertThat(codes(request("INVITE", CONTACT,
                "Session-ID: ab30317f1a784dc48ff824d0d3715d86;remote=1234"))).containsExactly("malformed-header-value");
    }

    @Test
    void anAssertedServiceIsAnUrn7ServiceIdentifier() {
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Service: urn:urn-7:3gpp-service.ims.icsi.mmtel",
                "P-Preferred-Service: urn:urn-7:3gpp-service.ims.icsi.mmtel"))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Asserted-Service: urn:urn-8:3gpp-service.ims.icsi.mmtel")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "P-Preferred-Service: urn:urn-7:3gpp-service..mmtel")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void securityMechanismsCarryAQvalueAndAHexDigestVerify() {
        assertThat(codes(request("REGISTER", CONTACT, "Security-Client: ipsec-3gpp;alg=hmac-sha-1-96;spi-c=1;spi-s=2;"
                + "port-c=5062;port-s=5064;q=0.1", "Security-Verify: digest;d-ver=\"0123456789abcdef0123456789abcdef\""))).isEmpty();
        Finding q = finding(request("REGISTER", CONTACT, "Security-Client: digest;q=2"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(q.reference()).isEqualTo("RFC 3329 §2.2");
        assertThat(codes(request("REGISTER", CONTACT, "Security-Verify: digest;d-ver=\"xyz\"")))
                .containsExactly("malformed-header-value");
    }
    @Test
    void flagsHistoryInfoIndexThatIsNotDotSeparatedNumbers() {
        Finding f = finding(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index=1..2"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 7044 §4");
        assertThat(f.message()).contains("'1..2'");
        assertThat(f.column()).isEqualTo("History-Info: <sip:bob@example.com>;".length() + 1);
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index=1.a")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index=1,"
                + " <sip:carol@example.com>;index=1.1;mp=1."))).containsExactly("malformed-header-value");
    }

    @Test
    void acceptsHistoryInfoIndexesAndTargetTags() {
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com>;index=1,"
                + " <sip:bob@192.0.2.4?Reason=SIP%3Bcause%3D302>;index=1.1;rc=1,"
                + " <sip:carol@example.com;cause=302>;index=1.1.2;mp=1.1, <sip:dave@example.com>;index=1.10;np=1.1.2;x=y")))
                .isEmpty();
        // a URI parameter named index belongs to the URI, not to the entry
        assertThat(codes(request("INVITE", CONTACT, "History-Info: <sip:bob@example.com;index=a>;index=1"))).isEmpty();
    }
    @Test
    void flagsServedUserSessionCaseAndRegistrationStateOutsideTheirValues() {
        Finding f = finding(request("INVITE", CONTACT,
                "P-Served-User: <sip:alice@example.com>;sescase=originating;regstate=reg"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 5502 §6");
        assertThat(f.message()).contains("'originating'");
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: <sip:alice@example.com>;sescase=term;regstate=yes")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: <sip:alice@example.com>;regstate")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void acceptsServedUserSessionCasesIncludingOrigCdiv() {
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: <sip:alice@example.com>;sescase=orig;regstate=reg",
                "P-Asserted-Identity: <sip:alice@example.com>"))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: <sip:alice@example.com>;sescase=TERM;regstate=unreg")))
                .isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: sip:bob@example.com;orig-cdiv;regstate=unreg")))
                .isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Served-User: <sip:bob@example.com>;sescase=orig-cdiv;x=1")))
                .isEmpty();
    }
    @Test
    void flagsChargingVectorParametersThatBreakTheirGrammar() {
        String icid = "P-Charging-Vector: icid-value=1234bc9876e;";
        Finding f = finding(request("INVITE", CONTACT, icid + "icid-generated-at=\"192.0.2.10\""),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 7315 §5.6");
        assertThat(f.message()).contains("'\"192.0.2.10\"'");
        assertThat(f.column()).isEqualTo(icid.length() + 1);
        assertThat(codes(request("INVITE", CONTACT, icid + "icid-generated-at=pcscf_1")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, icid + "related-icid-generated-at=[2001:db8::1")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, icid + "orig-ioi;term-ioi=home2.net")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, icid + "transit-ioi=op-a.1")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, icid + "transit-ioi=\"op-a,void\"")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void acceptsChargingVectorParametersThatFollowTheirGrammar() {
        assertThat(codes(request("INVITE", CONTACT, "P-Charging-Vector: icid-value=1234bc9876e;"
                + "icid-generated-at=192.0.2.10;orig-ioi=home1.net;term-ioi=\"home2.net\";"
                + "transit-ioi=\"op-a.example.net.1, void,op-b.2\";related-icid=\"a1b2\";"
                + "related-icid-generated-at=[2001:db8::9];ggsn=192.0.2.1;pdp-info=\"pdp-item=1\""))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "P-Charging-Vector: icid-value=1234bc9876e;"
                + "icid-generated-at=pcscf1.ims.mnc001.mcc262.3gppnetwork.org"))).isEmpty();
        // the node's IPv6 address is often written without brackets; it is let through
        assertThat(codes(request("INVITE", CONTACT, "P-Charging-Vector: icid-value=1234bc9876e;"
                + "icid-generated-at=2001:db8::9"))).isEmpty();
    }
    @Test
    void flagsAccessNetworkInfoCellIdentityWithoutValue() {
        String pani = "P-Access-Network-Info: 3GPP-E-UTRAN-FDD;";
        Finding f = finding(request("INVITE", CONTACT, pani + "utran-cell-id-3gpp"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 7315 §5.4");
        assertThat(f.message()).contains("'utran-cell-id-3gpp' has no value");
        assertThat(f.column()).isEqualTo(pani.length() + 1);
        assertThat(codes(request("INVITE", CONTACT, "P-Access-Network-Info: 3GPP-GERAN;CGI-3GPP;network-provided")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "P-Access-Network-Info: IEEE-802.11;i-wlan-node-id=0514e32b4dd9,"
                + " ADSL;dsl-location"))).containsExactly("malformed-header-value");
    }

    @Test
    void acceptsAccessNetworkInfoWithItsCellIdentityAndFlags() {
        assertThat(codes(request("INVITE", CONTACT, "P-Access-Network-Info: 3GPP-E-UTRAN-FDD;"
                + "utran-cell-id-3gpp=262011234567890a;network-provided;local-time-zone=\"UTC+01:00\"",
                "P-Access-Network-Info: 3GPP-NR-FDD;nrcgi=26201CB3A40DE6970;x-flag",
                "P-Access-Network-Info: 3GPP-GERAN;cgi-3gpp=\"26201ABCD1234\""))).isEmpty();
    }
    private static final String AKA = "Authorization: Digest username=\"001011234567890@ims.mnc001.mcc001.3gppnetwork.org\","
            + " realm=\"ims.mnc001.mcc001.3gppnetwork.org\", nonce=\"CjPk9mRqNuT25eRkajM09uTl8nM09uTl9pIlPXs=\","
            + " uri=\"sip:ims.mnc001.mcc001.3gppnetwork.org\", response=\"6629fae49393a05397450978507c4ef1\","
            + " algorithm=AKAv1-MD5, qop=auth, cnonce=\"0a4f113b\"";

    @Test
    void flagsNonceCountThatIsNotEightLowerCaseHexDigits() {
        Finding f = finding(request("REGISTER", CONTACT, AKA + ", nc=1"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 3261 §25.1");
        assertThat(f.message()).contains("nc '1'");
        assertThat(f.column()).isEqualTo(AKA.length() + 3);
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=0000000A"))).containsExactly("malformed-header-value");
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=000000001"))).containsExactly("malformed-header-value");
    }

    @Test
    void flagsAutsThatIsNotQuotedBase64() {
        Finding f = finding(request("REGISTER", CONTACT, AKA + ", nc=00000001, auts=5ukVjDQaQ7HRYLxG2kYF"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 3310 §3.4");
        assertThat(f.message()).contains("auts '5ukVjDQaQ7HRYLxG2kYF'");
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=00000001, auts=\"5ukV-jDQa_Q7HRYLxG2k=\"")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=00000001, auts=\"5ukV=jDQaQ7HRYLxG2k=\"")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void acceptsAResynchronisationWithAValidNonceCountAndAuts() {
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=0000001f, auts=\"5ukVjDQaQ7HRYLxG2kY=\""))).isEmpty();
        // some clients quote the count: its content is right, the quotes alone are warned of (nc is a token)
        assertThat(codes(request("REGISTER", CONTACT, AKA + ", nc=\"00000001\""))).containsExactly("digest-directive-quoted");
        // WWW-Authenticate carries no nc, and Basic has no parameters to check
        assertThat(codes(response("SIP/2.0 401 Unauthorized", "1 REGISTER", "<sip:bob@example.com>;tag=1",
                "WWW-Authenticate: Digest realm=\"ims.example.net\", nonce=\"abc\", nc=1"))).isEmpty();
    }
    @Test
    void flagsResourcePriorityThatIsNotNamespaceDotPriority() {
        Finding f = finding(request("INVITE", CONTACT, "Resource-Priority: ets.0, wps"), FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 4412 §3.1");
        assertThat(f.message()).contains("'wps'");
        assertThat(f.column()).isEqualTo("Resource-Priority: ets.0, ".length() + 1);
        assertThat(codes(request("INVITE", CONTACT, "Resource-Priority: ets.0.1"))).containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "Resource-Priority: wps.2;x=1"))).containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, "Resource-Priority: ets.0 wps.1"))).containsExactly("malformed-header-value");
        assertThat(codes(response("SIP/2.0 417 Unknown Resource-Priority", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Accept-Resource-Priority: .4"))).containsExactly("malformed-header-value");
    }

    @Test
    void acceptsResourcePriorityValues() {
        assertThat(codes(request("INVITE", CONTACT, "Resource-Priority: ets.0 , wps.2", "Resource-Priority: dsn.flash-override",
                "Resource-Priority: q735.4"))).isEmpty();
        assertThat(codes(response("SIP/2.0 417 Unknown Resource-Priority", "1 INVITE", "<sip:bob@example.com>;tag=1",
                "Accept-Resource-Priority: ets.0, ets.1, ets.2"))).isEmpty();
        assertThat(codes(response("SIP/2.0 200 OK", "1 OPTIONS", "<sip:bob@example.com>;tag=1",
                "Accept-Resource-Priority:"))).isEmpty();
    }
    @Test
    void flagsCallerPreferencesAndFeatureCapsThatDoNotStartWithAStar() {
        Finding f = finding(request("INVITE", CONTACT, "Accept-Contact: +g.3gpp.smsip;require"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 3841 §10");
        assertThat(f.message()).contains("'+g.3gpp.smsip;require'").contains("'*;+g.3gpp.smsip;require'");
        assertThat(finding(request("INVITE", CONTACT, "Feature-Caps: *;+g.3gpp.srvcc, +g.3gpp.atcf=\"<tel:+15550100>\""),
                FindingCode.MALFORMED_HEADER_VALUE).reference()).isEqualTo("RFC 6809 §6");
        assertThat(codes(request("INVITE", CONTACT, "j: <sip:voicemail@example.com>;+sip.automata")))
                .containsExactly("malformed-header-value");
        // the element that starts with ';' is named once, by the generic rule
        assertThat(codes(request("INVITE", CONTACT, "Accept-Contact: ;+g.3gpp.smsip")))
                .containsExactly("malformed-header-value");
    }

    @Test
    void acceptsCallerPreferencesAndFeatureCapsWithTheirStar() {
        assertThat(codes(request("INVITE", CONTACT,
                "Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\";require;explicit",
                "a: * ;+g.3gpp.smsip, *;+sip.video", "Reject-Contact: *;+sip.automata",
                "Feature-Caps: *;+g.3gpp.srvcc;+g.3gpp.mid-call;+g.3gpp.atcf=\"<tel:+15550100>\""))).isEmpty();
    }
    @Test
    void flagsGeolocationRoutingThatIsNotOneWord() {
        String geo = "Geolocation: <cid:target123@atlanta.example.com>";
        Finding f = finding(request("INVITE", CONTACT, geo, "Geolocation-Routing: yes;x=1"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 6442 §4.2");
        assertThat(f.message()).contains("'yes;x=1'");
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: yes please")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: <sip:lrf@example.com>")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: yes, no"))).containsExactly("multiple-values");
    }

    @Test
    void acceptsGeolocationRoutingYesNoAndGenericValues() {
        String geo = "Geolocation: <cid:target123@atlanta.example.com>";
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: no"))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: YES "))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: \"local policy\""))).isEmpty();
        assertThat(codes(request("INVITE", CONTACT, geo, "Geolocation-Routing: future-value.example.com"))).isEmpty();
    }
    private static final String PASSPORT = "Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiIsInR5cCI6InBhc3Nwb3J0IiwieDV1"
            + "IjoiaHR0cHM6Ly9jZXJ0LmV4YW1wbGUub3JnL3Bhc3Nwb3J0LmNlciJ9.eyJhdHRlc3QiOiJBIn0.bXlzaWduYXR1cmU";

    @Test
    void flagsIdentityInfoThatIsNotAnAbsoluteUriInAngleBrackets() {
        Finding f = finding(request("INVITE", CONTACT, PASSPORT + ";info=https://cert.example.org/passport.cer;alg=ES256"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.reference()).isEqualTo("RFC 8224 §4");
        assertThat(f.message()).contains("'https://cert.example.org/passport.cer'")
                .contains("info=<https://cert.example.org/passport.cer>");
        assertThat(f.column()).isEqualTo(PASSPORT.length() + ";info=".length() + 1);
        assertThat(codes(request("INVITE", CONTACT, PASSPORT + ";info=<cert.example.org/passport.cer>")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, PASSPORT + "; info = \"<https://cert.example.org/a.cer>\"")))
                .containsExactly("malformed-header-value");
        assertThat(codes(request("INVITE", CONTACT, PASSPORT + ";info"))).containsExactly("malformed-header-value");
    }

    @Test
    void acceptsIdentityWithItsInfoUriAndTheRfc4474Form() {
        assertThat(codes(request("INVITE", CONTACT, PASSPORT
                + ";info=<https://cert.example.org/passport.cer;v=1>;alg=ES256;ppt=\"shaken\"",
                "y: " + PASSPORT.substring("Identity: ".length()) + " ; INFO = <https://cert.example.org/b.cer> ;ppt=div")))
                .isEmpty();
        assertThat(codes(request("INVITE", CONTACT, "Identity: \"ZYNBbHC00VMZr2kZt6VmCvPonWJMGvQTBDqghoWeLxJfzB2a1pxAr3VgrB0S"
                + "EkVdQ==\"", "Identity-Info: <https://atlanta.example.com/atlanta.cer>;alg=rsa-sha1"))).isEmpty();
    }

    @Test
    void flagsIdentityWithoutInfoAndInfoGluedToTheNextParameter() {
        Finding none = finding(request("INVITE", CONTACT, PASSPORT + ";alg=ES256;ppt=shaken"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(none.reference()).isEqualTo("RFC 8224 §4");
        assertThat(none.message()).contains("has no info parameter");
        assertThat(none.column()).isEqualTo(PASSPORT.length() + 1);
        assertThat(codes(request("INVITE", CONTACT, PASSPORT))).containsExactly("malformed-header-value");
        // the compact form leaves the payload out: header..signature
        assertThat(codes(request("INVITE", CONTACT, "Identity: eyJhbGciOiJFUzI1NiJ9..bXlzaWduYXR1cmU;ppt=shaken")))
                .containsExactly("malformed-header-value");

        Finding glued = finding(request("INVITE", CONTACT, PASSPORT + ";info=<https://cert.example.org/a.cer>alg=ES256"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(glued.message()).contains("without the ';'")
                .contains("write <https://cert.example.org/a.cer>;alg=ES256").doesNotContain("not an absolute URI");
        assertThat(glued.column()).isEqualTo(PASSPORT.length() + ";info=<https://cert.example.org/a.cer>".length() + 1);
    }

    @Test
    void flagsEventTypesThatAreNoTokenWithoutDots() {
        for (String bad : new String[] {"message summary", "\"message-summary\"", "presence..winfo", "presence."}) {
            Finding f = finding(request("SUBSCRIBE", CONTACT, "Event: " + bad), FindingCode.MALFORMED_HEADER_VALUE);
            assertThat(f.reference()).as(bad).isEqualTo("RFC 6665 §8.4");
            assertThat(f.message()).as(bad).contains(Text.q(bad)).contains("489 Bad Event");
        }
        assertThat(finding(request("OPTIONS", "Allow-Events: presence, message - summary, refer"),
                FindingCode.MALFORMED_HEADER_VALUE).column()).isEqualTo("Allow-Events: presence, ".length() + 1);
        assertThat(codes(request("SUBSCRIBE", CONTACT, "Event: presence.winfo;id=1", "Allow-Events: presence,"
                + " message-summary, conference, x-vendor_pkg+v2"))).isEmpty();
    }

    @Test
    void flagsSubscriptionStateWhoseStateOrSecondsBreakTheGrammar() {
        for (String bad : new String[] {"active;expires=abc", "active;expires=-5", "active;expires=\"3600\"",
            "terminated;reason=probation;retry-after=soon", "\"active\";expires=3600"}) {
            Finding f = finding(request("NOTIFY", CONTACT, "Event: presence", "Subscription-State: " + bad),
                    FindingCode.MALFORMED_HEADER_VALUE);
            assertThat(f.reference()).as(bad).isEqualTo("RFC 6665 §8.4");
        }
        Finding f = finding(request("NOTIFY", CONTACT, "Event: presence", "Subscription-State: active;expires=b@example.org"),
                FindingCode.MALFORMED_HEADER_VALUE);
        assertThat(f.message()).contains("'b@example.org' is not a number of seconds").doesNotContain("quote it");
        assertThat(f.column()).isEqualTo("Subscription-State: active;".length() + 1);
        assertThat(codes(request("NOTIFY", CONTACT, "Event: presence", "Subscription-State: terminated;reason=timeout;"
                + "retry-after=60;x=\"y\""))).isEmpty();
    }
}
