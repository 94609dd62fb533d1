package dev.sigref.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import dev.sigref.SigrefApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application on a real PostgreSQL with the {@code postgres} profile: the same migrations, the real content, and
 * several replicas starting at once against one database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresImportIT {

	static EmbeddedPostgres postgres;

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		postgres.close();
	}

	/** The real content tree; overridable so the mechanics can be tried on another tree. */
	private static final String CONTENT = System.getProperty("sigref.content.directory", "content");

	private static ConfigurableApplicationContext startReplica(String database) {
		// Each replica gets its own Tomcat base directory: three embedded Tomcats creating their temporary homes at
		// the same moment in one JVM failed once ("Unable to create the directory"); separate JVMs never share them.
		Path base;
		try {
			base = Files.createTempDirectory("sigref-replica-");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return new SpringApplicationBuilder(SigrefApplication.class).profiles("postgres")
			.properties("server.port=0", "SIGREF_DB_URL=" + postgres.getJdbcUrl("postgres", database),
					"SIGREF_DB_USER=postgres", "SIGREF_DB_PASSWORD=", "spring.main.banner-mode=off",
					"sigref.content.directory=" + CONTENT, "server.tomcat.basedir=" + base)
			.run();
	}

	private static void createDatabase(String name) throws Exception {
		try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("create database " + name);
		}
	}

	@Test
	@Order(1)
	void servesTheWholeCatalogFromPostgres() throws Exception {
		createDatabase("single");
		try (ConfigurableApplicationContext app = startReplica("single")) {
			Catalog catalog = app.getBean(Catalog.class);
			var files = ContentSource.fromDirectory(java.nio.file.Path.of(CONTENT));
			assertThat(catalog.snapshot().entries())
				.hasSize((int) files.stream().filter(f -> f.path().contains("/messages/")).count());
			assertThat(catalog.snapshot().flows())
				.hasSize((int) files.stream().filter(f -> f.path().contains("/flows/")).count());
			String port = app.getEnvironment().getProperty("local.server.port");
			MessageDefinition any = catalog.snapshot().entries().get(0);
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + any.url())).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("<h1>" + any.title() + "</h1>");
		}
	}

	@Test
	@Order(2) // after a replica started alone, so that Spring Boot has set up logging once
	void replicasStartingTogetherImportTheContentExactlyOnce() throws Exception {
		createDatabase("replicas");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<ConfigurableApplicationContext> apps = new ArrayList<>();
		// Real replicas are separate JVMs; these three share one Logback context, whose set-up is not thread-safe
		// (it failed once with a ConcurrentModificationException in LoggerContext.putProperty). Logging is already set
		// up by the first test, so the replicas leave it alone; what is under test, the import, still runs concurrently.
		String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				starts.add(pool.submit((Callable<ConfigurableApplicationContext>) () -> startReplica("replicas")));
			}
			for (Future<ConfigurableApplicationContext> f : starts) {
				apps.add(f.get());
			}
			try (var c = postgres.getDatabase("postgres", "replicas").getConnection(); var s = c.createStatement()) {
				var rs = s.executeQuery("select count(*), count(distinct slug) from message_entry");
				rs.next();
				int rows = rs.getInt(1);
				int distinct = rs.getInt(2);
				assertThat(rows).isEqualTo(distinct).isGreaterThan(0);
				var state = s.executeQuery("select entry_count from catalog_state");
				state.next();
				assertThat(state.getInt(1)).isEqualTo(rows);
			}
			long imports = apps.stream()
				.map(a -> a.getBean(StartupContentImport.class).lastOutcome())
				.filter(ImportOutcome::imported)
				.count();
			assertThat(imports).as("replicas that wrote the catalog").isEqualTo(1);
			String version = apps.get(0).getBean(Catalog.class).snapshot().version();
			assertThat(apps).allSatisfy(a -> assertThat(a.getBean(Catalog.class).snapshot().version()).isEqualTo(version));
		}
		finally {
			if (loggingSystem == null) {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
			else {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
			}
			apps.forEach(ConfigurableApplicationContext::close);
			pool.shutdownNow();
		}
	}

}
