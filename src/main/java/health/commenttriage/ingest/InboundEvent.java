package health.commenttriage.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One raw, signed delivery from a platform, exactly as received. Rows are written by {@link Inbox}. */
@Entity
@Table(name = "inbound_event")
public class InboundEvent extends PanacheEntityBase {

    public enum Status {
        PENDING, PROCESSED, IGNORED, FAILED, UNROUTED
    }

    @Id
    public Long id;

    @Column(nullable = false)
    public String platform;

    @Column(name = "delivery_id", nullable = false)
    public String deliveryId;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String headers;

    @Column(nullable = false)
    public byte[] body;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;
}
