package dev.sigref.web.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.greaterThan;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;
import dev.sigref.decode.TraceDecoder;

@WebMvcTest(DecodeApiController.class)
@Import({ TraceDecoder.class, DecodeJson.class })
@TestPropertySource(properties = "sigref.decoder.max-paste-size=4KB")
class DecodeApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@BeforeEach
	void catalog() {
		given(catalog.snapshot()).willReturn(TestCatalogs.standard());
	}

	static String fixture(String name) {
		return dev.sigref.decode.DecodeFixtures.read(name);
	}

	@Test
	void returnsTheDecodedMessageInTheDocumentedShape() throws Exception {
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(fixture("invite.sip")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.messages", hasSize(1)))
			.andExpect(jsonPath("$.messages[0].index").value(1))
			.andExpect(jsonPath("$.messages[0].kind").value("request"))
			.andExpect(jsonPath("$.messages[0].method").value("INVITE"))
			.andExpect(jsonPath("$.messages[0].startLine").value("INVITE sip:+12025550199@ims.example.net;user=phone SIP/2.0"))
			.andExpect(jsonPath("$.messages[0].headers[0].name").value("Via"))
			.andExpect(jsonPath("$.messages[0].headers[0].compactForm").value("v"))
			.andExpect(jsonPath("$.messages[0].headers[0].line").value(2))
			.andExpect(jsonPath("$.messages[0].headers[0].parsed.type").value("ViaValue"))
			.andExpect(jsonPath("$.messages[0].headers[0].parsed.host").value("[2001:db8::1]"))
			.andExpect(jsonPath("$.messages[0].headers[2].parsed.type").value("NameAddr"))
			.andExpect(jsonPath("$.messages[0].headers[2].parsed.displayName").value("Alice"))
			.andExpect(jsonPath("$.messages[0].body.type").value("SdpBody"))
			.andExpect(jsonPath("$.messages[0].findings").isArray())
			.andExpect(jsonPath("$.messages[0].reference.url").value("/messages/ims/invite"))
			.andExpect(jsonPath("$.messages[0].flows").isArray())
			.andExpect(jsonPath("$.undecoded", hasSize(0)))
			.andExpect(jsonPath("$.findings").isArray());
	}

	@Test
	void reportsFindingsWithSeverityCodeLineAndClause() throws Exception {
		String broken = fixture("invite.sip").replace("Call-ID: a84b4c76e66710@2001:db8::1\r\n", "");
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(broken))
			.andExpect(jsonPath("$.messages[0].findings[?(@.code=='missing-call-id')].severity").value("error"))
			.andExpect(jsonPath("$.messages[0].findings[?(@.code=='missing-call-id')].reference").exists())
			.andExpect(jsonPath("$.messages[0].findings[?(@.code=='missing-call-id')].line").exists());
	}

	@Test
	void answersAnEmptyBodyWithAProblemDocument() throws Exception {
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content("   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Nothing to decode"));
	}

	@Test
	void answersAPasteOverTheLimitWith413() throws Exception {
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(fixture("invite.sip").repeat(12)))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.limitBytes").value(4096));
	}

	@Test
	void describesBinaryJunkAsUndecoded() throws Exception {
		byte[] junk = new byte[512];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) (i * 91 + 7);
		}
		mvc.perform(post("/api/decode").contentType(MediaType.APPLICATION_OCTET_STREAM).content(junk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(0)))
			.andExpect(jsonPath("$.undecoded", hasSize(greaterThan(0))))
			.andExpect(jsonPath("$.undecoded[0].reason").exists())
			.andExpect(jsonPath("$.undecoded[0].decoration").value(false));
	}

	@Test
	void returnsAnSdpPastedWithoutItsMessageParsedWithItsFindings() throws Exception {
		String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
				+ "m=audio 4000 RTP/AVP 96\r\na=rtpmap:96 AMR-WB/16000\r\na=fmtp:96 mode-change-capability=2\r\n";
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(sdp))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(0)))
			.andExpect(jsonPath("$.undecoded", hasSize(1)))
			.andExpect(jsonPath("$.undecoded[0].decoration").value(false))
			.andExpect(jsonPath("$.undecoded[0].sdp.session.media[0].port").value(4000))
			.andExpect(jsonPath("$.undecoded[0].sdp.session.media[0].rtpMaps[0].encoding").value("AMR-WB"))
			.andExpect(jsonPath("$.undecoded[0].sdp3gpp", hasSize(greaterThan(0))))
			.andExpect(jsonPath("$.findings[?(@.code == 'sdp-without-message')].line").value(1));
	}

	@Test
	void marksTheRestOfALogRecordAsDecoration() throws Exception {
		String message = "OPTIONS sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
				+ "Max-Forwards: 70\r\nFrom: <sip:a@example.com>;tag=1\r\nTo: <sip:bob@example.com>\r\nCall-ID: j1\r\n"
				+ "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
		String record = "{\"ts\":\"10:00\",\"msg\":\"" + message.replace("\r", "\\r").replace("\n", "\\n") + "\"}\n";
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(record))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(1)))
			.andExpect(jsonPath("$.undecoded[*].decoration", everyItem(is(true))));
	}

	@Test
	void keepsUtf8NamesReadableBesideABinaryBody() throws Exception {
		byte[] sms = {0x00, (byte) 0xFF, (byte) 0x91, 0x44};
		String head = "MESSAGE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
				+ "Max-Forwards: 70\r\nFrom: \"Fran\u00e7ois\" <sip:alice@example.com>;tag=1\r\n"
				+ "To: <sip:bob@example.com>\r\nCall-ID: c1\r\nCSeq: 1 MESSAGE\r\n"
				+ "Content-Type: application/vnd.3gpp.sms\r\nContent-Length: 4\r\n\r\n";
		java.io.ByteArrayOutputStream paste = new java.io.ByteArrayOutputStream();
		paste.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		paste.writeBytes(sms);
		mvc.perform(post("/api/decode").contentType(MediaType.APPLICATION_OCTET_STREAM).content(paste.toByteArray()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(1)))
			.andExpect(jsonPath("$.messages[0].headers[2].value").value("\"Fran\u00e7ois\" <sip:alice@example.com>;tag=1"))
			.andExpect(jsonPath("$.messages[0].body.hex").value("00ff9144"));
	}

	@Test
	void readsTheShortMessageInsideAnSmsOverIpBody() throws Exception {
		// RP-DATA MS to network, SMSC +491710000001, SMS-SUBMIT to +4321 saying "hellohello"
		mvc.perform(post("/api/decode").contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(dev.sigref.decode.DecodeFixtures.smsMessage()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[0].body3gpp[0].meaning").value("RP-DATA MS to network (mobile-originated short message)"))
			.andExpect(jsonPath("$.messages[0].body3gpp[0]..parts[?(@.label=='TP-UD')].raw").value(org.hamcrest.Matchers.hasItem("hellohello")));
	}

	@Test
	void placesTheFindingOfA380sImsXmlBodyAtItsElement() throws Exception {
		String xml = "<?xml version=\"1.0\"?>\r\n<ims-3gpp version=\"1\"><alternative-service><type>emergency</type>"
				+ "<action><emergency-registration/></action></alternative-service></ims-3gpp>\r\n";
		String response = "SIP/2.0 380 Alternative Service\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
				+ "From: <sip:alice@example.com>;tag=1\r\nTo: <urn:service:sos>;tag=2\r\nCall-ID: c1\r\n"
				+ "CSeq: 1 INVITE\r\nContent-Type: application/3gpp-ims+xml\r\nContent-Length: "
				+ xml.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + xml;
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(response))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[0].body3gpp[0].parts[0].meaning").value("send the call as an emergency call, after an emergency registration"))
			.andExpect(jsonPath("$.messages[0].findings[?(@.code=='ims-xml-value-as-element')].line").value(org.hamcrest.Matchers.hasItem(11)));
	}

	@Test
	void decodesEveryMessageOfATrace() throws Exception {
		String trace = fixture("invite.sip") + fixture("hostile-604.sip") + fixture("invite.sip");
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(trace))
			.andExpect(jsonPath("$.messages", hasSize(3)))
			.andExpect(jsonPath("$.messages[1].statusCode").value(604))
			.andExpect(jsonPath("$.messages[1].reference.url").value("/messages/ims/604-does-not-exist-anywhere"));
	}

	@Test
	void explainsThe3gppValuesOfAVolteRegister() throws Exception {
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(fixture("register-aka.sip")))
			.andExpect(jsonPath("$.messages[0].headers[?(@.name=='P-Access-Network-Info')].decoded[0]").exists())
			.andExpect(jsonPath("$.messages[0].headers[?(@.name=='P-Access-Network-Info')]..parts[?(@.label=='MCC')].raw").value(org.hamcrest.Matchers.hasItem("310")))
			.andExpect(jsonPath("$.messages[0].findings[?(@.code=='imei-check-digit-wrong')].severity").value("error"));
	}

	@Test
	void explainsAnAkaChallengeAndAVolteInvite() throws Exception {
		String trace = fixture("401-aka.sip") + fixture("invite-volte.sip");
		mvc.perform(post("/api/decode").contentType(MediaType.TEXT_PLAIN).content(trace))
			.andExpect(jsonPath("$.messages", hasSize(2)))
			.andExpect(jsonPath("$.messages[0].findings[?(@.severity=='error')]", hasSize(0)))
			.andExpect(jsonPath("$.messages[0].headers[?(@.name=='WWW-Authenticate')]..parts[?(@.label=='RAND')].raw").isNotEmpty())
			.andExpect(jsonPath("$.messages[0].headers[?(@.name=='WWW-Authenticate')]..parts[?(@.label=='AUTN')]").isNotEmpty())
			.andExpect(jsonPath("$.messages[0].headers[?(@.name=='Security-Server')].decoded[0]").isNotEmpty())
			.andExpect(jsonPath("$.messages[1].findings[?(@.severity=='error')]", hasSize(0)))
			.andExpect(jsonPath("$.messages[1].headers[?(@.name=='P-Access-Network-Info')]..parts[?(@.label=='MCC')]").isNotEmpty())
			.andExpect(jsonPath("$.messages[1].headers[?(@.name=='Supported')].decoded[0].parts").isNotEmpty())
			.andExpect(jsonPath("$.messages[1].sdp3gpp").isNotEmpty());
	}

}
