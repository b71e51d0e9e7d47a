package health.commenttriage.queue;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.classify.Label;
import health.commenttriage.events.ItemEvent;
import health.commenttriage.events.ItemEvents;
import health.commenttriage.message.Message;
import health.commenttriage.message.NewMessage;
import health.commenttriage.practice.Practice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;

/** Files new messages into the queue and lists the open work. */
@ApplicationScoped
public class TriageQueue {

    private final AuditTrail auditTrail;
    private final ItemEvents events;

    public TriageQueue(AuditTrail auditTrail, ItemEvents events) {
        this.auditTrail = auditTrail;
        this.events = events;
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
            message.triageItemId = item.id;
            auditTrail.record(AuditTrail.SYSTEM, "item.created", item.practiceId, item.id,
                    Map.of("messageId", message.id, "platform", message.platform, "channel", message.channel,
                            "priority", "P" + item.priority, "labels", item.labels));
            events.publish(ItemEvent.CREATED, item.id, item.practiceId);
        } else {
            message.triageItemId = item.id;
            auditTrail.record(AuditTrail.SYSTEM, "item.message-joined", item.practiceId, item.id,
                    Map.of("messageId", message.id));
            refresh(item);
            events.publish(ItemEvent.UPDATED, item.id, item.practiceId);
        }
        return item;
    }

    /**
     * Recomputes an item from its messages: the labels of all, the most urgent priority, the self-harm flag,
     * and a due time brought forward when the item became more urgent.
     */
    void refresh(TriageItem item) {
        List<Message> messages = Message.list("triageItemId = ?1 and state <> ?2", item.id, Message.DELETED);
        // taxonomy order, as the classifier gives them
        Set<String> labels = new TreeSet<>(Comparator.comparing(Label::valueOf));
        short priority = ServiceLevel.UNCLASSIFIED_PRIORITY;
        boolean classified = false;
        boolean selfHarm = false;
        for (Message m : messages) {
            labels.addAll(m.labels);
            if (m.priority != null) {
                priority = classified ? (short) Math.min(priority, m.priority) : m.priority;
                classified = true;
            }
            selfHarm |= m.selfHarm;
        }
        if (labels.size() > 1) {
            labels.remove("OTHER");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (priority < item.priority) {
            OffsetDateTime sooner = ServiceLevel.dueAt(Practice.findById(item.practiceId), priority, now).orElse(null);
            if (sooner != null && (item.dueAt == null || sooner.isBefore(item.dueAt))) {
                item.dueAt = sooner;
            }
            auditTrail.record(AuditTrail.SYSTEM, "item.priority-raised", item.practiceId, item.id,
                    Map.of("from", "P" + item.priority, "to", "P" + priority));
        }
        item.priority = (short) Math.min(item.priority, priority);
        item.labels = new ArrayList<>(labels);
        item.selfHarm = selfHarm;
        item.updatedAt = now;
    }

    /** Notes an edit of a (re-classified) message in its item's history and updates the item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TriageItem> messageEdited(Message message) {
        if (message.triageItemId == null) {
            return Optional.empty();
        }
        TriageItem item = TriageItem.findById(message.triageItemId);
        auditTrail.record(AuditTrail.SYSTEM, "message.edited", item.practiceId, item.id,
                Map.of("messageId", message.id));
        refresh(item);
        events.publish(ItemEvent.UPDATED, item.id, item.practiceId);
        return Optional.of(item);
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
            events.publish(ItemEvent.CLOSED, item.id, item.practiceId);
        } else {
            events.publish(ItemEvent.UPDATED, item.id, item.practiceId);
        }
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
        item.priority = message.priority != null ? message.priority : ServiceLevel.UNCLASSIFIED_PRIORITY;
        item.labels = new ArrayList<>(message.labels);
        item.selfHarm = message.selfHarm;
        item.dueAt = ServiceLevel.dueAt(Practice.findById(item.practiceId), item.priority, now).orElse(null);
        item.createdAt = now;
        item.updatedAt = now;
        item.persistAndFlush();
        return item;
    }
}
