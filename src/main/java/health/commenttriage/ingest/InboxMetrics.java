package health.commenttriage.ingest;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The inbox as metrics: how many deliveries wait, and how long the oldest has waited. Read on scrape. */
@ApplicationScoped
public class InboxMetrics {

    private final AgroalDataSource dataSource;

    public InboxMetrics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("triage.inbox.pending", this, m -> m.query("SELECT count(*) FROM inbound_event WHERE status = 'PENDING'"))
                .description("deliveries waiting to be processed")
                .register(registry);
        Gauge.builder("triage.inbox.oldest.pending.age", this, m -> m.query(
                "SELECT coalesce(extract(epoch FROM now() - min(received_at)), 0) FROM inbound_event"
                        + " WHERE status = 'PENDING'"))
                .description("age of the oldest pending delivery")
                .baseUnit("seconds")
                .register(registry);
    }

    private double query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN; // no figure while the database is away
        }
    }
}
