package dev.sigref.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sigref.callflow.Ladder;
import dev.sigref.callflow.Step;
import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;

class TraceLaddersTests {

	private final TraceDecoder decoder;

	TraceLaddersTests() {
		Catalog catalog = mock(Catalog.class);
		when(catalog.snapshot()).thenReturn(TestCatalogs.standard());
		this.decoder = new TraceDecoder(catalog);
	}

	static String fixture(String name) {
		return dev.sigref.decode.DecodeFixtures.read(name);
	}

	@Test
	void takesParticipantsAndTimeDeltasFromTheLogDecoration() throws IOException {
		DecodedTrace trace = decoder.decode(fixture("ngrep-busy.txt"));
		assertThat(trace.messages()).hasSize(3);
		Ladder ladder = TraceLadders.ladder("lad-1", trace.messages());
		assertThat(ladder.participants()).extracting(p -> p.label()).containsExactly("192.0.2.1:5060", "192.0.2.9:5060");
		assertThat(ladder.steps()).extracting(Step::label).containsExactly("INVITE", "486 Busy Here (INVITE)", "ACK");
		assertThat(ladder.steps()).extracting(Step::timeDelta).containsExactly(null, "+0.250 s", "+0.010 s");
		assertThat(ladder.steps().get(1).from()).isEqualTo(ladder.steps().get(0).to());
		assertThat(ladder.steps()).extracting(Step::href).containsExactly("#msg-1", "#msg-2", "#msg-3");
	}

	@Test
	void withoutDecorationSendsResponsesBackAlongTheirRequest() throws IOException {
		String trace = fixture("invite.sip") + fixture("hostile-604.sip");
		DecodedTrace decoded = decoder.decode(trace);
		Ladder ladder = TraceLadders.ladder("a84b4c76e66710@2001:db8::1", decoded.messages());
		List<Step> steps = ladder.steps();
		assertThat(ladder.participants()).extracting(p -> p.label()).containsExactly("[2001:db8::1]:5060", "ims.example.net");
		assertThat(steps.get(1).from()).isEqualTo(steps.get(0).to());
		assertThat(steps.get(1).to()).isEqualTo(steps.get(0).from());
	}

	@Test
	void aRequestToATelUriGoesWhereItsResponsesCameFrom() {
		// the INVITE names no host (tel:, no Route); its 183 is Record-Routed by 10.2.2.20:5060, where PRACK, UPDATE, ACK
		// and BYE go: one peer, not a "next hop" lane beside it
		DecodedTrace trace = decoder.decode(fixture("tel-invite-record-routed-prack-update.txt"));
		Ladder ladder = TraceLadders.ladder("call", trace.messages());
		assertThat(ladder.participants()).extracting(p -> p.label()).containsExactly("10.1.1.10:5060", "10.2.2.20:5060");
	}

	@Test
	void groupsMessagesByDialog() throws IOException {
		String trace = fixture("invite.sip") + fixture("register-aka.sip") + fixture("hostile-604.sip");
		DecodedTrace decoded = decoder.decode(trace);
		assertThat(decoded.ladders()).extracting(DialogLadder::callId)
			.containsExactly("a84b4c76e66710@2001:db8::1", "reg-1@2001:db8:1::5");
		assertThat(decoded.ladders()).extracting(DialogLadder::messageCount).containsExactly(2, 1);
		assertThat(decoded.ladders().get(0).ladder().svg()).contains("href=\"#msg-1\"").contains("href=\"#msg-3\"");
	}

	@Test
	void namesEveryStoredProcedureThatFitsEquallyWell() {
		var snapshot = dev.sigref.catalog.TestCatalogs.withTwinFlows();
		Catalog catalog = mock(Catalog.class);
		when(catalog.snapshot()).thenReturn(snapshot);
		String register = "REGISTER sip:ims.example.net SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKr1\r\n"
				+ "Max-Forwards: 70\r\nFrom: <sip:a@ims.example.net>;tag=1\r\nTo: <sip:a@ims.example.net>\r\n"
				+ "Call-ID: twin@192.0.2.1\r\nCSeq: 1 REGISTER\r\nContact: <sip:a@192.0.2.1>\r\nContent-Length: 0\r\n\r\n";
		String challenge = "SIP/2.0 401 Unauthorized\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKr1\r\n"
				+ "From: <sip:a@ims.example.net>;tag=1\r\nTo: <sip:a@ims.example.net>;tag=2\r\n"
				+ "Call-ID: twin@192.0.2.1\r\nCSeq: 1 REGISTER\r\nContent-Length: 0\r\n\r\n";
		DecodedTrace trace = new TraceDecoder(catalog).decode(register + challenge + register.replace("z9hG4bKr1", "z9hG4bKr2")
			.replace("CSeq: 1", "CSeq: 2") + challenge.replace("401 Unauthorized", "200 OK").replace("z9hG4bKr1", "z9hG4bKr2")
			.replace("CSeq: 1", "CSeq: 2"));
		DialogLadder dialog = trace.ladders().get(0);
		assertThat(dialog.match()).isNotNull();
		assertThat(dialog.flow()).isNotNull();
		assertThat(dialog.alsoMatches()).hasSize(1);
		assertThat(List.of(dialog.flow().slug(), dialog.alsoMatches().get(0).slug()))
			.containsExactlyInAnyOrder("initial-registration", "registration-twin");
	}

}
