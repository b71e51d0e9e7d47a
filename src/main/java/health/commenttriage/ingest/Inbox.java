package health.commenttriage.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The durable inbox of raw deliveries: a delivery is here before any platform is answered 2xx. */
@ApplicationScoped
public class Inbox {

    public enum Outcome {
        ACCEPTED, DUPLICATE
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Inbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Stores a delivery unless the same (platform, delivery id) is stored already; commits before returning.
     */
    @Transactional
    public Outcome accept(String platform, String deliveryId, String source, Map<String, String> headers,
            byte[] body) {
        @SuppressWarnings("unchecked")
        List<Object> inserted = entityManager.createNativeQuery("""
                INSERT INTO inbound_event (platform, delivery_id, source, headers, body)
                VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5)
                ON CONFLICT (platform, delivery_id) DO NOTHING
                RETURNING id""")
                .setParameter(1, platform)
                .setParameter(2, deliveryId)
                .setParameter(3, source)
                .setParameter(4, toJson(headers))
                .setParameter(5, body)
                .getResultList();
        return inserted.isEmpty() ? Outcome.DUPLICATE : Outcome.ACCEPTED;
    }

    /** Puts every UNROUTED delivery back in the queue, after an account was routed; returns how many. */
    @Transactional
    public int requeueUnrouted() {
        return entityManager.createNativeQuery(
                "UPDATE inbound_event SET status = 'PENDING', next_attempt_at = now(), last_error = NULL"
                        + " WHERE status = 'UNROUTED'").executeUpdate();
    }

    private String toJson(Map<String, String> headers) {
        try {
            return objectMapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("headers cannot be written as JSON", e);
        }
    }
}
