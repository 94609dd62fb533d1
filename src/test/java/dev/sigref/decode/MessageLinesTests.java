package dev.sigref.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sigref.catalog.Catalog;
import dev.sigref.catalog.TestCatalogs;

/** The message text the decode page shows, numbered with the paste's own lines, each finding on the line it is about. */
class MessageLinesTests {

	private static final String OPTIONS = "OPTIONS sip:bob@example.com SIP/2.0\r\n"
			+ "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKml1\r\n"
			+ "Max-Forwards: 300\r\n"
			+ "From: <sip:alice@example.com>;tag=m1\r\n"
			+ "To: <sip:bob@example.com>\r\n"
			+ "Call-ID: ml1@192.0.2.1\r\n"
			+ "CSeq: 1 OPTIONS\r\n"
			+ "Content-Length: 0\r\n\r\n";

	private final TraceDecoder decoder;

	MessageLinesTests() {
		Catalog catalog = mock(Catalog.class);
		when(catalog.snapshot()).thenReturn(TestCatalogs.standard());
		this.decoder = new TraceDecoder(catalog);
	}

	@Test
	void doubleSpacedMessageLinesCarryThePasteLineNumbers() {
		DecodedTrace trace = decoder.decode(OPTIONS.replace("\r\n", "\r\n\r\n"));
		List<MessageLine> lines = trace.messages().get(0).lines();
		assertThat(lines).extracting(MessageLine::number).startsWith(1, 3, 5, 7);
		assertThat(lines.get(2).name()).isEqualTo("Max-Forwards");
		assertThat(lines.get(2).findings()).extracting(f -> f.code()).contains("max-forwards-out-of-range");
		assertThat(lines).allMatch(MessageLine::anchor);
	}

	@Test
	void aOneLineMessagePutsEachFindingOnTheHeaderItIsAbout() {
		String json = OPTIONS.replace("\r", "\\r").replace("\n", "\\n");
		DecodedTrace trace = decoder.decode("{\"msg\":\"" + json + "\"}\n");
		List<MessageLine> lines = trace.messages().get(0).lines();
		assertThat(lines).extracting(MessageLine::number).containsOnly(1);
		// every line is paste line 1: only the first is the link target
		assertThat(lines).filteredOn(MessageLine::anchor).hasSize(1);
		assertThat(lines).filteredOn(l -> l.findings().stream().anyMatch(f -> f.code().equals("max-forwards-out-of-range")))
			.extracting(MessageLine::name).containsExactly("Max-Forwards");
	}
}
