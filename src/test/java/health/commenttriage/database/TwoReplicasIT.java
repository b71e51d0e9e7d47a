package health.commenttriage.database;

import static health.commenttriage.user.StaffLogins.basicAuthorization;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.events.SseClient;
import health.commenttriage.ingest.generic.StandardWebhookSignature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service on one PostgreSQL, as on Kubernetes: a webhook taken by one is
 * announced to a browser of the other, and a claim race across replicas has one winner.
 */
class TwoReplicasIT {

    private static final Path JAR = Paths.get("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String SECRET = "whsec_dGVzdC1zdGFuZGFyZC13ZWJob29rcy1zZWNyZXQ=";
    private static final String ADMIN = "replica-admin";
    private static final String ADMIN_PASSWORD = "replica-admin-password";

    private Path directory;
    private EmbeddedDatabase database;
    private final List<Process> replicas = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    @BeforeEach
    void database() throws IOException {
        assertThat(JAR).as("run after the package phase").exists();
        directory = Files.createTempDirectory("triage-replicas-it");
        database = EmbeddedDatabase.start(directory.resolve("pg"), false, 0);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (Process replica : replicas) {
            replica.destroy();
            replica.waitFor(60, TimeUnit.SECONDS);
        }
        database.close();
        EmbeddedPostgresResource.deleteRecursively(directory);
    }

    @Test
    void aChangeOnOneReplicaReachesABrowserOfTheOtherAndClaimsRaceAcrossReplicas() throws Exception {
        int a = start("a");
        int b = start("b"); // after a: a has migrated the schema
        for (int port : new int[] {a, b}) {
            assertThat(send(port, "POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                    "{\"username\":\"user-" + port + "\",\"password\":\"" + ADMIN_PASSWORD + "\",\"roles\":[\"staff\"]}")
                    .statusCode()).isIn(201, 409);
        }
        try (SseClient browserOfB = SseClient.open(new URL("http://localhost:" + b + "/"), ADMIN, ADMIN_PASSWORD, null)) {
            String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String body = "{\"id\":\"" + token + "\",\"channel\":\"comment\",\"author\":{\"id\":\"r\",\"name\":\"V\"},"
                    + "\"text\":\"do you take medicaid " + token + "\",\"lang\":\"en\"}";
            assertThat(webhook(a, token, body)).as("replica a takes the webhook").isEqualTo(200);

            SseClient.Event created = browserOfB.next(e -> e.type().equals("item.created"), Duration.ofSeconds(30));
            long item = created.itemId();

            CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> claim(a, "user-" + a, item));
            CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> claim(b, "user-" + b, item));
            assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(200, 409);
            browserOfB.next(e -> e.type().equals("item.claimed") && e.itemId() == item, Duration.ofSeconds(10));

            // a stream never ends by itself: stopping the replica closes it instead of waiting it out
            Process replicaB = replicas.get(1);
            replicaB.destroy();
            assertThat(replicaB.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // without closing the stream, Quarkus waits out its 20 s shutdown timeout and logs this
            assertThat(Files.readString(logs.get(1))).contains("stopped in")
                    .doesNotContain("Timed out waiting for graceful shutdown");
        }
    }

    private int start(String name) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        Path log = directory.resolve(name + ".log");
        logs.add(log);
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TRIAGE_"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("TRIAGE_ADMIN_USER", ADMIN);
        env.put("TRIAGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TRIAGE_GENERIC_WEBHOOK_SECRET", SECRET);
        env.put("TRIAGE_CHANNEL_ACCOUNTS", "generic:webform");
        Process process = builder.start();
        replicas.add(process);
        long started = System.nanoTime();
        while (status(managementPort) != 200) {
            assertThat(process.isAlive()).as("replica %s runs; its log:%n%s", name, Files.readString(log)).isTrue();
            assertThat(System.nanoTime() - started).as("ready within 60 s").isLessThan(TimeUnit.SECONDS.toNanos(60));
            Thread.sleep(200);
        }
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int webhook(int port, String id, String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/generic/webform"))
                .header("Content-Type", "application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhookSignature.sign(SECRET, id, now, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int claim(int port, String user, long item) {
        try {
            return send(port, "POST", "/api/v1/items/" + item + "/claim", user, ADMIN_PASSWORD, null).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(int port, String method, String path, String user, String password,
            String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basicAuthorization(user, password))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
