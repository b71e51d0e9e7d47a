package health.commenttriage.reply;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A practice's own wording of one reply template in one language; it passed the linter when saved. */
@Entity
@Table(name = "reply_template_override")
public class TemplateOverride extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id", nullable = false)
    public Long practiceId;

    @Column(nullable = false)
    public String template;

    @Column(nullable = false)
    public String lang;

    @Column(nullable = false)
    public String body;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
