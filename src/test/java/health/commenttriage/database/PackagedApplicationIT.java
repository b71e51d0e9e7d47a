package health.commenttriage.database;

import static health.commenttriage.user.StaffLogins.basicAuthorization;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as an operator runs it: refuses to start without a database choice, runs on the
 * embedded PostgreSQL with {@code TRIAGE_EMBEDDED_DB=true}, leaves no postgres behind after SIGTERM,
 * keeps its data across restarts, and recovers from a SIGKILL of the JVM.
 */
class PackagedApplicationIT {

    private static final Path JAR = Paths.get("target", "quarkus-app", "quarkus-run.jar");
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Path dataDirectory;
    private Path logFile;
    private int port;
    private int managementPort;
    private final java.util.List<Process> processes = new java.util.ArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        assertThat(JAR).as("run after the package phase").exists();
        dataDirectory = Files.createTempDirectory("triage-jar-it").resolve("pg");
        logFile = Files.createTempFile("triage-jar-it", ".log");
        try (ServerSocket socket = new ServerSocket(0); ServerSocket management = new ServerSocket(0)) {
            port = socket.getLocalPort();
            managementPort = management.getLocalPort();
        }
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        // a failed assertion must not leave a jar (and its postgres) running
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
        OrphanedPostmaster.stopIfRunning(dataDirectory);
        EmbeddedPostgresResource.deleteRecursively(dataDirectory.getParent());
        Files.deleteIfExists(logFile);
    }

    @Test
    void withoutADatabaseTheJarExitsWithOneClearLine() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("TRIAGE_"));
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exits within 10 s").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).isEqualTo(DatabasePlan.REFUSAL);
    }

    @Test
    void theEmbeddedDatabaseStopsWithTheJvmKeepsItsDataAndSurvivesAKill() throws Exception {
        Process first = start();
        long demoItems = openItemCount();
        assertThat(demoItems).as("demo data queued through the inbox").isGreaterThan(10);
        assertProdHardening();
        stopGracefully(first);
        assertThat(OrphanedPostmaster.runningPostmaster(dataDirectory)).as("no postgres left after SIGTERM").isEmpty();

        Process second = start();
        assertThat(openItemCount()).as("data kept across a restart, demo not loaded twice").isEqualTo(demoItems);
        second.destroyForcibly();
        second.waitFor(20, TimeUnit.SECONDS);
        assertThat(OrphanedPostmaster.runningPostmaster(dataDirectory)).as("SIGKILL orphans the postmaster")
                .isPresent();

        Process third = start();
        assertThat(openItemCount()).as("data kept after the JVM was killed").isEqualTo(demoItems);
        stopGracefully(third);
        assertThat(OrphanedPostmaster.runningPostmaster(dataDirectory)).isEmpty();
    }

    private Process start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_DATASOURCE") || k.startsWith("TRIAGE_"));
        env.put("TRIAGE_EMBEDDED_DB", "true");
        env.put("TRIAGE_DATA_DIR", dataDirectory.toString());
        env.put("TRIAGE_DEMO", "true");
        env.put("TRIAGE_ADMIN_USER", "it-admin");
        env.put("TRIAGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        long started = System.nanoTime();
        Process process = builder.start();
        processes.add(process);
        while (ready() != 200) {
            assertThat(process.isAlive()).as("the jar is running; its log:\n%s", log()).isTrue();
            assertThat(System.nanoTime() - started).as("ready within 60 s; log:\n%s", log())
                    .isLessThan(TimeUnit.SECONDS.toNanos(60));
            Thread.sleep(200);
        }
        System.out.printf("packaged jar ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        awaitDemoProcessed();
        return process;
    }

    /**
     * The workers drain the demo deliveries within a few polls, but a busy machine takes longer (a fixed 3 s once
     * counted 12 of 20 items): wait until no delivery is pending and some items are queued.
     */
    private void awaitDemoProcessed() throws Exception {
        long started = System.nanoTime();
        while (!pendingDeliveries().equals("[]") || openItemCount() <= 10) {
            assertThat(System.nanoTime() - started).as("the demo deliveries processed within 60 s; log:\n%s", log())
                    .isLessThan(TimeUnit.SECONDS.toNanos(60));
            Thread.sleep(200);
        }
    }

    private String pendingDeliveries() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/admin/deliveries?status=PENDING&limit=100"))
                .header("Authorization", basicAuthorization("it-admin", ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().strip();
    }

    /** In prod: HSTS on every answer, and the session cookie only ever sent over TLS. */
    private void assertProdHardening() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v ->
                assertThat(v).contains("max-age="));
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=it-admin&j_password=" + ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("triage-session=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict"));
    }

    private void stopGracefully(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops after SIGTERM").isTrue();
    }

    private long openItemCount() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/items?limit=500"))
                        .header("Authorization", basicAuthorization("it-admin", ADMIN_PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().split("\"id\":", -1).length - 1;
    }

    /** Readiness, on the management port (health is not on the public one). */
    private int ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String log() throws IOException {
        return Files.readString(logFile);
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
