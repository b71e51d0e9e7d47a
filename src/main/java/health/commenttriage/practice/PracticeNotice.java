package health.commenttriage.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A time-limited notice (closed for weather, a flu-shot clinic) that general-inquiry drafts mention. */
@Entity
@Table(name = "practice_notice")
public class PracticeNotice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id", nullable = false)
    public Long practiceId;

    @Column(nullable = false)
    public String lang;

    @Column(nullable = false)
    public String text;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;
}
