package dev.sigref.catalog;

import java.util.List;
import java.util.Map;

/** Small catalogs for web tests, built through the real validator so they look like imported content. */
public final class TestCatalogs {

	private TestCatalogs() {
	}

	/** INVITE, ACK, 486 Busy Here and 604 Does Not Exist Anywhere, linked the way real entries are. */
	public static CatalogSnapshot standard() {
		var files = List.of(
				EntryFixture.request("INVITE").with("next", List.of("486-busy-here", "604-does-not-exist-anywhere"))
					.withIe("Via", "mandatory").file(),
				EntryFixture.request("ACK").with("previous", List.of("486-busy-here", "604-does-not-exist-anywhere"))
					.with("directions", List.of(Map.of("from", "UE", "to", "P-CSCF", "when", "the caller acknowledges")))
					.file(),
				EntryFixture.response(486, "Busy Here").with("previous", List.of("invite")).with("next", List.of("ack"))
					.with("interfaces", List.of("Gm", "Mw", "ISC")).file(),
				EntryFixture.response(604, "Does Not Exist Anywhere").with("previous", List.of("invite"))
					.with("next", List.of("ack")).with("related", List.of("486-busy-here"))
					.with("summary", "The I-CSCF found no such user <b>anywhere</b>.").file());
		ContentValidator.Result result = new ContentValidator(SipRegistry.get()).validate(files);
		if (!result.valid()) {
			throw new IllegalStateException(result.problems().toString());
		}
		return new CatalogSnapshot("0123456789abcdef0123456789abcdef", result.definitions());
	}

	/** REGISTER, 401 and 200 with a registration flow and the Via and Call-ID header entries. */
	public static CatalogSnapshot withFlowsAndHeaders() {
		var files = List.of(EntryFixture.request("REGISTER").withIe("Via", "mandatory").file(),
				EntryFixture.response(401, "Unauthorized").file(), EntryFixture.response(200, "OK").file(),
				new FlowFixture("initial-registration").with("title", "Initial <registration>")
					.withStep("scscf", "scscf", null, "store contact </text><script>alert(1)</script>").file(),
				new HeaderFixture("Via", "v", "RFC 3261").file(), new HeaderFixture("Call-ID", "i", "RFC 3261").file());
		ContentValidator.Result result = new ContentValidator(SipRegistry.get()).validate(files);
		if (!result.valid()) {
			throw new IllegalStateException(result.problems().toString());
		}
		return new CatalogSnapshot("fedcba9876543210fedcba9876543210", result.definitions(), result.flows(),
				result.headers());
	}

	/** Two flows with the same message sequence, as an MO and an MT call have. */
	public static CatalogSnapshot withTwinFlows() {
		var files = List.of(EntryFixture.request("REGISTER").file(), EntryFixture.response(401, "Unauthorized").file(),
				EntryFixture.response(200, "OK").file(), new FlowFixture("initial-registration").file(),
				new FlowFixture("registration-twin").with("title", "Registration seen from the network").file());
		ContentValidator.Result result = new ContentValidator(SipRegistry.get()).validate(files);
		if (!result.valid()) {
			throw new IllegalStateException(result.problems().toString());
		}
		return new CatalogSnapshot("0", result.definitions(), result.flows(), result.headers());
	}

}
