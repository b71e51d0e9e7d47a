package health.commenttriage.privacy;

import health.commenttriage.database.PgArrays;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;

/**
 * Removes what people wrote and who they are from stored messages, keeping what the reports need
 * (labels, priority, timings, the audit trail). Used by retention and by an author's erasure request.
 * Everything that can quote a message goes with it: earlier revisions, the classifier's evidence, the raw
 * delivery, and, once every message of an item is redacted, its drafts, the reply sent and its notes.
 */
@ApplicationScoped
class Redaction {

    /** What one redaction changed, as counts (they go to the audit trail; nothing else does). */
    record Counts(int messages, int items, int deliveries) {
        Counts plus(Counts other) {
            return new Counts(messages + other.messages, items + other.items, deliveries + other.deliveries);
        }
    }

    /**
     * Redacts these messages in the caller's transaction. {@code forgetAuthor} also removes the author's
     * platform id, so that nothing links the rows to the person any more (erasure).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Counts redact(Collection<Long> messageIds, boolean forgetAuthor) {
        if (messageIds.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        String ids = PgArrays.literal(messageIds);
        int messages = em.createNativeQuery("""
                UPDATE message SET text = NULL, author_name = NULL, permalink = NULL, classification = NULL,
                       author_id = CASE WHEN :forget THEN NULL ELSE author_id END,
                       redacted_at = COALESCE(redacted_at, now())
                 WHERE id = ANY(CAST(:ids AS BIGINT[]))""")
                .setParameter("forget", forgetAuthor).setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("UPDATE message_revision SET text = NULL WHERE message_id = ANY(CAST(:ids AS BIGINT[]))"
                + " AND text IS NOT NULL").setParameter("ids", ids).executeUpdate();
        @SuppressWarnings("unchecked")
        java.util.List<Number> items = em.createNativeQuery("""
                SELECT DISTINCT m.triage_item_id FROM message m
                 WHERE m.id = ANY(CAST(:ids AS BIGINT[])) AND m.triage_item_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM message o
                                    WHERE o.triage_item_id = m.triage_item_id AND o.redacted_at IS NULL)""")
                .setParameter("ids", ids).getResultList();
        if (!items.isEmpty()) {
            String itemIds = PgArrays.literal(items.stream().map(Number::longValue).toList());
            em.createNativeQuery("UPDATE reply_draft SET text = NULL WHERE triage_item_id = ANY(CAST(:items AS BIGINT[]))"
                    + " AND text IS NOT NULL").setParameter("items", itemIds).executeUpdate();
            em.createNativeQuery("UPDATE triage_item SET sent_text = NULL WHERE id = ANY(CAST(:items AS BIGINT[]))"
                    + " AND sent_text IS NOT NULL").setParameter("items", itemIds).executeUpdate();
            em.createNativeQuery("UPDATE item_note SET text = NULL, redacted_at = now()"
                    + " WHERE triage_item_id = ANY(CAST(:items AS BIGINT[])) AND redacted_at IS NULL")
                    .setParameter("items", itemIds).executeUpdate();
        }
        // the raw delivery holds the same text; one still waiting for a worker is left to it
        int deliveries = em.createNativeQuery("""
                UPDATE inbound_event SET body = ''::bytea
                 WHERE id IN (SELECT inbound_event_id FROM message WHERE id = ANY(CAST(:ids AS BIGINT[])))
                   AND status <> 'PENDING' AND length(body) > 0""")
                .setParameter("ids", ids).executeUpdate();
        em.clear(); // entities loaded before still hold the text
        return new Counts(messages, items.size(), deliveries);
    }
}
