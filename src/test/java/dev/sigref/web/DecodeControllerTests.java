package dev.sigref.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;
import dev.sigref.decode.TraceDecoder;

@WebMvcTest(DecodeController.class)
@Import(TraceDecoder.class)
@TestPropertySource(properties = { "sigref.decoder.max-paste-size=4KB", "sigref.decoder.page-size=2" })
@ExtendWith(OutputCaptureExtension.class)
class DecodeControllerTests {

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

	static MockHttpServletRequestBuilder form(String message) {
		return form(message.getBytes(StandardCharsets.UTF_8));
	}

	static MockHttpServletRequestBuilder form(byte[] message) {
		return post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("message=" + percentEncoded(message));
	}

	/** Every byte as %XX: a paste's bytes as a form sends them, binary bodies included. */
	static String percentEncoded(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length * 3);
		for (byte b : bytes) {
			out.append('%').append(String.format("%02X", b & 0xff));
		}
		return out.toString();
	}

	@Test
	void showsAFormThatWorksWithoutJavaScript() throws Exception {
		mvc.perform(get("/decode"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form id=\"decode-form\" action=\"/decode\" method=\"post\">")))
			.andExpect(content().string(containsString("name=\"message\"")))
			.andExpect(content().string(containsString("<script src=\"/js/decode.js\" defer></script>")));
	}

	@Test
	void decodesAnInviteAndLinksItsReferencePage() throws Exception {
		mvc.perform(form(fixture("invite.sip")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("INVITE request to sip:+12025550199@ims.example.net;user=phone")))
			.andExpect(content().string(containsString("href=\"/messages/ims/invite\"")))
			.andExpect(content().string(containsString("AMR-WB/16000/1")))
			.andExpect(content().string(containsString("<a class=\"hn\" href=\"/headers/call-id\">Call-ID</a>")))
			.andExpect(content().string(containsString("1 message(s), 0 error(s)")));
	}

	@Test
	void theSummaryCountsALogRecordsRestAsDecorationNotAsUndecodableText() throws Exception {
		String record = "{\"ts\":\"10:00\",\"msg\":\"" + fixture("invite.sip").replace("\\", "\\\\").replace("\"", "\\\"")
			.replace("\r", "\\r").replace("\n", "\\n") + "\",\"dir\":\"in\"}\n";
		mvc.perform(form(record.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 undecodable block(s)")))
			.andExpect(content().string(containsString("2 block(s) of log or copy decoration set apart")));
	}

	@Test
	void showsAnSdpPastedWithoutItsMessageAsSdpWithItsOwnFindings() throws Exception {
		String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
				+ "m=audio 4000 RTP/AVP 0 96\r\n";
		String page = mvc.perform(form(sdp)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("0 undecodable block(s)")
			.contains("1 SDP description(s) pasted without their SIP message")
			.contains("only SDP")
			.doesNotContain("No SIP message was found in this text. Every line")
			.contains("SDP without its SIP message, lines 1–6")
			.contains("<code>audio 4000 RTP/AVP</code>");
		// the description's own findings stand with it, not among the paste's
		String bareSection = page.substring(page.indexOf("class=\"bare-sdp\""));
		assertThat(bareSection).contains("sdp-missing-rtpmap");
		assertThat(page).doesNotContain("class=\"trace-findings\"");
		String text = mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("message=" + URLEncoder.encode(sdp, StandardCharsets.UTF_8) + "&format=text"))
			.andReturn().getResponse().getContentAsString();
		assertThat(text).contains("1 SDP description(s) without their SIP message")
			.contains("=== SDP without its SIP message, lines 1-6").contains("sdp-missing-rtpmap");
	}

	@Test
	void talliesEachFindingCodeAcrossTheTraceOnceWithTheFirstMessageThatHasIt() throws Exception {
		String lf = fixture("invite.sip").replace("\r\n", "\n");
		String broken = fixture("invite.sip").replaceFirst("Max-Forwards: \\d+", "Max-Forwards: 300");
		String page = mvc.perform(form(lf + "\n" + lf + "\n" + broken)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Findings across the trace");
		String tally = page.substring(page.indexOf("class=\"finding-tally\""), page.indexOf("</table>",
				page.indexOf("class=\"finding-tally\"")));
		// the error comes first; the LF note is counted on the two messages that have it
		assertThat(tally.indexOf("max-forwards-out-of-range")).isPositive().isLessThan(tally.indexOf("lf-line-endings"));
		assertThat(tally).contains("<td>2 of 3 (2 in all)</td>").contains("<td>1 of 3 (1 in all)</td>");
		String text = mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("message=" + URLEncoder.encode(lf + "\n" + lf + "\n" + broken, StandardCharsets.UTF_8) + "&format=text"))
			.andReturn().getResponse().getContentAsString();
		assertThat(text).contains("Findings across the trace:")
			.contains("info lf-line-endings: 2 of 3 message(s) (2 in all), first in 1 (RFC 3261 §7)")
			.startsWith("Sigref decode: 3 message(s), 1 error(s), ");
		// page size 2 here: message 3 is on page 2, and its button lands on it, not on the top of that page
		assertThat(page).contains("formaction=\"/decode#msg-3\"");
		// one message: no tally, its findings are right below
		assertThat(mvc.perform(form(broken)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Findings across the trace");
	}

	@Test
	void theTextExportShowsAnSmsBodyInHexAndInImsTermsNotAsRawBytes() throws Exception {
		String text = mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("format=text&message=" + percentEncoded(dev.sigref.decode.DecodeFixtures.smsMessage())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("binary body, " + dev.sigref.decode.DecodeFixtures.SMS_RP.length + " bytes:").contains("002a000791947101000010")
			.contains("TP-UD [hellohello]").doesNotContain("\u0000");
		// the page counts the paste's lines as an editor does: a last line end starts no line
		assertThat(mvc.perform(form(fixture("invite.sip"))).andReturn().getResponse().getContentAsString())
			.contains(fixture("invite.sip").split("\n", -1).length - 1 + " line(s)");
	}

	@Test
	void aLogThatNamesOneEndShowsTheOtherAsUnknown() throws Exception {
		// two messages, so that the trace summary table is shown too
		String one = "<--- Received SIP request (236 bytes) from UDP:192.0.2.1:5060 --->\n" + fixture("invite.sip");
		String paste = one + "\n" + one;
		String page = mvc.perform(form(paste.getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("<td>192.0.2.1:5060 → ?</td>").contains("<span>192.0.2.1:5060 → ?</span>")
			.doesNotContain("→ null");
	}

	@Test
	void linksA604ToItsEntryAndShowsItsTroubleshooting() throws Exception {
		mvc.perform(form(fixture("hostile-604.sip")))
			.andExpect(content().string(containsString("href=\"/messages/ims/604-does-not-exist-anywhere\"")))
			.andExpect(content().string(containsString("604 Does Not Exist Anywhere: global failure response to INVITE")))
			.andExpect(content().string(containsString("cause of 604-does-not-exist-anywhere")));
	}

	@Test
	void showsHostilePastesAsText() throws Exception {
		String page = mvc.perform(form(fixture("hostile-604.sip"))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<svg onload").doesNotContain("<script>alert(2)").doesNotContain("</pre><script>")
			.contains("&lt;svg onload=alert(1)&gt;").contains("&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
	}

	@Test
	void answersAnEmptyPasteWithAFriendlyMessage() throws Exception {
		mvc.perform(form("  \r\n "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is nothing to decode yet")));
		mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is nothing to decode yet")));
	}

	@Test
	void showsBinaryJunkAsUndecodableText() throws Exception {
		byte[] junk = new byte[600];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) (i * 37 + 11);
		}
		mvc.perform(form(junk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Undecodable text")))
			.andExpect(content().string(containsString("No SIP message was found in this text")));
	}

	@Test
	void refusesAPasteOverTheLimitWith413() throws Exception {
		String big = fixture("invite.sip").repeat(12);
		assertThat(big.length()).isGreaterThan(4096);
		mvc.perform(form(big))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("Paste too large")))
			.andExpect(content().string(containsString("up to 4 KiB")));
	}

	@Test
	void exportsThePlainTextView() throws Exception {
		String body = "message=" + URLEncoder.encode(fixture("invite.sip"), StandardCharsets.UTF_8) + "&format=text";
		mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(header().string("Content-Disposition", containsString("sigref-decode.txt")))
			.andExpect(content().string(containsString("=== Message 1: INVITE request")))
			.andExpect(content().string(containsString("reference: http://localhost/messages/ims/invite")));
	}

	@Test
	void acceptsARawTextPasteToo() throws Exception {
		mvc.perform(post("/decode").contentType(MediaType.TEXT_PLAIN).content(fixture("invite.sip")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/messages/ims/invite\"")));
	}

	@Test
	void neverWritesThePasteToTheLog(CapturedOutput output) throws Exception {
		String marker = "Zq7MarkerCallId-9c1f";
		String paste = fixture("invite.sip").replace("a84b4c76e66710", marker);
		mvc.perform(form(paste)).andExpect(status().isOk());
		byte[] invalidUtf8 = (paste + "\u0000").getBytes(StandardCharsets.ISO_8859_1);
		invalidUtf8[invalidUtf8.length - 1] = (byte) 0xC3;
		mvc.perform(form(invalidUtf8)).andExpect(status().isOk());
		mvc.perform(form(paste.repeat(10))).andExpect(status().isContentTooLarge());
		assertThat(output.getAll()).doesNotContain(marker);
	}

	@Test
	void sendsTheDecoderSecurityHeaders() throws Exception {
		mvc.perform(form(fixture("invite.sip")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void listsEveryMessageOfALongTraceAndShowsOnePageInFull() throws Exception {
		String trace = (fixture("invite.sip") + fixture("hostile-604.sip")).repeat(2) + fixture("invite.sip");
		String first = mvc.perform(form(trace)).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("5 message(s)").contains("id=\"msg-1\"").contains("id=\"msg-2\"")
			.doesNotContain("id=\"msg-3\"").contains("Page 1 of 3: messages 1–2 of 5");
		String table = first.substring(first.indexOf("class=\"trace-summary\""));
		table = table.substring(0, table.indexOf("</table>"));
		assertThat(table.split("<tr>", -1).length - 1).as("summary rows plus the header row").isEqualTo(6);
		String body = "message=" + URLEncoder.encode(trace, StandardCharsets.UTF_8) + "&page=3";
		String last = mvc.perform(post("/decode").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
			.andReturn().getResponse().getContentAsString();
		assertThat(last).contains("id=\"msg-5\"").doesNotContain("id=\"msg-1\"").contains("Page 3 of 3");
	}

}
