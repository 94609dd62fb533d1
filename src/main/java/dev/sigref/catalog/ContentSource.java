package dev.sigref.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the content files: from the configured directory when it exists (the checkout, when developing), otherwise from
 * the copy packaged in the jar, so that {@code java -jar} works from any directory.
 */
public final class ContentSource {

	private static final String CLASSPATH_ROOT = "content/";

	private ContentSource() {
	}

	public static List<ContentFile> load(String directory) {
		Path dir = Path.of(directory);
		return Files.isDirectory(dir) ? fromDirectory(dir) : fromClasspath();
	}

	/** Reads every {@code .md} file under the directory; paths are given as "content/…" relative to its parent. */
	public static List<ContentFile> fromDirectory(Path dir) {
		String prefix = dir.toAbsolutePath().normalize().getFileName() + "/";
		try (Stream<Path> walk = Files.walk(dir)) {
			List<ContentFile> files = new ArrayList<>();
			for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md"))
				.sorted(Comparator.comparing(Path::toString))
				.toList()) {
				String relative = dir.relativize(p).toString().replace('\\', '/');
				files.add(new ContentFile(prefix + relative, Files.readString(p, StandardCharsets.UTF_8)));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read content directory " + dir.toAbsolutePath(), ex);
		}
	}

	static List<ContentFile> fromClasspath() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + CLASSPATH_ROOT + "**/*.md");
			List<ContentFile> files = new ArrayList<>();
			for (Resource r : resources) {
				String url = r.getURL().toString();
				String relative = url.substring(url.lastIndexOf("/" + CLASSPATH_ROOT) + 1);
				files.add(new ContentFile(relative, r.getContentAsString(StandardCharsets.UTF_8)));
			}
			files.sort(Comparator.comparing(ContentFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the content packaged in the application", ex);
		}
	}

}
