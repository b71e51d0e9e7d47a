package health.commenttriage.events;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Announces item changes. The row is written in the caller's transaction and a trigger NOTIFYs every
 * replica at commit, so browsers hear of a change only once it is committed, on whichever replica.
 */
@ApplicationScoped
public class ItemEvents {

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, long itemId, long practiceId) {
        Panache.getEntityManager().createNativeQuery(
                "INSERT INTO item_event (type, triage_item_id, practice_id) VALUES (:type, :item, :practice)")
                .setParameter("type", type).setParameter("item", itemId).setParameter("practice", practiceId)
                .executeUpdate();
    }

    /** Events after the given one, oldest first (a browser resuming with Last-Event-ID). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ItemEvent> after(long eventId, int max) {
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "SELECT id, type, triage_item_id, practice_id FROM item_event WHERE id > :after ORDER BY id LIMIT :max")
                .setParameter("after", eventId).setParameter("max", max).getResultList();
        return rows.stream().map(r -> new ItemEvent(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    /** Forgets events older than a day: a browser away longer reloads the queue instead of resuming. */
    @Transactional
    public int prune() {
        return Panache.getEntityManager()
                .createNativeQuery("DELETE FROM item_event WHERE occurred_at < now() - INTERVAL '1 day'")
                .executeUpdate();
    }
}
