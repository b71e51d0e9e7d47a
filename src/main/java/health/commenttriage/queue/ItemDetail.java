package health.commenttriage.queue;

import com.fasterxml.jackson.annotation.JsonRawValue;
import health.commenttriage.audit.AuditEvent;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageRevision;
import health.commenttriage.reply.ReplyDraft;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything staff see about one item: its messages with evidence, its drafts, and its history. */
public record ItemDetail(long id, long practiceId, String priority, String status, List<String> labels, boolean selfHarm,
        boolean recommendHide, String platform, String channel, OffsetDateTime createdAt, OffsetDateTime dueAt,
        String claimedBy, OffsetDateTime claimExpiresAt, long version, List<MessageView> messages,
        List<DraftView> drafts, List<ItemActionsResource.NoteView> notes, List<HistoryEntry> history) {

    public record MessageView(long id, String platform, String channel, String platformMessageId,
            String conversationId, String parentId, String authorId, String authorName, String text, String lang,
            OffsetDateTime createdAt, String permalink, List<String> attachmentKinds, String state,
            OffsetDateTime redactedAt, List<String> labels, String priority, @JsonRawValue String classification, List<Revision> revisions) {
    }

    public record Revision(String text, OffsetDateTime replacedAt) {
    }

    public record DraftView(String kind, String lang, String text) {
    }

    public record HistoryEntry(OffsetDateTime at, String actor, String action, @JsonRawValue String details) {
    }

    static MessageView message(Message m, List<MessageRevision> revisions) {
        return new MessageView(m.id, m.platform, m.channel, m.platformMessageId, m.conversationId, m.parentId,
                m.authorId, m.authorName, m.text, m.lang, m.createdAt, m.permalink, m.attachmentKinds, m.state,
                m.redactedAt, m.labels, m.priority == null ? null : "P" + m.priority, m.classification,
                revisions.stream().map(r -> new Revision(r.text, r.replacedAt)).toList());
    }

    static DraftView draft(ReplyDraft d) {
        return new DraftView(d.kind.name(), d.lang, d.text);
    }

    static HistoryEntry history(AuditEvent e) {
        return new HistoryEntry(e.occurredAt, e.actor, e.action, e.details);
    }
}
