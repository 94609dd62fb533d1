package dev.sigref.web;

import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import dev.sigref.catalog.CatalogSnapshot;

/**
 * ETags for pages rendered from the catalog: a page changes only when the content version or the application build
 * changes, so a browser revalidating gets a 304 without the page being rendered again.
 */
@Component
public class PageCaching {

	private final String build;

	public PageCaching(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties props = buildProperties.getIfAvailable();
		Instant stamp = props != null && props.getTime() != null ? props.getTime() : Instant.now();
		this.build = Long.toString(stamp.toEpochMilli(), 36);
	}

	/** Cache-Control that makes browsers revalidate every time, cheaply, with the ETag. */
	public static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

	/** True when the browser's copy is current: the handler then returns nothing and a 304 goes out. */
	public boolean notModified(WebRequest request, CatalogSnapshot snapshot, String page) {
		String version = snapshot.version().isEmpty() ? "empty" : snapshot.version().substring(0, 16);
		return request.checkNotModified("\"" + version + "-" + build + "-" + Integer.toHexString(page.hashCode()) + "\"");
	}

}
