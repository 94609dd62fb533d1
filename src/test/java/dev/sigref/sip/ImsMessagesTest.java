package dev.sigref.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sigref.sip.sdp.MediaDescription;
import dev.sigref.sip.sdp.Precondition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImsMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dev/sigref/sip/ims/register-aka.sip", "/dev/sigref/sip/ims/401-aka.sip",
        "/dev/sigref/sip/ims/invite-ipv6-preconditions.sip", "/dev/sigref/sip/ims/invite-tel-phone-context.sip",
        "/dev/sigref/sip/ims/invite-multipart-sdp-isup.sip", "/dev/sigref/sip/ims/message-multipart-sdp-sms.sip"})
    void realisticImsMessagesParseWithoutAnyFinding(String fixture) {
        ParseResult r = Fixtures.parse(fixture);
        assertThat(r.messages()).hasSize(1);
        assertThat(r.undecoded()).isEmpty();
        assertThat(r.allFindings()).isEmpty();
    }

    @Test
    void registerWithAkaExposesAuthorizationSecurityClientAndContactFeatureTags() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/register-aka.sip");
        assertThat(m.method()).isEqualTo("REGISTER");
        AuthValue auth = (AuthValue) m.header("authorization").orElseThrow().value();
        assertThat(auth.scheme()).isEqualTo("Digest");
        assertThat(auth.param("username")).isEqualTo("001010000000001@ims.mnc001.mcc001.3gppnetwork.org");
        assertThat(auth.param("nonce")).isEmpty();
        List<HeaderValue> mechanisms = m.headers("Security-Client");
        assertThat(mechanisms).hasSize(2);
        SecurityMechanism first = (SecurityMechanism) mechanisms.get(0);
        assertThat(first.mechanism()).isEqualTo("ipsec-3gpp");
        assertThat(first.param("spi-c")).isEqualTo("3929102");
        assertThat(((SecurityMechanism) mechanisms.get(1)).param("ealg")).isEqualTo("aes-cbc");
        ContactValue contact = m.contacts().get(0);
        assertThat(contact.expires()).isEqualTo("600000");
        assertThat(contact.address().param("+sip.instance")).isEqualTo("<urn:gsma:imei:35209900-176148-0>");
        assertThat(contact.address().param("+g.3gpp.icsi-ref")).isEqualTo("urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel");
        SipUri uri = (SipUri) contact.uri();
        assertThat(uri.hostType()).isEqualTo(HostType.IPV6);
        assertThat(uri.host()).isEqualTo("[2001:db8:a1:2::15]");
        assertThat(uri.port()).isEqualTo(5060);
        ViaValue via = m.vias().get(0);
        assertThat(via.transport()).isEqualTo("UDP");
        assertThat(via.rport()).isEmpty();
        assertThat(m.headers("Require")).containsExactly(new OptionTag("sec-agree"));
    }

    @Test
    void unauthorizedChallengeCarriesAkaV1Md5WithAllItsParameters() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/401-aka.sip");
        assertThat(m.kind()).isEqualTo(SipMessage.Kind.RESPONSE);
        assertThat(m.statusCode()).isEqualTo(401);
        assertThat(m.method()).isEqualTo("REGISTER");
        AuthValue challenge = (AuthValue) m.header("WWW-Authenticate").orElseThrow().value();
        assertThat(challenge.param("algorithm")).isEqualTo("AKAv1-MD5");
        assertThat(challenge.param("qop")).isEqualTo("auth");
        assertThat(challenge.param("nonce")).isEqualTo("CjPk9mRqNuT0vY2B9vZcxTN6XXvRFkQaIGcLjgAAAAA=");
        assertThat(challenge.params()).extracting(Param::name)
                .containsExactly("realm", "nonce", "algorithm", "qop", "ik", "ck");
        assertThat(m.vias().get(0).received()).isEqualTo("2001:db8:a1:2::15");
        assertThat(m.to().orElseThrow().tag()).isEqualTo("scscf-8f3a");
    }

    @Test
    void inviteOverIpv6DecodesRoutesPHeadersAndPreconditionSdp() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/invite-ipv6-preconditions.sip");
        assertThat(m.requestUri()).isInstanceOf(TelUri.class);
        assertThat(((TelUri) m.requestUri()).number()).isEqualTo("+15550199");
        assertThat(m.routes()).hasSize(2);
        assertThat(((SipUri) m.routes().get(0).uri()).looseRouting()).isTrue();
        assertThat(m.from().orElseThrow().displayName()).isEqualTo("Alice");
        GenericValue pani = (GenericValue) m.header("P-Access-Network-Info").orElseThrow().value();
        assertThat(pani.value()).isEqualTo("3GPP-E-UTRAN-FDD");
        assertThat(pani.param("utran-cell-id-3gpp")).isEqualTo("0010100011A2D0101");
        DeltaSecondsValue se = (DeltaSecondsValue) m.header("x").orElseThrow().value();
        assertThat(se.seconds()).isEqualTo(1800);
        assertThat(se.param("refresher")).isEqualTo("uac");
        assertThat(m.headers("Allow")).hasSize(11);

        SdpBody sdp = (SdpBody) m.body();
        MediaDescription audio = sdp.session().media().get(0);
        assertThat(audio.formats()).containsExactly("116", "107", "118", "96", "111", "110");
        assertThat(audio.rtpMap("116").encoding()).isEqualTo("EVS");
        assertThat(audio.rtpMap("118").encodingParameters()).isEqualTo("1");
        assertThat(audio.fmtps().get(0).params()).extracting(Param::name)
                .containsExactly("br", "bw", "max-red", "cmr", "ch-aw-recv");
        assertThat(audio.preconditions()).contains(new Precondition("curr", "qos", null, "local", "none"),
                new Precondition("des", "qos", "mandatory", "local", "sendrecv"));
        assertThat(audio.direction()).isEqualTo("sendrecv");
        assertThat(audio.bandwidths()).extracting(b -> b.type() + ":" + b.value()).containsExactly("AS:49", "RS:0", "RR:2500");
        assertThat(sdp.session().connection().addrType()).isEqualTo("IP6");
    }

    @Test
    void localTelNumberWithPhoneContextIsAValidRequestUri() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/invite-tel-phone-context.sip");
        TelUri tel = (TelUri) m.requestUri();
        assertThat(tel.global()).isFalse();
        assertThat(tel.phoneContext()).isEqualTo("ims.mnc001.mcc001.3gppnetwork.org");
        TelUri from = (TelUri) m.from().orElseThrow().uri();
        assertThat(from.digits()).isEqualTo("+15550100");
        assertThat(m.headers("P-Asserted-Identity")).hasSize(2);
        GenericValue icid = (GenericValue) m.header("P-Charging-Vector").orElseThrow().value();
        assertThat(icid.value()).isNull();
        assertThat(icid.param("icid-value")).isEqualTo("AyretyU0dm+6O2IrT5tAFrbHLso=023551024");
        assertThat(icid.param("orig-ioi")).isEqualTo("ims.mnc001.mcc001.3gppnetwork.org");
    }

    @Test
    void sipIMultipartSplitsIntoSdpAndBinaryIsup() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/invite-multipart-sdp-isup.sip");
        MultipartBody body = (MultipartBody) m.body();
        assertThat(body.boundary()).isEqualTo("sigref-boundary-1");
        assertThat(body.parts()).hasSize(2);
        assertThat(body.parts().get(0).body()).isInstanceOf(SdpBody.class);
        BinaryBody isup = (BinaryBody) body.parts().get(1).body();
        assertThat(isup.length()).isEqualTo(24);
        assertThat(isup.hex()).startsWith("0100490000030200");
        assertThat(body.parts().get(1).headers()).extracting(Header::canonicalName)
                .containsExactly("Content-Type", "Content-Disposition");
    }

    @Test
    void multipartWithQuotedBoundaryCarriesAnSmsRpDataPart() {
        SipMessage m = Fixtures.single("/dev/sigref/sip/ims/message-multipart-sdp-sms.sip");
        MultipartBody body = (MultipartBody) m.body();
        assertThat(body.boundary()).isEqualTo("b2");
        BinaryBody sms = (BinaryBody) body.parts().get(1).body();
        assertThat(sms.contentType()).isEqualTo("application/vnd.3gpp.sms");
        assertThat(sms.length()).isEqualTo(27);
    }
}
