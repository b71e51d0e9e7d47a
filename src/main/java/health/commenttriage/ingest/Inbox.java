package health.commenttriage.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/** The durable inbox of raw deliveries: a delivery is here before any platform is answered 2xx. */
@ApplicationScoped
public class Inbox {

    public enum Outcome {
        ACCEPTED, DUPLICATE
    }

    private final InboxWriter writer;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public Inbox(InboxWriter writer, EntityManager entityManager, ObjectMapper objectMapper) {
        this.writer = writer;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Stores a delivery unless the same (platform, delivery id) is stored already. Returns only once the
     * transaction that holds it has committed; throws when it could not be stored.
     */
    public Outcome accept(String platform, String deliveryId, String source, Map<String, String> headers,
            byte[] body) {
        return writer.write(new InboxWriter.Delivery(platform, deliveryId, source, toJson(headers), body));
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
