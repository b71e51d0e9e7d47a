package health.commenttriage.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Records who did what; entries can be added, never changed (a trigger refuses updates and deletes). */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final ObjectMapper objectMapper;

    public AuditTrail(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** An item's trail, oldest first. */
    public java.util.List<AuditEvent> ofItem(long itemId) {
        return AuditEvent.list("triageItemId = ?1 order by id", itemId);
    }

    /** Adds an entry in the caller's transaction, so the entry and the action commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, Long practiceId, Long triageItemId, Map<String, ?> details) {
        AuditEvent event = new AuditEvent();
        event.actor = actor;
        event.action = action;
        event.practiceId = practiceId;
        event.triageItemId = triageItemId;
        try {
            event.details = objectMapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details cannot be written as JSON", e);
        }
        event.persist();
    }
}
