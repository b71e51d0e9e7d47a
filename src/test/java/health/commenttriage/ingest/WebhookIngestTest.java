package health.commenttriage.ingest;

import static health.commenttriage.ingest.SignedWebhooks.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.message.Message;
import health.commenttriage.message.MessageRevision;
import health.commenttriage.queue.TriageItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Our own fixtures, one per event kind, through the real endpoints and the workers. */
@QuarkusTest
class WebhookIngestTest {

    @Inject
    InboxWorker worker;

    @Test
    void aFacebookCommentIsAddedEditedWithHistoryAndWithdrawn() {
        SignedWebhooks.meta(fixture("meta/feed-comment-add.json")).then().statusCode(200);
        worker.drain(100);
        Message comment = message("facebook", "7001_8001").orElseThrow();
        assertThat(comment.channel).isEqualTo("comment");
        assertThat(comment.text).isEqualTo("Is the clinic open on Thanksgiving?");
        assertThat(comment.authorId).isEqualTo("9900001");
        assertThat(comment.authorName).isEqualTo("Ana Writer");
        assertThat(comment.conversationId).isEqualTo("555000111_7001");
        assertThat(comment.permalink).isEqualTo("https://www.facebook.com/555000111_7001?comment_id=8001");

        SignedWebhooks.meta(fixture("meta/feed-comment-edited.json")).then().statusCode(200);
        worker.drain(100);
        Message edited = message("facebook", "7001_8001").orElseThrow();
        assertThat(edited.text).isEqualTo("Is the clinic open on Thanksgiving morning?");
        assertThat(edited.state).isEqualTo(Message.EDITED);
        assertThat(revisions(edited.id)).containsExactly("Is the clinic open on Thanksgiving?");
        assertThat(item(edited).status).isEqualTo(TriageItem.Status.NEW);

        SignedWebhooks.meta(fixture("meta/feed-comment-remove.json")).then().statusCode(200);
        worker.drain(100);
        Message removed = message("facebook", "7001_8001").orElseThrow();
        assertThat(removed.state).isEqualTo(Message.DELETED);
        assertThat(item(removed).status).isEqualTo(TriageItem.Status.WITHDRAWN);
    }

    @Test
    void thePagesOwnCommentIsNotInbound() {
        SignedWebhooks.meta(fixture("meta/feed-comment-by-page.json")).then().statusCode(200);
        worker.drain(100);
        assertThat(message("facebook", "7001_8002")).isEmpty();
    }

    @Test
    void everyChangeOfABatchBecomesAMessage() {
        SignedWebhooks.meta(fixture("meta/feed-batch.json")).then().statusCode(200);
        worker.drain(100);
        Message post = message("facebook", "555000111_7100").orElseThrow();
        assertThat(post.text).isEqualTo("Posting on your wall: great staff!");
        Message reply = message("facebook", "7100_8100").orElseThrow();
        assertThat(reply.parentId).isEqualTo("555000111_7100");
        assertThat(reply.attachmentKinds).containsExactly("image");
        assertThat(item(post).id).isNotEqualTo(item(reply).id);
    }

    @Test
    void messengerDirectMessagesJoinTheirConversationAndFollowEditsAndUnsends() {
        SignedWebhooks.meta(fixture("meta/messenger-dm.json")).then().statusCode(200);
        SignedWebhooks.meta(fixture("meta/messenger-dm-second.json")).then().statusCode(200);
        worker.drain(100);
        Message first = message("messenger", "m_own_fixture_1").orElseThrow();
        Message second = message("messenger", "m_own_fixture_2").orElseThrow();
        assertThat(first.channel).isEqualTo("dm");
        assertThat(first.conversationId).isEqualTo("555000111:6600001");
        assertThat(second.attachmentKinds).containsExactly("image");
        assertThat(second.triageItemId).isEqualTo(first.triageItemId);

        SignedWebhooks.meta(fixture("meta/messenger-edit.json")).then().statusCode(200);
        SignedWebhooks.meta(fixture("meta/messenger-unsend.json")).then().statusCode(200);
        worker.drain(100);
        assertThat(message("messenger", "m_own_fixture_1").orElseThrow().text)
                .isEqualTo("Hi, can I reschedule my Friday appointment?");
        assertThat(message("messenger", "m_own_fixture_2").orElseThrow().state).isEqualTo(Message.DELETED);
        // one message of the conversation is still there, so the item stays open
        assertThat(item(first).status).isEqualTo(TriageItem.Status.NEW);
    }

    @Test
    void echoesReceiptsPostbacksAndStandbyAreStoredButMakeNoMessage() {
        SignedWebhooks.meta(fixture("meta/messenger-ignored.json")).then().statusCode(200);
        worker.drain(100);
        assertThat(message("messenger", "m_own_echo")).isEmpty();
        assertThat(message("messenger", "m_standby")).isEmpty();
        assertThat(lastDelivery("meta").status).isEqualTo(InboundEvent.Status.IGNORED);
    }

    @Test
    void instagramCommentsAndDirectMessagesWithoutOurOwn() {
        SignedWebhooks.meta(fixture("meta/instagram-comment.json")).then().statusCode(200);
        SignedWebhooks.meta(fixture("meta/instagram-dm.json")).then().statusCode(200);
        worker.drain(100);
        Message comment = message("instagram", "18000000000000001").orElseThrow();
        assertThat(comment.authorName).isEqualTo("dee.asks");
        assertThat(comment.conversationId).isEqualTo("17900000000000001");
        assertThat(message("instagram", "18000000000000002")).as("our own reply").isEmpty();
        Message dm = message("instagram", "ig_own_mid_1").orElseThrow();
        assertThat(dm.channel).isEqualTo("dm");
        assertThat(dm.text).isEqualTo("hola, ¿tienen citas el sábado?");
        assertThat(message("instagram", "ig_own_echo")).isEmpty();
    }

    @Test
    void xAccountActivityTweetsAndDirectMessagesWithoutOurOwn() {
        SignedWebhooks.x(fixture("x/aaa-tweet-and-dm.json")).then().statusCode(200);
        worker.drain(100);
        Message tweet = message("x", "2000000000000000001").orElseThrow();
        assertThat(tweet.text).isEqualTo("@testpractice what are your hours tomorrow?");
        assertThat(tweet.lang).isEqualTo("en");
        assertThat(tweet.permalink).isEqualTo("https://x.com/evetweets/status/2000000000000000001");
        assertThat(message("x", "2000000000000000002")).as("our own reply").isEmpty();
        Message dm = message("x", "dm:2100000000000000001").orElseThrow();
        assertThat(dm.authorName).isEqualTo("Finn Dm");
        assertThat(dm.channel).isEqualTo("dm");
        assertThat(message("x", "dm:2100000000000000002")).as("our own DM").isEmpty();
    }

    @Test
    void xActivityMentions() {
        SignedWebhooks.x(fixture("x/xaa-mention.json")).then().statusCode(200);
        worker.drain(100);
        Message mention = message("x", "2200000000000000001").orElseThrow();
        assertThat(mention.authorName).isEqualTo("Gus Mentions");
        assertThat(mention.permalink).isEqualTo("https://x.com/gusm/status/2200000000000000001");
    }

    @Test
    void aGenericDeliveryFromAWebForm() {
        byte[] body = """
                {"id":"form-77","channel":"dm","author":{"id":"visitor-5","name":"Hal Form"},
                 "text":"Please call me about my bill","url":"https://practice.example/contact","lang":"en",
                 "createdAt":"2026-11-24T10:00:00Z"}""".getBytes();
        SignedWebhooks.generic("webform", "evt-form-77", body).then().statusCode(200);
        worker.drain(100);
        Message message = message("generic", "webform:form-77").orElseThrow();
        assertThat(message.authorName).isEqualTo("Hal Form");
        assertThat(message.permalink).isEqualTo("https://practice.example/contact");
    }

    static Optional<Message> message(String platform, String id) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>find(
                "platform = ?1 and platformMessageId = ?2", platform, id).firstResultOptional());
    }

    static TriageItem item(Message message) {
        return QuarkusTransaction.requiringNew().call(() -> TriageItem.findById(message.triageItemId));
    }

    static InboundEvent lastDelivery(String platform) {
        return QuarkusTransaction.requiringNew().call(
                () -> InboundEvent.<InboundEvent>find("platform = ?1 order by id desc", platform).firstResult());
    }

    private static List<String> revisions(long messageId) {
        return QuarkusTransaction.requiringNew().call(() -> MessageRevision.<MessageRevision>list(
                "messageId = ?1 order by id", messageId).stream().map(r -> r.text).toList());
    }
}
