package health.commenttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.message.Message;
import health.commenttriage.queue.TriageItem;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Duplicates, races and a worker that dies half-way change nothing: one message, one item. */
@QuarkusTest
class DeliveryIdempotenceTest {

    @Inject
    InboxWorker worker;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/webhooks/meta")
    URI metaEndpoint;

    @Test
    void theSameDeliveryThreeTimesIsOneMessageAndOneItem() {
        String commentId = "idem3_" + UUID.randomUUID();
        byte[] body = comment(commentId);
        for (int i = 0; i < 3; i++) {
            SignedWebhooks.meta(body).then().statusCode(200);
            worker.drain(100);
        }
        assertOneMessageAndOneItem(commentId);
    }

    @Test
    void fiftyConcurrentCopiesAreOneMessageAndOneItem() throws Exception {
        String commentId = "idem50_" + UUID.randomUUID();
        byte[] body = comment(commentId);
        String signature = health.commenttriage.ingest.meta.MetaSignature.sign(SignedWebhooks.META_SECRET, body);
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(metaEndpoint)
                            .header("X-Hub-Signature-256", signature)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> InboundEvent.count("deliveryId",
                "sha256:" + Hmac.bodyHash(body)))).isEqualTo(1);
        worker.drain(100);
        assertOneMessageAndOneItem(commentId);
    }

    @Test
    void aDeliveryHeldByAWorkerThatDiesIsProcessedByTheNextOneExactlyOnce() throws Exception {
        String commentId = "crash_" + UUID.randomUUID();
        byte[] body = comment(commentId);
        SignedWebhooks.meta(body).then().statusCode(200);
        String deliveryId = "sha256:" + Hmac.bodyHash(body);

        try (Connection dying = dataSource.getConnection()) {
            dying.setAutoCommit(false);
            // the dying worker takes the delivery as the real worker does, and writes part of its work
            long id;
            try (PreparedStatement take = dying.prepareStatement("SELECT id FROM inbound_event WHERE delivery_id = ?"
                    + " AND status = 'PENDING' FOR UPDATE SKIP LOCKED")) {
                take.setString(1, deliveryId);
                try (ResultSet rs = take.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement partial = dying.prepareStatement("INSERT INTO message (practice_id,"
                    + " inbound_event_id, platform, channel, platform_message_id, text, created_at)"
                    + " SELECT min(id), ?, 'facebook', 'comment', ?, 'half-done', now() FROM practice")) {
                partial.setLong(1, id);
                partial.setString(2, commentId);
                partial.executeUpdate();
            }
            // meanwhile another replica's worker does not touch the delivery that is held
            worker.drain(100);
            assertThat(status(deliveryId)).isEqualTo(InboundEvent.Status.PENDING);
            dying.rollback(); // the worker dies: its transaction never commits
        }

        worker.drain(100);
        assertThat(status(deliveryId)).isEqualTo(InboundEvent.Status.PROCESSED);
        assertOneMessageAndOneItem(commentId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.<Message>find(
                "platformMessageId", "7777_" + commentId).singleResult().text)).isEqualTo("a comment " + commentId);
    }

    private static InboundEvent.Status status(String deliveryId) {
        return QuarkusTransaction.requiringNew().call(
                () -> InboundEvent.<InboundEvent>find("deliveryId", deliveryId).singleResult().status);
    }

    private static void assertOneMessageAndOneItem(String commentId) {
        String id = "7777_" + commentId;
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count("platformMessageId", id)))
                .isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> TriageItem.count(
                "id in (select m.triageItemId from Message m where m.platformMessageId = ?1)", id))).isEqualTo(1);
    }

    private static byte[] comment(String commentId) {
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"555000111\",\"time\":1764000000,\"changes\":[{\"field\":"
                + "\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"7777_" + commentId
                + "\",\"post_id\":\"555000111_7777\",\"from\":{\"id\":\"123\",\"name\":\"Racer\"},"
                + "\"created_time\":1764000000,\"message\":\"a comment " + commentId + "\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
