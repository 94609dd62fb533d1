package dev.sigref.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Checks every file under content/ the way the start-up import does; fails listing each file:line: problem. */
class ContentFilesTest {

	/** The real content tree; another tree can be checked with -Dsigref.content.directory=… */
	private static final List<ContentFile> FILES = ContentSource
		.fromDirectory(Path.of(System.getProperty("sigref.content.directory", "content")));

	@Test
	void everyContentFileIsValid() {
		ContentValidator.Result result = new ContentValidator(SipRegistry.get()).validate(FILES);
		assertThat(result.problems())
			.as(() -> "\n" + result.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Test
	void everyRegisteredResponseCodeAndMethodHasAnEntry() {
		Set<String> slugs = FILES.stream().filter(f -> f.path().contains("/messages/")).map(ContentFile::baseName)
			.collect(Collectors.toSet());
		List<String> missing = SipRegistry.get().responseCodes().values().stream()
			.map(c -> Slugs.ofResponse(c.code(), c.reasonPhrase()))
			.filter(s -> !slugs.contains(s))
			.collect(Collectors.toList());
		SipRegistry.get().methods().keySet().stream().map(Slugs::ofRequest).filter(s -> !slugs.contains(s))
			.forEach(missing::add);
		assertThat(missing).as("registry entries without a content file").isEmpty();
	}

	@Test
	void everyRegisteredHeaderFieldHasAnEntry() {
		Set<String> slugs = FILES.stream().filter(f -> f.path().contains("/headers/")).map(ContentFile::baseName)
			.collect(Collectors.toSet());
		List<String> missing = SipRegistry.get().headers().stream().map(h -> Slugs.kebab(h.name()))
			.filter(s -> !slugs.contains(s)).sorted().toList();
		assertThat(missing).as("registered header fields without a content/headers entry").isEmpty();
	}

	@Test
	void atLeastTwentyImsProceduresAreDescribed() {
		assertThat(FILES.stream().filter(f -> f.path().contains("/flows/")).count()).isGreaterThanOrEqualTo(20);
	}

}
