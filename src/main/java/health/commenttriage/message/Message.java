package health.commenttriage.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A normalised inbound message. Rows are inserted by {@link MessageStore}. */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String EDITED = "EDITED";
    public static final String DELETED = "DELETED";

    /** The platforms a message can come from (the table's check constraint says the same). */
    public static final List<String> PLATFORMS = List.of("facebook", "instagram", "messenger", "x", "generic");

    @Id
    public Long id;

    @Column(name = "practice_id", nullable = false)
    public Long practiceId;

    @Column(name = "inbound_event_id", nullable = false)
    public Long inboundEventId;

    @Column(name = "triage_item_id")
    public Long triageItemId;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String channel;

    @Column(name = "platform_message_id", nullable = false)
    public String platformMessageId;

    @Column(name = "conversation_id")
    public String conversationId;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    public String text;

    public String lang;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public String permalink;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attachment_kinds", nullable = false)
    public List<String> attachmentKinds;

    @Column(nullable = false)
    public String state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> labels = new java.util.ArrayList<>();

    /** 1 (emergency) to 5, from the classifier; null until classified. */
    public Short priority;

    @Column(name = "self_harm", nullable = false)
    public boolean selfHarm;

    /** The classifier's evidence, suppressed matches and version, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String classification;

    @Column(name = "redacted_at")
    public OffsetDateTime redactedAt;
}
