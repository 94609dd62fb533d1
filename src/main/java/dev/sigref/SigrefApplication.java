package dev.sigref;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import dev.sigref.catalog.ContentProperties;
import dev.sigref.decode.DecoderProperties;

/** Listed here rather than scanned, so that slice tests get the same properties as the application. */
@SpringBootApplication
@EnableConfigurationProperties({ ContentProperties.class, DecoderProperties.class })
public class SigrefApplication {

	public static void main(String[] args) {
		SpringApplication.run(SigrefApplication.class, args);
	}

}
