package health.commenttriage.message;

import java.time.Instant;
import java.util.List;

/** A normalised inbound message, as parsed from a delivery and before it is stored. */
public record NewMessage(
        String platform,
        String channel,
        String platformMessageId,
        String conversationId,
        String parentId,
        String authorId,
        String authorName,
        String text,
        String lang,
        Instant createdAt,
        String permalink,
        List<String> attachmentKinds) {

    public static final String COMMENT = "comment";
    public static final String DM = "dm";

    /** Only what names a message, for a withdrawal. */
    public static NewMessage reference(String platform, String channel, String platformMessageId) {
        return new NewMessage(platform, channel, platformMessageId, null, null, null, null, null, null,
                Instant.now(), null, List.of());
    }
}
