package dev.sigref.catalog;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Shows on /actuator/info which content version this replica serves and how many entries it holds. */
@Component
class CatalogInfoContributor implements InfoContributor {

	private final Catalog catalog;

	CatalogInfoContributor(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void contribute(Info.Builder builder) {
		CatalogSnapshot snapshot = catalog.snapshot();
		builder.withDetail("catalog", Map.of("version", snapshot.version(), "entries", snapshot.entries().size()));
	}

}
