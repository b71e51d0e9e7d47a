package health.commenttriage.ingest.meta;

import static health.commenttriage.ingest.JsonFields.isTrue;
import static health.commenttriage.ingest.JsonFields.text;
import static health.commenttriage.ingest.JsonFields.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.commenttriage.ingest.DeliveryParser;
import health.commenttriage.ingest.InboundChange;
import health.commenttriage.ingest.InboundEvent;
import health.commenttriage.ingest.JsonFields;
import health.commenttriage.ingest.MalformedDeliveryException;
import health.commenttriage.ingest.ParsedDelivery;
import health.commenttriage.message.NewMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Meta deliveries. {@code object: page}: feed comments and visitor posts, page mentions, ratings
 * ({@code entry[].changes[]}) and Messenger ({@code entry[].messaging[]}). {@code object: instagram}:
 * comments, live comments, mentions and direct messages. Our own comments and echoes, receipts,
 * postbacks, quick replies and standby items are not inbound messages.
 */
@ApplicationScoped
public class MetaDeliveryParser implements DeliveryParser {

    static final String FACEBOOK = "facebook";
    static final String MESSENGER = "messenger";
    static final String INSTAGRAM = "instagram";

    private final ObjectMapper objectMapper;

    public MetaDeliveryParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public String platform() {
        return MetaWebhookResource.PLATFORM;
    }

    @Override
    public ParsedDelivery parse(InboundEvent delivery) throws MalformedDeliveryException {
        JsonNode root = JsonFields.readTree(objectMapper, delivery.body);
        String object = text(root, "object");
        if (!"page".equals(object) && !"instagram".equals(object)) {
            throw new MalformedDeliveryException("object must be \"page\" or \"instagram\"");
        }
        JsonNode entries = root.get("entry");
        if (entries == null || !entries.isArray()) {
            throw new MalformedDeliveryException("entry must be an array");
        }
        boolean instagram = "instagram".equals(object);
        List<InboundChange> changes = new ArrayList<>();
        for (JsonNode entry : entries) {
            String accountId = text(entry, "id");
            if (accountId == null) {
                throw new MalformedDeliveryException("entry.id is required");
            }
            Instant entryTime = Objects.requireNonNullElseGet(time(entry, "time"), Instant::now);
            for (JsonNode change : entry.path("changes")) {
                InboundChange parsed = instagram
                        ? instagramChange(accountId, change, entryTime)
                        : pageChange(accountId, change, entryTime);
                if (parsed != null) {
                    changes.add(parsed);
                }
            }
            // entry.standby[] belongs to another app that owns the thread: not ours to answer
            for (JsonNode messaging : entry.path("messaging")) {
                InboundChange parsed = directMessage(instagram, accountId, messaging);
                if (parsed != null) {
                    changes.add(parsed);
                }
            }
        }
        return ParsedDelivery.of(changes);
    }

    // --- Facebook Page: feed, mention, ratings ------------------------------------------------

    private static InboundChange pageChange(String pageId, JsonNode change, Instant entryTime) {
        String field = text(change, "field");
        JsonNode value = change.get("value");
        if (value == null || !value.isObject()) {
            return null; // page setting changes (parking, payment_options, ...) carry nothing to answer
        }
        return switch (Objects.requireNonNullElse(field, "")) {
            case "feed", "mention" -> feedChange(pageId, value, entryTime);
            case "ratings" -> rating(pageId, value, entryTime);
            default -> null;
        };
    }

    private static InboundChange feedChange(String pageId, JsonNode value, Instant entryTime) {
        String item = text(value, "item");
        String verb = text(value, "verb");
        String postId = text(value, "post_id");
        String commentId = text(value, "comment_id");
        boolean comment = "comment".equals(item);
        String messageId = comment ? commentId : postId;
        if (messageId == null || verb == null || !(comment || isPost(item))) {
            return null;
        }
        String authorId = JsonFields.firstNonNull(text(value, "from", "id"), text(value, "sender_id"));
        String authorName = JsonFields.firstNonNull(text(value, "from", "name"), text(value, "sender_name"));
        if (pageId.equals(authorId)) {
            return null; // the page's own comment or post
        }
        NewMessage message = new NewMessage(FACEBOOK, NewMessage.COMMENT, messageId, postId,
                comment ? text(value, "parent_id") : null, authorId, authorName, text(value, "message"), null,
                Objects.requireNonNullElse(time(value, "created_time"), entryTime),
                facebookPermalink(postId, comment ? commentId : null), attachments(value));
        return switch (verb) {
            case "add" -> InboundChange.created(FACEBOOK, pageId, message);
            case "edited" -> InboundChange.edited(FACEBOOK, pageId, message);
            case "remove" -> InboundChange.withdrawn(FACEBOOK, pageId, message);
            default -> null; // hide, unhide: a moderation state, not a new message
        };
    }

    private static boolean isPost(String item) {
        return "post".equals(item) || "status".equals(item) || "photo".equals(item) || "video".equals(item);
    }

    private static InboundChange rating(String pageId, JsonNode value, Instant entryTime) {
        String review = text(value, "review_text");
        String story = text(value, "open_graph_story_id");
        if (!"rating".equals(text(value, "item")) || !"add".equals(text(value, "verb")) || review == null
                || story == null) {
            return null;
        }
        NewMessage message = new NewMessage(FACEBOOK, NewMessage.COMMENT, "rating:" + story, null, null,
                text(value, "reviewer_id"), text(value, "reviewer_name"), review, null,
                Objects.requireNonNullElse(time(value, "created_time"), entryTime),
                "https://www.facebook.com/" + story, List.of("review"));
        return InboundChange.created(FACEBOOK, pageId, message);
    }

    private static List<String> attachments(JsonNode value) {
        List<String> kinds = new ArrayList<>();
        if (text(value, "photo") != null) {
            kinds.add("image");
        }
        if (text(value, "video") != null) {
            kinds.add("video");
        }
        return kinds;
    }

    private static String facebookPermalink(String postId, String commentId) {
        if (postId == null) {
            return null;
        }
        String link = "https://www.facebook.com/" + postId;
        if (commentId != null) {
            int underscore = commentId.indexOf('_');
            link += "?comment_id=" + (underscore >= 0 ? commentId.substring(underscore + 1) : commentId);
        }
        return link;
    }

    // --- Instagram: comments, live comments, mentions ---------------------------------------------

    private static InboundChange instagramChange(String accountId, JsonNode change, Instant entryTime) {
        String field = text(change, "field");
        JsonNode value = change.get("value");
        if (value == null || !value.isObject()) {
            return null;
        }
        if ("comments".equals(field) || "live_comments".equals(field)) {
            String id = text(value, "id");
            String authorId = text(value, "from", "id");
            if (id == null || accountId.equals(authorId)) {
                return null;
            }
            String mediaId = text(value, "media", "id");
            NewMessage message = new NewMessage(INSTAGRAM, NewMessage.COMMENT, id, mediaId, text(value, "parent_id"),
                    authorId, text(value, "from", "username"), text(value, "text"), null,
                    Objects.requireNonNullElse(time(value, "timestamp"), entryTime), null,
                    "live_comments".equals(field) ? List.of("live") : List.of());
            return InboundChange.created(INSTAGRAM, accountId, message);
        }
        if ("mentions".equals(field)) {
            // the webhook names the comment or caption only; its text is read on Instagram itself
            String commentId = text(value, "comment_id");
            String mediaId = text(value, "media_id");
            String id = commentId != null ? commentId : mediaId;
            if (id == null) {
                return null;
            }
            NewMessage message = new NewMessage(INSTAGRAM, NewMessage.COMMENT, "mention:" + id, mediaId, null, null,
                    null, null, null, entryTime, null, List.of("mention"));
            return InboundChange.created(INSTAGRAM, accountId, message);
        }
        return null;
    }

    // --- Messenger and Instagram direct messages ------------------------------------------------

    private static InboundChange directMessage(boolean instagram, String accountId, JsonNode messaging) {
        String platform = instagram ? INSTAGRAM : MESSENGER;
        String accountPlatform = instagram ? INSTAGRAM : FACEBOOK;
        String senderId = text(messaging, "sender", "id");
        Instant sentAt = Objects.requireNonNullElseGet(time(messaging, "timestamp"), Instant::now);
        String conversation = accountId + ":" + senderId;
        JsonNode message = messaging.get("message");
        JsonNode edit = messaging.get("message_edit");
        if (message != null && message.isObject()) {
            String mid = text(message, "mid");
            if (mid == null || isTrue(message, "is_echo")) {
                return null; // our own outgoing message
            }
            if (isTrue(message, "is_deleted")) {
                return InboundChange.withdrawn(accountPlatform, accountId,
                        NewMessage.reference(platform, NewMessage.DM, mid));
            }
            if (message.has("quick_reply")) {
                return null; // a button the writer tapped, not words to answer
            }
            List<String> kinds = new ArrayList<>();
            for (JsonNode attachment : message.path("attachments")) {
                kinds.add(Objects.requireNonNullElse(text(attachment, "type"), "file"));
            }
            return InboundChange.created(accountPlatform, accountId, new NewMessage(platform, NewMessage.DM, mid,
                    conversation, text(message, "reply_to", "mid"), senderId, null, text(message, "text"), null,
                    sentAt, null, kinds));
        }
        if (edit != null && edit.isObject() && text(edit, "mid") != null) {
            return InboundChange.edited(accountPlatform, accountId, new NewMessage(platform, NewMessage.DM,
                    text(edit, "mid"), conversation, null, senderId, null, text(edit, "text"), null, sentAt, null,
                    List.of()));
        }
        return null; // delivery and read receipts, reactions, postbacks, referrals
    }
}
