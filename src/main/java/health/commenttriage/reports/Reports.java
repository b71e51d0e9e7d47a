package health.commenttriage.reports;

import health.commenttriage.classify.Label;
import health.commenttriage.database.PgArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor reports, in SQL. Every report counts the items that arrived in the range (by their
 * arrival date in their practice's time zone) in the practices the caller may see. Only counts, labels,
 * priorities and dates come out: never a message's text or a person's name.
 */
@ApplicationScoped
public class Reports {

    /** The reports, by the name their URLs use, with their row type. */
    public enum Kind {
        LABELS_PER_DAY("labels-per-day", LabelDay.class),
        RESPONSE_TIMES("response-times", ResponseTime.class),
        SLA_BREACHES("sla-breaches", SlaBreach.class),
        DRAFT_EDITS("draft-edits", DraftEdits.class),
        RELABEL_RATE("relabel-rate", Relabel.class);

        public final String slug;
        public final Class<? extends Record> rowType;

        Kind(String slug, Class<? extends Record> rowType) {
            this.slug = slug;
            this.rowType = rowType;
        }

        public static Kind of(String slug) {
            for (Kind kind : values()) {
                if (kind.slug.equals(slug)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Items that carried a label and arrived on a day (an item with two labels counts under both). */
    public record LabelDay(String day, String label, long items) {
    }

    /** Time from arrival to the reply being sent, of the items answered, per priority. */
    public record ResponseTime(String priority, long answered, Double medianSeconds, Double p90Seconds) {
    }

    /**
     * Items of a priority that had a due time, those answered after it and those still open past it;
     * {@code day} is null in the total over the range.
     */
    public record SlaBreach(String day, String priority, long withDueTime, long answeredLate, long openLate,
            long breaches) {
    }

    /** Replies sent as drafted or edited first, per priority and ("all") in total; unknown: not recorded. */
    public record DraftEdits(String priority, long sent, long unedited, long edited, long unknown,
            Double uneditedShare) {
    }

    /**
     * Per label, the items the classifier gave it and how many of those staff relabelled (their labels
     * after staff changes differ from the classifier's); removed: staff took this label off, added: staff
     * put it on an item the classifier had not given it.
     */
    public record Relabel(String label, long items, long relabelled, Double relabelledShare, long removed,
            long added) {
    }

    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");

    private final EntityManager entityManager;

    public Reports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One report's rows; {@code byDay} only matters for the SLA breaches. */
    public List<? extends Record> rows(Kind kind, ReportRange range, boolean byDay, List<Long> practiceIds) {
        return switch (kind) {
            case LABELS_PER_DAY -> labelsPerDay(range, practiceIds);
            case RESPONSE_TIMES -> responseTimes(range, practiceIds);
            case SLA_BREACHES -> slaBreaches(range, byDay, practiceIds);
            case DRAFT_EDITS -> draftEdits(range, practiceIds);
            case RELABEL_RATE -> relabelRate(range, practiceIds);
        };
    }

    public List<LabelDay> labelsPerDay(ReportRange range, List<Long> practiceIds) {
        List<LabelDay> rows = new ArrayList<>();
        for (Object[] row : query(range, practiceIds, """
                SELECT to_char(s.day, 'YYYY-MM-DD'), l.label, count(*)
                  FROM scope s CROSS JOIN LATERAL (SELECT DISTINCT unnest(s.labels)) AS l(label)
                 GROUP BY 1, 2 ORDER BY 1, 2""")) {
            rows.add(new LabelDay((String) row[0], (String) row[1], number(row[2])));
        }
        return rows;
    }

    public List<ResponseTime> responseTimes(ReportRange range, List<Long> practiceIds) {
        Map<String, ResponseTime> rows = new LinkedHashMap<>();
        PRIORITIES.forEach(p -> rows.put(p, new ResponseTime(p, 0, null, null)));
        for (Object[] row : query(range, practiceIds, """
                SELECT s.priority, count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.sent_at - s.created_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.sent_at - s.created_at))
                  FROM scope s WHERE s.sent_at IS NOT NULL GROUP BY 1""")) {
            String priority = "P" + number(row[0]);
            rows.put(priority, new ResponseTime(priority, number(row[1]), seconds(row[2]), seconds(row[3])));
        }
        return new ArrayList<>(rows.values());
    }

    public List<SlaBreach> slaBreaches(ReportRange range, boolean byDay, List<Long> practiceIds) {
        Map<String, SlaBreach> rows = new LinkedHashMap<>();
        if (!byDay) {
            PRIORITIES.forEach(p -> rows.put(p, new SlaBreach(null, p, 0, 0, 0, 0)));
        }
        String day = byDay ? "to_char(s.day, 'YYYY-MM-DD')" : "NULL";
        for (Object[] row : query(range, practiceIds, """
                SELECT %s, s.priority, count(*) FILTER (WHERE s.due_at IS NOT NULL),
                       count(*) FILTER (WHERE s.sent_at > s.due_at),
                       count(*) FILTER (WHERE s.sent_at IS NULL AND s.status IN ('NEW', 'CLAIMED', 'ESCALATED')
                                          AND s.due_at < now())
                  FROM scope s GROUP BY 1, 2 ORDER BY 1, 2""".formatted(day))) {
            String priority = "P" + number(row[1]);
            long late = number(row[3]);
            long open = number(row[4]);
            rows.put((row[0] == null ? "" : row[0]) + priority, new SlaBreach((String) row[0], priority, number(row[2]), late, open,
                    late + open));
        }
        return new ArrayList<>(rows.values());
    }

    public List<DraftEdits> draftEdits(ReportRange range, List<Long> practiceIds) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        PRIORITIES.forEach(p -> counts.put(p, new long[4]));
        counts.put("all", new long[4]);
        for (Object[] row : query(range, practiceIds, """
                SELECT s.priority, count(*), count(*) FILTER (WHERE s.sent_unedited),
                       count(*) FILTER (WHERE NOT s.sent_unedited), count(*) FILTER (WHERE s.sent_unedited IS NULL)
                  FROM scope s WHERE s.sent_at IS NOT NULL GROUP BY 1""")) {
            long[] c = counts.get("P" + number(row[0]));
            long[] all = counts.get("all");
            for (int i = 0; i < 4; i++) {
                c[i] = number(row[i + 1]);
                all[i] += c[i];
            }
        }
        List<DraftEdits> rows = new ArrayList<>();
        counts.forEach((p, c) -> rows.add(new DraftEdits(p, c[0], c[1], c[2], c[3], share(c[1], c[1] + c[2]))));
        return rows;
    }

    public List<Relabel> relabelRate(ReportRange range, List<Long> practiceIds) {
        Map<String, Relabel> rows = new LinkedHashMap<>();
        for (Label label : Label.values()) {
            rows.put(label.name(), new Relabel(label.name(), 0, 0, null, 0, 0));
        }
        for (Object[] row : query(range, practiceIds, """
                , judged AS (
                    SELECT s.id,
                           COALESCE((SELECT f.labels_before FROM label_feedback f WHERE f.triage_item_id = s.id
                                      ORDER BY f.id LIMIT 1), s.labels) AS classified,
                           COALESCE((SELECT f.labels_after FROM label_feedback f WHERE f.triage_item_id = s.id
                                      ORDER BY f.id DESC LIMIT 1), s.labels) AS final
                      FROM scope s)
                SELECT l.label,
                       count(*) FILTER (WHERE l.label = ANY (j.classified)),
                       count(*) FILTER (WHERE l.label = ANY (j.classified)
                                          AND NOT (j.classified @> j.final AND j.final @> j.classified)),
                       count(*) FILTER (WHERE l.label = ANY (j.classified) AND NOT l.label = ANY (j.final)),
                       count(*) FILTER (WHERE l.label = ANY (j.final) AND NOT l.label = ANY (j.classified))
                  FROM judged j CROSS JOIN LATERAL (SELECT DISTINCT unnest(j.classified || j.final)) AS l(label)
                 GROUP BY 1 ORDER BY 1""")) {
            String label = (String) row[0];
            long items = number(row[1]);
            long relabelled = number(row[2]);
            rows.put(label, new Relabel(label, items, relabelled, share(relabelled, items), number(row[3]),
                    number(row[4])));
        }
        return new ArrayList<>(rows.values());
    }

    /**
     * Runs a query after the {@code scope} CTE (the items in range the caller may see, with their local
     * arrival day); a query starting with a comma adds CTEs of its own. The first condition is a wider range of
     * instants that {@code triage_item_created_idx} can serve: two days each side cover any practice's and any
     * session's offset (UTC-12 to UTC+14); the second is the exact local day.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> query(ReportRange range, List<Long> practiceIds, String select) {
        String practices = practiceIds == null ? "" : " AND i.practice_id = ANY (CAST(:practices AS BIGINT[]))";
        String sql = """
                WITH scope AS (
                    SELECT i.*, CAST(i.created_at AT TIME ZONE p.time_zone AS DATE) AS day
                      FROM triage_item i JOIN practice p ON p.id = i.practice_id
                     WHERE i.created_at >= CAST(:from AS DATE) - 2 AND i.created_at < CAST(:to AS DATE) + 3
                       AND CAST(i.created_at AT TIME ZONE p.time_zone AS DATE)
                           BETWEEN CAST(:from AS DATE) AND CAST(:to AS DATE)%s)
                """.formatted(practices) + (select.startsWith(",") ? select : "\n" + select);
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("from", range.from().toString())
                .setParameter("to", range.to().toString());
        if (practiceIds != null) {
            query.setParameter("practices", PgArrays.literal(practiceIds));
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Seconds to a tenth. */
    private static Double seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    /** A share from 0 to 1, to four places; null when there is nothing to divide. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
