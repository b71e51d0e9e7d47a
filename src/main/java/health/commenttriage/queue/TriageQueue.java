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
