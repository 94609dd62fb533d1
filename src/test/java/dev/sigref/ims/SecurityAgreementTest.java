package dev.sigref.ims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityAgreementTest {

	@Test
	void decodesEachIpsecMechanismOfAVolteSecurityClient() {
		List<DecodedValue> mechanisms = SecurityAgreement.decode("Security-Client",
				"ipsec-3gpp;alg=hmac-sha-1-96;ealg=aes-cbc;spi-c=3929102;spi-s=3929103;port-c=5062;port-s=5064;prot=esp;mod=trans,"
						+ " ipsec-3gpp;alg=hmac-md5-96;ealg=null;spi-c=3929102;spi-s=3929103;port-c=5062;port-s=5064");

		assertThat(mechanisms).hasSize(2);
		DecodedValue first = mechanisms.get(0);
		assertThat(first.part("mechanism").orElseThrow().raw()).isEqualTo("ipsec-3gpp");
		assertThat(first.part("alg").orElseThrow().meaning()).isEqualTo("integrity algorithm HMAC-SHA-1-96");
		assertThat(first.part("ealg").orElseThrow().meaning()).contains("AES");
		assertThat(first.part("port-s").orElseThrow().meaning()).isEqualTo("protected server port");
		assertThat(first.part("mod").orElseThrow().meaning()).isEqualTo("transport mode");
		assertThat(first.meaning()).endsWith("offered by the UE");
		assertThat(mechanisms).allSatisfy(m -> assertThat(m.allFindings()).isEmpty());
	}

	@Test
	void flagsAnIpsecMechanismWithoutSpisOrPorts() {
		DecodedValue mechanism = SecurityAgreement.decode("Security-Server", "ipsec-3gpp;q=0.1;alg=hmac-sha-1-96;spi-c=1234;"
				+ "port-c=5062").get(0);

		assertThat(mechanism.hasFinding("ipsec-spi-missing")).isTrue();
		assertThat(mechanism.hasFinding("ipsec-port-missing")).isTrue();
		assertThat(mechanism.part("q").orElseThrow().meaning()).contains("0.1");
	}

	@Test
	void flagsAnUnknownIntegrityAlgorithmAndABadPort() {
		DecodedValue mechanism = SecurityAgreement.decode("Security-Verify",
				"ipsec-3gpp;alg=hmac-sha-256;spi-c=1000;spi-s=1001;port-c=5062;port-s=70000").get(0);

		assertThat(mechanism.hasFinding("ipsec-alg-unknown")).isTrue();
		assertThat(mechanism.hasFinding("ipsec-port-invalid")).isTrue();
	}

	@Test
	void recognisesMediaPlaneSecurityAndOtherMechanisms() {
		List<DecodedValue> mechanisms = SecurityAgreement.decode("Security-Client", "sdes-srtp;mediasec, tls;q=0.2, digest");

		assertThat(mechanisms.get(0).meaning()).contains("SRTP").contains("(media plane)");
		assertThat(mechanisms.get(1).part("mechanism").orElseThrow().meaning()).contains("TLS");
		assertThat(mechanisms.get(2).allFindings()).isEmpty();
	}

}
