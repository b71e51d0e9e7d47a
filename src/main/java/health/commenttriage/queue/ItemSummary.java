package health.commenttriage.queue;

import health.commenttriage.message.MessageStore;
import java.time.OffsetDateTime;
import java.util.List;

/** An item as the queue lists it, with a short excerpt of its newest message. */
public record ItemSummary(long id, String priority, String status, List<String> labels, boolean selfHarm,
        String platform, String channel, int messages, String excerpt, OffsetDateTime createdAt,
        OffsetDateTime dueAt, String claimedBy) {

    private static final int EXCERPT = 140;

    public static ItemSummary of(TriageItem item, MessageStore.Newest newest) {
        String text = newest == null || newest.textStart() == null ? "" : newest.textStart();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        return new ItemSummary(item.id, "P" + item.priority, item.status.name(), item.labels, item.selfHarm,
                item.platform, item.channel, newest == null ? 0 : newest.messages(), excerpt, item.createdAt,
                item.dueAt, item.claimedBy);
    }

    /** The text a queue row needs: one character more than the excerpt shows, to know it was cut. */
    static final int TEXT_NEEDED = EXCERPT + 1;
}
