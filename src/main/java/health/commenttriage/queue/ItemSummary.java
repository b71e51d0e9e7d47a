package health.commenttriage.queue;

import java.time.OffsetDateTime;
import java.util.List;

/** An open item as the queue lists it. */
public record ItemSummary(long id, String priority, String status, List<String> labels, String platform,
        String channel, int messages, OffsetDateTime createdAt, OffsetDateTime dueAt, String claimedBy) {

    static ItemSummary of(TriageItem item, int messages) {
        return new ItemSummary(item.id, "P" + item.priority, item.status.name(), item.labels, item.platform,
                item.channel, messages, item.createdAt, item.dueAt, item.claimedBy);
    }
}
