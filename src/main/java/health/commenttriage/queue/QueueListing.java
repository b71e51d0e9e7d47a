package health.commenttriage.queue;

import health.commenttriage.message.MessageStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** A page of the queue as the API and the queue page show it: summaries with excerpts, and where the next begins. */
@ApplicationScoped
public class QueueListing {

    /** The items of a page; nextCursor is null on the last page. */
    public record Page(List<ItemSummary> items, String nextCursor) {
    }

    private final MessageStore messages;

    public QueueListing(MessageStore messages) {
        this.messages = messages;
    }

    /** The page of the queue that the filters ask for, as {@code GET /api/v1/items} takes them. */
    public Page page(String status, String priority, String label, String platform, String channel, String q,
            int limit, String cursor, List<Long> practiceIds) throws ItemQuery.BadParameter {
        return page(new ItemQuery(status, priority, label, platform, channel, q, limit, cursor).onlyPractices(practiceIds));
    }

    Page page(ItemQuery query) {
        List<TriageItem> found = query.page();
        boolean more = found.size() > query.limit();
        List<TriageItem> items = more ? found.subList(0, query.limit()) : found;
        Map<Long, MessageStore.Newest> newest = messages.newestOf(items.stream().map(i -> i.id).toList(),
                ItemSummary.TEXT_NEEDED);
        String next = null;
        if (more) {
            TriageItem last = items.get(items.size() - 1);
            next = new ItemQuery.Cursor(last.priority, last.dueAt, last.id).encode();
        }
        return new Page(items.stream().map(i -> ItemSummary.of(i, newest.get(i.id))).toList(), next);
    }
}
