package health.commenttriage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A staff correction of an item's labels: what the classifier said, and what it should have said. */
@Entity
@Table(name = "label_feedback")
public class LabelFeedback extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "triage_item_id", nullable = false)
    public Long triageItemId;

    @Column(nullable = false)
    public String actor;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "labels_before", nullable = false)
    public List<String> labelsBefore;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "labels_after", nullable = false)
    public List<String> labelsAfter;

    @Column(name = "classifier_version")
    public String classifierVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
