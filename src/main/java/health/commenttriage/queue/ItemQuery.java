package health.commenttriage.queue;

import health.commenttriage.classify.Label;
import health.commenttriage.database.PgArrays;
import health.commenttriage.message.Message;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A page of the queue: filters, then keyset pagination in queue order (priority, due time with no due
 * time last, id), so pages stay stable while items arrive. Invalid parameters name themselves.
 */
public final class ItemQuery {

    private static final Set<String> CHANNELS = Set.of("comment", "dm");

    /** A parameter that cannot be used, and why. */
    public static final class BadParameter extends Exception {
        BadParameter(String message) {
            super(message);
        }
    }

    /** Where the previous page ended. */
    record Cursor(int priority, OffsetDateTime dueAt, long id) {

        String encode() {
            // the instant keeps the database's microseconds: a rounded time would repeat the last item
            String raw = priority + "|" + (dueAt == null ? "" : dueAt.toInstant()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String encoded) throws BadParameter {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8)
                        .split("\\|", -1);
                OffsetDateTime due = parts[1].isEmpty() ? null
                        : OffsetDateTime.ofInstant(Instant.parse(parts[1]), ZoneOffset.UTC);
                return new Cursor(Integer.parseInt(parts[0]), due, Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new BadParameter("cursor is not one this service gave");
            }
        }
    }

    private final StringBuilder where = new StringBuilder("TRUE");
    private final Map<String, Object> parameters = new HashMap<>();
    private final int limit;

    ItemQuery(String status, String priority, String label, String platform, String channel, String q, int limit,
            String cursor) throws BadParameter {
        if (limit < 1 || limit > 500) {
            throw new BadParameter("limit must be between 1 and 500");
        }
        this.limit = limit;
        List<TriageItem.Status> statuses = new ArrayList<>();
        if (status == null || status.isBlank()) {
            statuses.addAll(List.of(TriageItem.Status.NEW, TriageItem.Status.CLAIMED, TriageItem.Status.ESCALATED));
        } else {
            for (String s : status.split(",")) {
                try {
                    statuses.add(TriageItem.Status.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadParameter("status must be among NEW, CLAIMED, SENT, DISMISSED, ESCALATED, WITHDRAWN");
                }
            }
        }
        // literals, not a parameter: only then can a generic (cached) plan use the partial index on open
        // items; the names come from the enum, never from the request
        where.append(" AND i.status IN (").append(String.join(", ",
                statuses.stream().distinct().map(st -> "'" + st.name() + "'").toList())).append(")");
        if (priority != null && !priority.isBlank()) {
            if (!priority.matches("P[1-5]")) {
                throw new BadParameter("priority must be P1 to P5");
            }
            add("i.priority = :priority", "priority", priority.charAt(1) - '0');
        }
        if (label != null && !label.isBlank()) {
            if (!Label.NAMES.contains(label)) {
                throw new BadParameter("label must be one of " + Label.NAMES);
            }
            add("CAST(:label AS text) = ANY (i.labels)", "label", label);
        }
        if (platform != null && !platform.isBlank()) {
            if (!Message.PLATFORMS.contains(platform)) {
                throw new BadParameter("platform must be one of " + Message.PLATFORMS);
            }
            add("i.platform = :platform", "platform", platform);
        }
        if (channel != null && !channel.isBlank()) {
            if (!CHANNELS.contains(channel)) {
                throw new BadParameter("channel must be \"comment\" or \"dm\"");
            }
            add("i.channel = :channel", "channel", channel);
        }
        if (q != null && !q.isBlank()) {
            if (q.length() > 200) {
                throw new BadParameter("q must be at most 200 characters");
            }
            add("EXISTS (SELECT 1 FROM message m WHERE m.triage_item_id = i.id AND lower(m.text) LIKE :q)", "q",
                    "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (cursor != null && !cursor.isBlank()) {
            Cursor after = Cursor.decode(cursor);
            parameters.put("cp", after.priority());
            parameters.put("cid", after.id());
            if (after.dueAt() == null) {
                where.append(" AND (i.priority > :cp OR (i.priority = :cp AND i.due_at IS NULL AND i.id > :cid))");
            } else {
                parameters.put("cd", after.dueAt());
                where.append(" AND (i.priority > :cp OR (i.priority = :cp AND (i.due_at IS NULL OR i.due_at > :cd"
                        + " OR (i.due_at = :cd AND i.id > :cid))))");
            }
        }
    }

    /** One page and the first item of the next, if any (SQL: the label test needs PostgreSQL's ANY). */
    @SuppressWarnings("unchecked")
    List<TriageItem> page() {
        Query query = TriageItem.getEntityManager().createNativeQuery("SELECT i.* FROM triage_item i WHERE " + where
                + " ORDER BY i.priority, i.due_at NULLS LAST, i.id LIMIT " + (limit + 1), TriageItem.class);
        // a listing changes nothing: no snapshot of each row for dirty checking (less work and garbage per page)
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Only these practices' items (a user limited to some practices); null: all. */
    ItemQuery onlyPractices(List<Long> practiceIds) {
        if (practiceIds != null) {
            add("i.practice_id = ANY(CAST(:practices AS BIGINT[]))", "practices",
                    PgArrays.literal(practiceIds));
        }
        return this;
    }

    int limit() {
        return limit;
    }

    private void add(String condition, String name, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(name, value);
    }
}
