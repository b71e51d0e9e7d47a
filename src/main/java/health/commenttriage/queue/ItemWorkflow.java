package health.commenttriage.queue;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.classify.Classifier;
import health.commenttriage.classify.Label;
import health.commenttriage.events.ItemEvent;
import health.commenttriage.events.ItemEvents;
import health.commenttriage.ingest.ProblemException;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageStore;
import health.commenttriage.practice.Practice;
import health.commenttriage.reply.DraftStore;
import health.commenttriage.reply.ReplyLinter;
import health.commenttriage.user.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What staff do with an item: claim, release, mark sent, dismiss, escalate, relabel, annotate. Each action
 * is one transaction that locks the item, checks it is allowed, changes it, writes the audit row and
 * announces the change. A refusal is a {@link ProblemException} and changes nothing.
 */
@ApplicationScoped
public class ItemWorkflow {

    static final int MAX_TEXT = 10_000;
    static final int MAX_REASON = 1_000;

    private final AuditTrail audit;
    private final ItemEvents events;
    private final ClaimSettings claims;
    private final ReplyLinter linter;
    private final DraftStore drafts;
    private final MessageStore messages;
    private final Classifier classifier;
    private final Clock clock;

    public ItemWorkflow(AuditTrail audit, ItemEvents events, ClaimSettings claims, ReplyLinter linter,
            DraftStore drafts, MessageStore messages, Classifier classifier, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.claims = claims;
        this.linter = linter;
        this.drafts = drafts;
        this.messages = messages;
        this.classifier = classifier;
        this.clock = clock;
    }

    /**
     * Claims an open item, or renews the caller's own claim. One conditional UPDATE decides, so of two
     * people claiming at once exactly one wins; the other learns who holds it and until when.
     */
    @Transactional
    public ItemState claim(long id, StaffMember who) {
        OffsetDateTime now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = TriageItem.getEntityManager().createNativeQuery("""
                UPDATE triage_item t
                   SET claimed_by = :user, claim_expires_at = :until, version = t.version + 1, updated_at = :now,
                       status = CASE WHEN t.status = 'NEW' THEN 'CLAIMED' ELSE t.status END
                  FROM (SELECT id, status, claimed_by, claim_expires_at FROM triage_item WHERE id = :id FOR UPDATE) old
                 WHERE t.id = old.id AND t.status IN ('NEW', 'CLAIMED', 'ESCALATED')
                   AND (t.claimed_by IS NULL OR t.claimed_by = :user OR t.claim_expires_at <= :now)
                RETURNING old.status, old.claimed_by, old.claim_expires_at, t.practice_id""")
                .setParameter("id", id).setParameter("user", who.name()).setParameter("now", now)
                .setParameter("until", now.plus(claims.ttl()))
                .getResultList();
        if (claimed.isEmpty()) {
            throw claimRefusal(id, who);
        }
        Object[] before = claimed.get(0);
        long practiceId = ((Number) before[3]).longValue();
        if (!who.maySee(practiceId)) {
            throw new ProblemException(Status.NOT_FOUND, "no item " + id); // rolls the claim back
        }
        TriageItem item = TriageItem.findById(id);
        boolean renewal = who.name().equals(before[1]);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", Map.of("status", before[0], "claimedBy", before[1] == null ? "" : before[1]));
        details.put("after", state(item));
        audit.record(who.name(), renewal ? "item.claim-renewed" : "item.claimed", item.practiceId, id, details);
        if (!renewal) {
            events.publish(ItemEvent.CLAIMED, id, item.practiceId);
        }
        return ItemState.of(item);
    }

    /** Gives a claim up: the holder, or a supervisor for anyone's. */
    @Transactional
    public ItemState release(long id, StaffMember who) {
        TriageItem item = lockOpen(id, who);
        if (!claimed(item)) {
            throw new ProblemException(Status.CONFLICT, "item " + id + " is not claimed");
        }
        if (!who.name().equals(item.claimedBy) && !who.isSupervisor()) {
            throw new ProblemException(Status.FORBIDDEN, "only the holder or a supervisor may release this claim",
                    Map.of("claimedBy", item.claimedBy));
        }
        Map<String, Object> before = state(item);
        clearClaim(item);
        record(who, "item.released", item, before);
        events.publish(ItemEvent.RELEASED, id, item.practiceId);
        return settled(item);
    }

    /** The reply staff posted themselves. Linted: a failing reply needs a supervisor's override with a reason. */
    @Transactional
    public ItemState sent(long id, String text, String platformUrl, Long version, boolean override,
            String overrideReason, StaffMember who) {
        requireText("text", text, MAX_TEXT);
        if (override) {
            requireText("overrideReason", overrideReason, MAX_REASON);
        }
        if (platformUrl != null && !platformUrl.isBlank() && !platformUrl.matches("(?i)https?://\\S+")) {
            throw new ProblemException(Status.BAD_REQUEST, "platformUrl must be an http(s) address");
        }
        TriageItem item = lockForChange(id, version, who);
        List<ReplyLinter.Violation> violations = lint(item, text);
        if (!violations.isEmpty() && !override) {
            throw ProblemException.unprocessable(
                    "the reply breaks " + violations.size() + " safety rule(s); fix it, or a supervisor may override",
                    Map.of("violations", violations));
        }
        if (!violations.isEmpty() && !who.isSupervisor()) {
            throw new ProblemException(Status.FORBIDDEN, "only a supervisor may override the reply linter",
                    Map.of("violations", violations));
        }
        Map<String, Object> before = state(item);
        OffsetDateTime now = now();
        item.sentText = text.strip();
        item.sentBy = who.name();
        item.sentAt = now;
        item.sentUrl = platformUrl == null || platformUrl.isBlank() ? null : platformUrl.strip();
        item.sentUnedited = drafts.draftsOf(id).stream().anyMatch(d -> d.text != null && d.text.strip().equals(item.sentText));
        close(item, TriageItem.Status.SENT, now);
        Map<String, Object> details = transition(before, item);
        details.put("unedited", item.sentUnedited);
        if (!violations.isEmpty()) {
            details.put("lintOverride", violations.stream().map(ReplyLinter.Violation::rule).distinct().toList());
            details.put("overrideReason", overrideReason.strip());
        }
        audit.record(who.name(), "item.sent", item.practiceId, id, details);
        events.publish(ItemEvent.CLOSED, id, item.practiceId);
        return settled(item);
    }

    /** No reply is needed; the reason says why. */
    @Transactional
    public ItemState dismiss(long id, String reason, Long version, StaffMember who) {
        requireText("reason", reason, MAX_REASON);
        TriageItem item = lockForChange(id, version, who);
        Map<String, Object> before = state(item);
        close(item, TriageItem.Status.DISMISSED, now());
        Map<String, Object> details = transition(before, item);
        details.put("reason", reason.strip());
        audit.record(who.name(), "item.dismissed", item.practiceId, id, details);
        events.publish(ItemEvent.CLOSED, id, item.practiceId);
        return settled(item);
    }

    /** Hands the item to a supervisor: it stays open, unclaimed, marked ESCALATED. */
    @Transactional
    public ItemState escalate(long id, String reason, Long version, StaffMember who) {
        requireText("reason", reason, MAX_REASON);
        TriageItem item = lockForChange(id, version, who);
        if (item.status == TriageItem.Status.ESCALATED) {
            throw new ProblemException(Status.CONFLICT, "item " + id + " is already escalated",
                    Map.of("status", item.status.name()));
        }
        Map<String, Object> before = state(item);
        item.status = TriageItem.Status.ESCALATED;
        item.claimedBy = null;
        item.claimExpiresAt = null;
        item.updatedAt = now();
        Map<String, Object> details = transition(before, item);
        details.put("reason", reason.strip());
        audit.record(who.name(), "item.escalated", item.practiceId, id, details);
        events.publish(ItemEvent.UPDATED, id, item.practiceId);
        return settled(item);
    }

    /**
     * Staff correct the labels: priority, due time and drafts follow, and the correction is kept as
     * feedback for the classifier. Needs the version the caller saw.
     */
    @Transactional
    public ItemState relabel(long id, List<String> labels, Long version, StaffMember who) {
        if (version == null) {
            throw new ProblemException(Status.BAD_REQUEST, "version is required");
        }
        List<String> ordered = validLabels(labels);
        TriageItem item = lockForChange(id, version, who);
        Map<String, Object> before = state(item);
        List<String> previous = List.copyOf(item.labels);
        short priority = (short) ordered.stream().mapToInt(l -> Label.valueOf(l).priority()).min().orElse(5);
        item.labels = new ArrayList<>(ordered);
        item.priority = priority;
        item.dueAt = ServiceLevel.dueAt(Practice.findById(item.practiceId), priority, item.createdAt).orElse(null);
        item.updatedAt = now();
        List<Message> ofItem = messages.ofItem(id);
        if (!ofItem.isEmpty()) {
            drafts.redraft(item, ofItem.get(ofItem.size() - 1));
        }
        LabelFeedback feedback = new LabelFeedback();
        feedback.triageItemId = id;
        feedback.actor = who.name();
        feedback.labelsBefore = previous;
        feedback.labelsAfter = ordered;
        feedback.classifierVersion = classifier.version();
        feedback.createdAt = item.updatedAt;
        feedback.persist();
        record(who, "item.relabelled", item, before);
        events.publish(ItemEvent.UPDATED, id, item.practiceId);
        return settled(item);
    }

    /** An internal note. Allowed on closed items too: a note changes nothing the writer sees. */
    @Transactional
    public ItemNote note(long id, String text, StaffMember who) {
        requireText("text", text, MAX_TEXT);
        TriageItem item = visible(TriageItem.findById(id, LockModeType.PESSIMISTIC_WRITE), id, who);
        ItemNote note = new ItemNote();
        note.triageItemId = id;
        note.author = who.name();
        note.text = text.strip();
        note.createdAt = now();
        note.persist();
        renewIfHolder(item, who);
        audit.record(who.name(), "item.note-added", item.practiceId, id, Map.of("noteId", note.id));
        events.publish(ItemEvent.UPDATED, id, item.practiceId);
        return note;
    }

    /** What the linter says of a reply to this item, without recording anything (the page lints as staff type). */
    public List<ReplyLinter.Violation> lintReply(long id, String text, StaffMember who) {
        return lint(visibleItem(id, who), text == null ? "" : text);
    }

    /** The item, when it exists and the caller may see its practice; 404 otherwise. */
    public TriageItem visibleItem(long id, StaffMember who) {
        return visible(TriageItem.findById(id), id, who);
    }

    /** Opening an item's full text is recorded; it also renews the viewer's own claim. */
    @Transactional
    public TriageItem view(long id, StaffMember who) {
        TriageItem item = visible(TriageItem.findById(id), id, who);
        renewIfHolder(item, who);
        audit.record(who.name(), "item.viewed", item.practiceId, id, Map.of());
        return item;
    }

    /** Releases claims nobody renewed in time. Safe on every replica at once: each row is taken once. */
    @Transactional
    public int releaseExpiredClaims() {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = TriageItem.getEntityManager().createNativeQuery("""
                UPDATE triage_item t
                   SET claimed_by = NULL, claim_expires_at = NULL, version = t.version + 1, updated_at = :now,
                       status = CASE WHEN t.status = 'CLAIMED' THEN 'NEW' ELSE t.status END
                  FROM (SELECT id, claimed_by, status FROM triage_item
                         WHERE claimed_by IS NOT NULL AND claim_expires_at <= :now FOR UPDATE SKIP LOCKED) old
                 WHERE t.id = old.id
                RETURNING t.id, t.practice_id, old.claimed_by, old.status, t.status""")
                .setParameter("now", now()).getResultList();
        for (Object[] row : expired) {
            long id = ((Number) row[0]).longValue();
            long practiceId = ((Number) row[1]).longValue();
            audit.record(AuditTrail.SYSTEM, "item.claim-expired", practiceId, id,
                    Map.of("before", Map.of("status", row[3], "claimedBy", row[2]),
                            "after", Map.of("status", row[4], "claimedBy", "")));
            events.publish(ItemEvent.RELEASED, id, practiceId);
        }
        return expired.size();
    }

    // ---------------------------------------------------------------------------------------------

    private List<ReplyLinter.Violation> lint(TriageItem item, String text) {
        List<Message> ofItem = messages.ofItem(item.id);
        Message newest = ofItem.isEmpty() ? null : ofItem.get(ofItem.size() - 1);
        String inbound = String.join("\n", ofItem.stream().map(m -> m.text == null ? "" : m.text).toList());
        List<Label> labels = item.labels.stream().map(Label::valueOf).toList();
        ReplyLinter.Context context = ReplyLinter.Context.of(Practice.findById(item.practiceId), inbound,
                newest == null ? null : newest.authorName, newest == null || newest.lang == null ? "en" : newest.lang,
                labels);
        return linter.lint(text, context);
    }

    /** The item, locked, open, at the version the caller saw (when given), and not claimed by someone else. */
    private TriageItem lockForChange(long id, Long version, StaffMember who) {
        TriageItem item = lockOpen(id, who);
        if (version != null && version != item.version) {
            throw new ProblemException(Status.CONFLICT, "item " + id + " changed since version " + version,
                    Map.of("currentVersion", item.version));
        }
        if (claimed(item) && !who.name().equals(item.claimedBy)) {
            throw new ProblemException(Status.CONFLICT, "item " + id + " is claimed by " + item.claimedBy,
                    Map.of("claimedBy", item.claimedBy, "claimExpiresAt", item.claimExpiresAt));
        }
        return item;
    }

    private TriageItem lockOpen(long id, StaffMember who) {
        TriageItem item = visible(TriageItem.findById(id, LockModeType.PESSIMISTIC_WRITE), id, who);
        if (!item.status.isOpen()) {
            throw closed(item);
        }
        return item;
    }

    private static TriageItem visible(TriageItem item, long id, StaffMember who) {
        if (item == null || !who.maySee(item.practiceId)) {
            throw new ProblemException(Status.NOT_FOUND, "no item " + id);
        }
        return item;
    }

    private ProblemException claimRefusal(long id, StaffMember who) {
        TriageItem item = visible(TriageItem.findById(id), id, who);
        if (!item.status.isOpen()) {
            return closed(item);
        }
        return new ProblemException(Status.CONFLICT, "item " + id + " is claimed by " + item.claimedBy,
                Map.of("claimedBy", item.claimedBy, "claimExpiresAt", item.claimExpiresAt));
    }

    private static ProblemException closed(TriageItem item) {
        return new ProblemException(Status.CONFLICT, "item " + item.id + " is " + item.status.name()
                + " and can no longer be changed", Map.of("status", item.status.name()));
    }

    private boolean claimed(TriageItem item) {
        return item.claimedBy != null && item.claimExpiresAt != null && item.claimExpiresAt.isAfter(now());
    }

    private void renewIfHolder(TriageItem item, StaffMember who) {
        if (item.status.isOpen() && claimed(item) && who.name().equals(item.claimedBy)) {
            item.claimExpiresAt = now().plus(claims.ttl());
        }
    }

    private void clearClaim(TriageItem item) {
        item.claimedBy = null;
        item.claimExpiresAt = null;
        if (item.status == TriageItem.Status.CLAIMED) {
            item.status = TriageItem.Status.NEW;
        }
        item.updatedAt = now();
    }

    private void close(TriageItem item, TriageItem.Status status, OffsetDateTime now) {
        item.status = status;
        item.closedAt = now;
        item.updatedAt = now;
        item.claimedBy = null;
        item.claimExpiresAt = null;
    }

    private void record(StaffMember who, String action, TriageItem item, Map<String, Object> before) {
        audit.record(who.name(), action, item.practiceId, item.id, transition(before, item));
    }

    private static Map<String, Object> transition(Map<String, Object> before, TriageItem item) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", state(item));
        return details;
    }

    /** What the audit keeps of an item's state: status, priority, labels and claim; never text. */
    private static Map<String, Object> state(TriageItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", item.status.name());
        state.put("priority", "P" + item.priority);
        state.put("labels", List.copyOf(item.labels));
        state.put("claimedBy", item.claimedBy == null ? "" : item.claimedBy);
        return state;
    }

    private static List<String> validLabels(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "labels must name at least one label");
        }
        TreeSet<String> ordered = new TreeSet<>(Comparator.comparing(Label::valueOf));
        for (String label : labels) {
            try {
                Label.valueOf(label);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ProblemException(Status.BAD_REQUEST, "labels: unknown label " + label);
            }
            ordered.add(label);
        }
        if (ordered.size() > 1 && ordered.contains(Label.OTHER.name())) {
            throw new ProblemException(Status.BAD_REQUEST, "labels: OTHER cannot be combined with another label");
        }
        return List.copyOf(ordered);
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ProblemException(Status.BAD_REQUEST, field + " is required");
        }
        if (value.length() > max) {
            throw new ProblemException(Status.BAD_REQUEST, field + " must be at most " + max + " characters");
        }
    }

    /** The state after the change is flushed, so that the version is the new one. */
    private static ItemState settled(TriageItem item) {
        TriageItem.getEntityManager().flush();
        return ItemState.of(item);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
