package health.commenttriage.queue;

import health.commenttriage.message.Message;
import java.time.OffsetDateTime;
import java.util.List;

/** An item as the queue lists it, with a short excerpt of its newest message. */
public record ItemSummary(long id, String priority, String status, List<String> labels, boolean selfHarm,
        String platform, String channel, int messages, String excerpt, OffsetDateTime createdAt,
        OffsetDateTime dueAt, String claimedBy) {

    private static final int EXCERPT = 140;

    static ItemSummary of(TriageItem item, List<Message> messages) {
        String text = messages.isEmpty() || messages.get(messages.size() - 1).text == null ? ""
                : messages.get(messages.size() - 1).text;
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
        return new ItemSummary(item.id, "P" + item.priority, item.status.name(), item.labels, item.selfHarm,
                item.platform, item.channel, messages.size(), excerpt, item.createdAt, item.dueAt, item.claimedBy);
    }
}
