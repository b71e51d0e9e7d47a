package health.commenttriage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit of work for staff: one message, or the open DM conversation it belongs to. */
@Entity
@Table(name = "triage_item")
public class TriageItem extends PanacheEntityBase {

    public enum Status {
        NEW, CLAIMED, SENT, DISMISSED, ESCALATED, WITHDRAWN;

        public boolean isOpen() {
            return this == NEW || this == CLAIMED || this == ESCALATED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id", nullable = false)
    public Long practiceId;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String channel;

    @Column(name = "conversation_key")
    public String conversationKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.NEW;

    /** 1 (emergency) to 5 (no reply needed). */
    @Column(nullable = false)
    public short priority;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> labels = new ArrayList<>();

    @Column(name = "self_harm", nullable = false)
    public boolean selfHarm;

    @Column(name = "recommend_hide", nullable = false)
    public boolean recommendHide;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claim_expires_at")
    public OffsetDateTime claimExpiresAt;

    @Column(name = "sent_text")
    public String sentText;

    @Column(name = "sent_by")
    public String sentBy;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(name = "sent_url")
    public String sentUrl;

    /** Whether the text sent was a draft as drafted. */
    @Column(name = "sent_unedited")
    public Boolean sentUnedited;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
