package health.commenttriage.queue;

import health.commenttriage.database.PgArrays;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How the queue stands: open work per priority and status, how old the oldest is, what is overdue. */
@RolesAllowed(Roles.STAFF)
@Path("/api/v1/queue/stats")
@Produces(MediaType.APPLICATION_JSON)
public class QueueStatsResource {

    public record PriorityStats(long open, Long oldestOpenSeconds, long overdue) {
    }

    public record Stats(Map<String, PriorityStats> byPriority, Map<String, Long> byStatus, long open, long overdue) {
    }


    private final EntityManager entityManager;
    private final StaffMember member;

    public QueueStatsResource(EntityManager entityManager, StaffMember member) {
        this.entityManager = entityManager;
        this.member = member;
    }

    @GET
    @Operation(summary = "Open items per priority and status, the oldest open item's age, SLA breaches")
    @SuppressWarnings("unchecked")
    public Stats stats() {
        Map<String, PriorityStats> byPriority = new LinkedHashMap<>();
        for (int p = 1; p <= 5; p++) {
            byPriority.put("P" + p, new PriorityStats(0, null, 0));
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT priority, count(*), extract(epoch FROM now() - min(created_at))::bigint,
                       count(*) FILTER (WHERE due_at < now())
                FROM triage_item WHERE status IN ('NEW', 'CLAIMED', 'ESCALATED')""" + visible() + " GROUP BY priority")
                .getResultList();
        long open = 0;
        long overdue = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            long late = ((Number) row[3]).longValue();
            byPriority.put("P" + ((Number) row[0]).intValue(),
                    new PriorityStats(count, row[2] == null ? null : ((Number) row[2]).longValue(), late));
            open += count;
            overdue += late;
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (TriageItem.Status status : TriageItem.Status.values()) {
            if (status.isOpen()) {
                byStatus.put(status.name(), 0L);
            }
        }
        List<Object[]> statuses = entityManager.createNativeQuery("""
                SELECT status, count(*) FROM triage_item WHERE status IN ('NEW', 'CLAIMED', 'ESCALATED')""" + visible()
                + " GROUP BY status").getResultList();
        for (Object[] row : statuses) {
            byStatus.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new Stats(byPriority, byStatus, open, overdue);
    }

    /** A user limited to some practices counts only theirs (the ids are numbers from the user's account). */
    private String visible() {
        List<Long> practices = member.practiceIds();
        return practices == null ? "" : " AND practice_id = ANY('" + PgArrays.literal(practices) + "'::bigint[])";
    }
}
