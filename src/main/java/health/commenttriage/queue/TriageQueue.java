package health.commenttriage.queue;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.message.Message;
import health.commenttriage.message.NewMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Files new messages into the queue and lists the open work. */
@ApplicationScoped
public class TriageQueue {

    private final AuditTrail auditTrail;

    public TriageQueue(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    /**
     * Puts a new message in the queue: a DM joins the open item of its conversation, anything else gets
     * an item of its own. Returns the item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TriageItem file(Message message) {
        String conversationKey = NewMessage.DM.equals(message.channel) && message.conversationId != null
                ? message.platform + ":" + message.conversationId
                : null;
        TriageItem item = conversationKey == null ? null : openItemOfConversation(conversationKey);
        if (item == null) {
            item = newItem(message, conversationKey);
            auditTrail.record(AuditTrail.SYSTEM, "item.created", item.practiceId, item.id,
                    Map.of("messageId", message.id, "platform", message.platform, "channel", message.channel));
        } else {
            auditTrail.record(AuditTrail.SYSTEM, "item.message-joined", item.practiceId, item.id,
                    Map.of("messageId", message.id));
        }
        message.triageItemId = item.id;
        return item;
    }

    /** Notes an edit of a message in its item's history; the next issue re-classifies the new text here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void messageEdited(Message message) {
        if (message.triageItemId == null) {
            return;
        }
        TriageItem item = TriageItem.findById(message.triageItemId);
        item.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        auditTrail.record(AuditTrail.SYSTEM, "message.edited", item.practiceId, item.id,
                Map.of("messageId", message.id));
    }

    /**
     * The writer removed a comment or unsent a message: an open item whose every message is withdrawn
     * leaves the queue as WITHDRAWN.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void messageWithdrawn(Message message) {
        if (message.triageItemId == null) {
            return;
        }
        TriageItem item = TriageItem.findById(message.triageItemId);
        auditTrail.record(AuditTrail.SYSTEM, "message.withdrawn", item.practiceId, item.id,
                Map.of("messageId", message.id));
        long remaining = Message.count("triageItemId = ?1 and state <> ?2", item.id, Message.DELETED);
        if (item.status.isOpen() && remaining == 0) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            item.status = TriageItem.Status.WITHDRAWN;
            item.closedAt = now;
            item.updatedAt = now;
            auditTrail.record(AuditTrail.SYSTEM, "item.withdrawn", item.practiceId, item.id, Map.of());
        }
    }

    /** Open items, most urgent first: by priority, then the soonest due, then the oldest. */
    public List<TriageItem> openItems(int limit) {
        return TriageItem.<TriageItem>find("status in ?1 order by priority, dueAt nulls last, id",
                List.of(TriageItem.Status.NEW, TriageItem.Status.CLAIMED, TriageItem.Status.ESCALATED))
                .page(0, limit)
                .list();
    }

    private static TriageItem openItemOfConversation(String conversationKey) {
        return TriageItem.<TriageItem>find("conversationKey = ?1 and status in ?2", conversationKey,
                List.of(TriageItem.Status.NEW, TriageItem.Status.CLAIMED, TriageItem.Status.ESCALATED))
                .firstResult();
    }

    private static TriageItem newItem(Message message, String conversationKey) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TriageItem item = new TriageItem();
        item.practiceId = message.practiceId;
        item.platform = message.platform;
        item.channel = message.channel;
        item.conversationKey = conversationKey;
        item.priority = ServiceLevel.UNCLASSIFIED_PRIORITY;
        item.dueAt = ServiceLevel.dueAt(item.priority, now).orElse(null);
        item.createdAt = now;
        item.updatedAt = now;
        item.persistAndFlush();
        return item;
    }
}
