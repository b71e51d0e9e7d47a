package health.commenttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.audit.AuditEvent;
import health.commenttriage.message.Message;
import health.commenttriage.practice.PracticeService;
import health.commenttriage.queue.TriageItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A delivery in the inbox becomes a message and an open item, once, whatever is repeated. */
@QuarkusTest
class InboxPipelineTest {

    @Inject
    Inbox inbox;

    @Inject
    InboxWorker worker;

    @Inject
    PracticeService practices;

    private String source;

    @BeforeEach
    void routeAFreshSource() {
        source = "form-" + UUID.randomUUID();
        long practice = practices.ensurePractice("pipeline-" + source, "Pipeline test practice", "UTC");
        practices.addChannelAccount(practice, "generic", source, "test form");
    }

    @Test
    void aDeliveryBecomesAMessageAndAnOpenItem() {
        String id = UUID.randomUUID().toString();
        assertThat(accept(id, comment(id, "what are your hours on friday?"))).isEqualTo(Inbox.Outcome.ACCEPTED);

        worker.drain(100);

        Message message = QuarkusTransaction.requiringNew().call(
                () -> Message.<Message>find("platformMessageId", source + ":" + id).singleResult());
        assertThat(message.text).isEqualTo("what are your hours on friday?");
        assertThat(message.channel).isEqualTo("comment");
        TriageItem item = QuarkusTransaction.requiringNew().call(() -> TriageItem.findById(message.triageItemId));
        assertThat(item.status).isEqualTo(TriageItem.Status.NEW);
        assertThat(message.labels).isNotEmpty();
        assertThat(item.labels).isEqualTo(message.labels);
        assertThat(item.priority).isEqualTo(message.priority);
        assertThat(item.dueAt == null).as("only P5 has no due time").isEqualTo(item.priority == 5);
        assertThat(deliveryStatus(id)).isEqualTo(InboundEvent.Status.PROCESSED);
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("triageItemId = ?1 and action = 'item.created'", item.id))).isEqualTo(1);
    }

    @Test
    void theSameDeliveryThreeTimesIsOneMessageAndOneItem() {
        String id = UUID.randomUUID().toString();
        byte[] body = comment(id, "thank you all!");
        assertThat(accept(id, body)).isEqualTo(Inbox.Outcome.ACCEPTED);
        assertThat(accept(id, body)).isEqualTo(Inbox.Outcome.DUPLICATE);
        worker.drain(100);
        assertThat(accept(id, body)).isEqualTo(Inbox.Outcome.DUPLICATE);
        worker.drain(100);

        assertThat(messagesFromSource()).isEqualTo(1);
        assertThat(itemsOfSource()).isEqualTo(1);
    }

    @Test
    void aMessageRepeatedInAnotherDeliveryIsStoredOnce() {
        String id = UUID.randomUUID().toString();
        accept("first-" + id, comment(id, "same comment"));
        accept("second-" + id, comment(id, "same comment"));
        worker.drain(100);

        assertThat(messagesFromSource()).isEqualTo(1);
        assertThat(itemsOfSource()).isEqualTo(1);
        assertThat(deliveryStatus("second-" + id)).isEqualTo(InboundEvent.Status.PROCESSED);
    }

    @Test
    void directMessagesOfOneConversationShareTheOpenItem() {
        accept("dm-1", dm("dm-1", "author-7", "hello, question about my bill"));
        accept("dm-2", dm("dm-2", "author-7", "it's about last month's visit"));
        accept("dm-3", dm("dm-3", "author-8", "a different person"));
        worker.drain(100);

        assertThat(messagesFromSource()).isEqualTo(3);
        assertThat(itemsOfSource()).isEqualTo(2);
    }

    @Test
    void anUnparseableDeliveryIsKeptAsFailedWithAReason() {
        accept("broken", "{\"id\": \"broken\", \"channel\": \"fax\"}".getBytes(StandardCharsets.UTF_8));
        accept("not-json", "not json at all".getBytes(StandardCharsets.UTF_8));
        worker.drain(100);

        InboundEvent broken = delivery("broken");
        assertThat(broken.status).isEqualTo(InboundEvent.Status.FAILED);
        assertThat(broken.lastError).contains("channel");
        InboundEvent notJson = delivery("not-json");
        assertThat(notJson.status).isEqualTo(InboundEvent.Status.FAILED);
        assertThat(notJson.lastError).contains("not valid JSON").doesNotContain("not json at all");
        assertThat(messagesFromSource()).isZero();
    }

    @Test
    void aDeliveryForAnUnknownAccountIsKeptAsUnrouted() {
        String id = UUID.randomUUID().toString();
        inbox.accept("generic", id, "nobody-" + id, Map.of(), comment(id, "hi"));
        worker.drain(100);

        assertThat(QuarkusTransaction.requiringNew().call(
                () -> InboundEvent.<InboundEvent>find("deliveryId", id).singleResult().status))
                .isEqualTo(InboundEvent.Status.UNROUTED);
    }

    private Inbox.Outcome accept(String deliveryId, byte[] body) {
        return inbox.accept("generic", source + "/" + deliveryId, source, Map.of("webhook-id", deliveryId), body);
    }

    private InboundEvent delivery(String deliveryId) {
        return QuarkusTransaction.requiringNew().call(
                () -> InboundEvent.<InboundEvent>find("deliveryId", source + "/" + deliveryId).singleResult());
    }

    private InboundEvent.Status deliveryStatus(String deliveryId) {
        return delivery(deliveryId).status;
    }

    private long messagesFromSource() {
        return QuarkusTransaction.requiringNew().call(
                () -> Message.count("platformMessageId like ?1", source + ":%"));
    }

    private long itemsOfSource() {
        return QuarkusTransaction.requiringNew().call(() -> TriageItem.count(
                "id in (select m.triageItemId from Message m where m.platformMessageId like ?1)", source + ":%"));
    }

    private static byte[] comment(String id, String text) {
        return ("{\"id\":\"" + id + "\",\"channel\":\"comment\",\"author\":{\"id\":\"a1\",\"name\":\"Test Writer\"},"
                + "\"text\":\"" + text + "\",\"lang\":\"en\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dm(String id, String author, String text) {
        return ("{\"id\":\"" + id + "\",\"channel\":\"dm\",\"author\":{\"id\":\"" + author + "\",\"name\":\"W\"},"
                + "\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
