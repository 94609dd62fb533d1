package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OptionTagsTest {

	@Test
	void explainsEachRegisteredTagOfASupportedHeader() {
		DecodedValue supported = OptionTags.decode("Supported", "100rel, timer,precondition ,sec-agree");
		assertThat(supported.parts()).extracting(DecodedValue::label)
			.containsExactly("100rel", "timer", "precondition", "sec-agree");
		assertThat(supported.parts().get(0).meaning()).contains("PRACK").contains("RFC 3262");
		assertThat(supported.findings()).isEmpty();
		assertThat(supported.parts()).allSatisfy(p -> assertThat(p.findings()).isEmpty());
	}

	@Test
	void saysWhatRequireAsksOfTheReceiver() {
		assertThat(OptionTags.decode("Require", "precondition").meaning()).contains("420 Bad Extension");
		assertThat(OptionTags.decode("Unsupported", "100rel").meaning()).contains("does not support");
	}

	@Test
	void notesAnUnregisteredTag() {
		DecodedValue require = OptionTags.decode("Proxy-Require", "sec-agree, x-vendor-magic");
		assertThat(require.allFindings()).extracting(ImsFinding::code).containsExactly("option-tag-unregistered");
		assertThat(require.allFindings().get(0).message()).contains("x-vendor-magic");
	}

	@Test
	void isReachedThroughTheHeaderDispatchAndCompactForms() {
		List<DecodedValue> viaDispatch = ImsDecoders.decodeHeader("k", "path");
		assertThat(viaDispatch).singleElement().satisfies(v -> assertThat(v.parts()).extracting(DecodedValue::label)
			.containsExactly("path"));
	}

}
