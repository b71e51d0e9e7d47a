package health.commenttriage.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An earlier text of a message that its writer edited. */
@Entity
@Table(name = "message_revision")
public class MessageRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id", nullable = false)
    public Long messageId;

    public String text;

    @Column(name = "replaced_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime replacedAt;
}
