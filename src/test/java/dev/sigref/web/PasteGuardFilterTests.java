package dev.sigref.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import dev.sigref.decode.DecoderProperties;

class PasteGuardFilterTests {

	private final PasteGuardFilter filter;

	PasteGuardFilterTests() {
		DecoderProperties properties = new DecoderProperties();
		properties.setMaxPasteSize(DataSize.ofKilobytes(4));
		this.filter = new PasteGuardFilter(properties);
	}

	/** A request that declares a length without carrying the bytes, as a client does before it sends them. */
	private static MockHttpServletRequest declaring(String uri, long length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
			@Override
			public long getContentLengthLong() {
				return length;
			}
		};
		return request;
	}

	@Test
	void refusesAnApiBodyDeclaredOverTheLimitBeforeReadingIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(declaring("/api/decode", 5000), response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"limitBytes\":4096");
		assertThat(chain.getRequest()).as("the controller was not called").isNull();
	}

	@Test
	void allowsFormsThreeTimesTheLimitForPercentEncoding() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(declaring("/decode", 3 * 4096), response, chain);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void refusesAFormDeclaredFarOverTheLimitWithAnHtmlPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(declaring("/decode", 50_000_000), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("Paste too large").contains("up to 4 KiB");
	}

	@Test
	void leavesOtherRequestsAlone() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(declaring("/messages", 50_000_000), response, chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getHeader("Cache-Control")).isNull();
	}

}
