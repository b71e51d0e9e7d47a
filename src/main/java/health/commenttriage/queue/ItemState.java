package health.commenttriage.queue;

import java.time.OffsetDateTime;
import java.util.List;

/** An item's state after an action: what a client needs to update its view and act again. */
public record ItemState(long id, String status, String priority, List<String> labels, boolean recommendHide,
        OffsetDateTime dueAt, String claimedBy, OffsetDateTime claimExpiresAt, long version) {

    static ItemState of(TriageItem item) {
        return new ItemState(item.id, item.status.name(), "P" + item.priority, item.labels, item.recommendHide,
                item.dueAt, item.claimedBy, item.claimExpiresAt, item.version);
    }
}
