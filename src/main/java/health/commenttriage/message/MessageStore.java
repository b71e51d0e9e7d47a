package health.commenttriage.message;

import health.commenttriage.database.PgArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Stores normalised messages; a message is stored once per (platform, platform message id). */
@ApplicationScoped
public class MessageStore {

    private final EntityManager entityManager;

    public MessageStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the message unless it is stored already; returns the new row, or empty for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Message> insertIfNew(long practiceId, long inboundEventId, NewMessage message) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                INSERT INTO message (practice_id, inbound_event_id, platform, channel, platform_message_id,
                    conversation_id, parent_id, author_id, author_name, text, lang, created_at, permalink,
                    attachment_kinds)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, CAST(?14 AS text[]))
                ON CONFLICT (platform, platform_message_id) DO NOTHING
                RETURNING id""")
                .setParameter(1, practiceId)
                .setParameter(2, inboundEventId)
                .setParameter(3, message.platform())
                .setParameter(4, message.channel())
                .setParameter(5, message.platformMessageId())
                .setParameter(6, message.conversationId())
                .setParameter(7, message.parentId())
                .setParameter(8, message.authorId())
                .setParameter(9, message.authorName())
                .setParameter(10, message.text())
                .setParameter(11, message.lang())
                .setParameter(12, Timestamp.from(message.createdAt()))
                .setParameter(13, message.permalink())
                .setParameter(14, PgArrays.literal(message.attachmentKinds()))
                .getResultList();
        return ids.stream().findFirst().map(id -> entityManager.find(Message.class, id.longValue()));
    }

    public Optional<Message> find(String platform, String platformMessageId) {
        return Message.<Message>find("platform = ?1 and platformMessageId = ?2", platform, platformMessageId)
                .firstResultOptional();
    }

    /**
     * Replaces the text of an edited message and keeps the earlier text in its history.
     *
     * @return false when the text is unchanged (a repeated edit notification)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean edit(Message message, String newText) {
        if (Objects.equals(message.text, newText)) {
            return false;
        }
        MessageRevision revision = new MessageRevision();
        revision.messageId = message.id;
        revision.text = message.text;
        revision.persist();
        message.text = newText;
        message.state = Message.EDITED;
        return true;
    }

    /** Marks a message the writer removed or unsent; returns false when it was already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markWithdrawn(Message message) {
        if (Message.DELETED.equals(message.state)) {
            return false;
        }
        message.state = Message.DELETED;
        return true;
    }

    /** The messages of an item, oldest first. */
    public List<Message> ofItem(long itemId) {
        return Message.list("triageItemId = ?1 order by createdAt, id", itemId);
    }

    /** How many messages an item has, and the start of its newest text: what a queue row shows. */
    public record Newest(int messages, String textStart) {
    }

    /**
     * The newest message text (its first {@code chars} characters) and the message count of several items
     * (one page of the queue), in one light query: no evidence, no whole texts.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Newest> newestOf(Collection<Long> itemIds, int chars) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Message.getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (triage_item_id) triage_item_id, count(*) OVER (PARTITION BY triage_item_id),
                       left(text, :chars)
                  FROM message WHERE triage_item_id = ANY(CAST(:ids AS BIGINT[]))
                 ORDER BY triage_item_id, created_at DESC, id DESC""")
                .setParameter("chars", chars)
                .setParameter("ids", PgArrays.literal(itemIds))
                .getResultList();
        Map<Long, Newest> newest = new HashMap<>();
        for (Object[] row : rows) {
            newest.put(((Number) row[0]).longValue(), new Newest(((Number) row[1]).intValue(), (String) row[2]));
        }
        return newest;
    }

    /** The earlier texts of an edited message, oldest first. */
    public List<MessageRevision> revisions(long messageId) {
        return MessageRevision.list("messageId = ?1 order by id", messageId);
    }
}
