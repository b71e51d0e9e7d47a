package health.commenttriage.ingest.x;

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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads X deliveries: Account Activity API ({@code for_user_id} with {@code tweet_create_events} and
 * {@code direct_message_events}) and X Activity API envelopes ({@code data.event_type}
 * {@code post.mention.create}, {@code post.reply.create}, {@code dm.received}). Posts and DMs written by
 * the subscribed account itself, retweets and other event kinds are not inbound messages.
 */
@ApplicationScoped
public class XDeliveryParser implements DeliveryParser {

    static final String X = "x";
    private static final DateTimeFormatter V1_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT);
    private static final Set<String> POST_EVENTS = Set.of("post.mention.create", "post.reply.create");

    private final ObjectMapper objectMapper;

    public XDeliveryParser(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public String platform() {
        return XWebhookResource.PLATFORM;
    }

    @Override
    public ParsedDelivery parse(InboundEvent delivery) throws MalformedDeliveryException {
        JsonNode root = JsonFields.readTree(objectMapper, delivery.body);
        if (root.has("data") && root.get("data").has("event_type")) {
            return activityEvent(root.get("data"));
        }
        String account = text(root, "for_user_id");
        if (account == null) {
            throw new MalformedDeliveryException("for_user_id (Account Activity) or data.event_type (X Activity) is required");
        }
        List<InboundChange> changes = new ArrayList<>();
        for (JsonNode tweet : root.path("tweet_create_events")) {
            InboundChange change = v1Tweet(account, tweet);
            if (change != null) {
                changes.add(change);
            }
        }
        for (JsonNode event : root.path("direct_message_events")) {
            InboundChange change = directMessage(account, event, root.path("users"));
            if (change != null) {
                changes.add(change);
            }
        }
        return ParsedDelivery.of(changes);
    }

    // --- X Activity API -----------------------------------------------------------------------

    private ParsedDelivery activityEvent(JsonNode data) throws MalformedDeliveryException {
        String account = text(data, "filter", "user_id");
        String type = text(data, "event_type");
        JsonNode payload = data.get("payload");
        if (account == null || payload == null) {
            throw new MalformedDeliveryException("data.filter.user_id and data.payload are required");
        }
        List<InboundChange> changes = new ArrayList<>();
        if (POST_EVENTS.contains(type)) {
            InboundChange change = v2Post(account, payload, data.path("includes"));
            if (change != null) {
                changes.add(change);
            }
        } else if ("dm.received".equals(type)) {
            for (JsonNode event : payload.path("direct_message_events")) {
                InboundChange change = directMessage(account, event, payload.path("users"));
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return ParsedDelivery.of(changes);
    }

    private static InboundChange v2Post(String account, JsonNode post, JsonNode includes) {
        String id = text(post, "id");
        String authorId = text(post, "author_id");
        if (id == null || account.equals(authorId)) {
            return null;
        }
        JsonNode author = null;
        for (JsonNode user : includes.path("users")) {
            if (Objects.equals(text(user, "id"), authorId)) {
                author = user;
            }
        }
        String username = text(author, "username");
        String parent = null;
        for (JsonNode referenced : post.path("referenced_tweets")) {
            if ("replied_to".equals(text(referenced, "type"))) {
                parent = text(referenced, "id");
            }
        }
        return InboundChange.created(X, account, new NewMessage(X, NewMessage.COMMENT, id,
                text(post, "conversation_id"), parent, authorId, text(author, "name"), text(post, "text"),
                language(text(post, "lang")), Objects.requireNonNullElseGet(time(post, "created_at"), Instant::now),
                permalink(username, id), mediaKinds(post.path("attachments").path("media_keys"))));
    }

    // --- Account Activity API -----------------------------------------------------------------

    private static InboundChange v1Tweet(String account, JsonNode tweet) {
        String id = text(tweet, "id_str");
        String authorId = text(tweet, "user", "id_str");
        if (id == null || account.equals(authorId) || tweet.has("retweeted_status")) {
            return null;
        }
        String text = tweet.path("truncated").asBoolean(false) && text(tweet, "extended_tweet", "full_text") != null
                ? text(tweet, "extended_tweet", "full_text")
                : JsonFields.firstNonNull(text(tweet, "full_text"), text(tweet, "text"));
        JsonNode media = tweet.has("extended_tweet")
                ? tweet.path("extended_tweet").path("extended_entities").path("media")
                : tweet.path("extended_entities").path("media");
        List<String> kinds = new ArrayList<>();
        for (JsonNode item : media) {
            kinds.add(mediaKind(text(item, "type")));
        }
        String parent = text(tweet, "in_reply_to_status_id_str");
        return InboundChange.created(X, account, new NewMessage(X, NewMessage.COMMENT, id,
                parent != null ? parent : id, parent, authorId, text(tweet, "user", "name"), text,
                language(text(tweet, "lang")), v1Time(text(tweet, "created_at")),
                permalink(text(tweet, "user", "screen_name"), id), kinds));
    }

    private static InboundChange directMessage(String account, JsonNode event, JsonNode users) {
        JsonNode create = event.get("message_create");
        String id = text(event, "id");
        if (!"message_create".equals(text(event, "type")) || create == null || id == null) {
            return null;
        }
        String sender = text(create, "sender_id");
        if (sender == null || account.equals(sender)) {
            return null; // sent by the practice's own account
        }
        JsonNode user = users.path(sender);
        String name = JsonFields.firstNonNull(text(user, "name"), text(user.path("data"), "name"));
        JsonNode data = create.path("message_data");
        List<String> kinds = new ArrayList<>();
        if (data.has("attachment")) {
            kinds.add(mediaKind(text(data.path("attachment"), "media", "type")));
        }
        return InboundChange.created(X, account, new NewMessage(X, NewMessage.DM, "dm:" + id, account + ":" + sender,
                null, sender, name, text(data, "text"), null,
                Objects.requireNonNullElseGet(time(event, "created_timestamp"), Instant::now), null, kinds));
    }

    // --- shared -------------------------------------------------------------------------------

    private static List<String> mediaKinds(JsonNode mediaKeys) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode ignored : mediaKeys) {
            kinds.add("media");
        }
        return kinds;
    }

    private static String mediaKind(String type) {
        if (type == null) {
            return "media";
        }
        return switch (type) {
            case "photo" -> "image";
            case "animated_gif" -> "gif";
            default -> type;
        };
    }

    private static String language(String lang) {
        return "en".equals(lang) || "es".equals(lang) ? lang : null;
    }

    private static String permalink(String screenName, String id) {
        return screenName == null ? "https://x.com/i/web/status/" + id : "https://x.com/" + screenName + "/status/" + id;
    }

    private static Instant v1Time(String createdAt) {
        if (createdAt == null) {
            return Instant.now();
        }
        try {
            return ZonedDateTime.parse(createdAt, V1_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
