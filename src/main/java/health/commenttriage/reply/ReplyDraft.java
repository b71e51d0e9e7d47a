package health.commenttriage.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A draft stored with a triage item, for staff to edit, copy and send. */
@Entity
@Table(name = "reply_draft")
public class ReplyDraft extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "triage_item_id", nullable = false)
    public Long triageItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Draft.Kind kind;

    @Column(nullable = false)
    public String lang;

    public String text;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
