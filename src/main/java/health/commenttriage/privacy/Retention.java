package health.commenttriage.privacy;

import health.commenttriage.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Redacts message text, author names and drafts once they are older than the practice's retention
 * (TRIAGE_RETENTION_DAYS by default), keeping labels, timings and the audit trail. Runs daily on every
 * replica: rows are taken with SKIP LOCKED and a redacted row is never taken again, so two replicas at
 * once, or a second run, change nothing more.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final int BATCH = 500;

    private final Redaction redaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultDays;

    public Retention(Redaction redaction, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "triage.retention.days") int defaultDays) {
        if (defaultDays < 1) {
            throw new IllegalArgumentException("TRIAGE_RETENTION_DAYS must be at least 1");
        }
        this.redaction = redaction;
        this.audit = audit;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    @Scheduled(identity = "retention", cron = "{triage.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Redaction.Counts done = run();
        LOG.infof("retention: %d messages, %d items and %d deliveries redacted", done.messages(), done.items(),
                done.deliveries());
    }

    /** Redacts everything past its retention, in batches, each its own transaction. */
    public Redaction.Counts run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Redaction.Counts total = new Redaction.Counts(0, 0, 0);
        Redaction.Counts batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> redactBatch(now));
            total = total.plus(batch);
        } while (batch.messages() == BATCH);
        Redaction.Counts done = total.plus(QuarkusTransaction.requiringNew().call(() -> redactOldDeliveries(now)));
        if (done.messages() > 0 || done.deliveries() > 0) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditTrail.SYSTEM, "retention.redacted", null,
                    null, Map.of("messages", done.messages(), "items", done.items(),
                            "deliveries", done.deliveries(), "defaultDays", defaultDays)));
        }
        return done;
    }

    private Redaction.Counts redactBatch(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Number> due = Panache.getEntityManager().createNativeQuery("""
                SELECT m.id FROM message m JOIN practice p ON p.id = m.practice_id
                 WHERE m.redacted_at IS NULL
                   AND m.received_at < CAST(:now AS TIMESTAMPTZ) - make_interval(days => COALESCE(p.retention_days, :days))
                 ORDER BY m.received_at LIMIT :batch
                   FOR UPDATE OF m SKIP LOCKED""")
                .setParameter("now", now).setParameter("days", defaultDays).setParameter("batch", BATCH)
                .getResultList();
        return redaction.redact(due.stream().map(Number::longValue).toList(), false);
    }

    /** Raw deliveries that made no message (ignored, unrouted, failed) go after the shortest retention. */
    private Redaction.Counts redactOldDeliveries(OffsetDateTime now) {
        int deliveries = Panache.getEntityManager().createNativeQuery("""
                UPDATE inbound_event SET body = ''::bytea
                 WHERE status <> 'PENDING' AND length(body) > 0
                   AND received_at < CAST(:now AS TIMESTAMPTZ) - make_interval(days =>
                       (SELECT LEAST(:days, min(retention_days)) FROM practice))""")
                .setParameter("now", now).setParameter("days", defaultDays).executeUpdate();
        return new Redaction.Counts(0, 0, deliveries);
    }
}
