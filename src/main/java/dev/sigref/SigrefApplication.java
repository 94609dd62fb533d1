package dev.sigref;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SigrefApplication {

	public static void main(String[] args) {
		SpringApplication.run(SigrefApplication.class, args);
	}

}
