package health.commenttriage.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An internal note of the staff on an item; never shown to the writer. */
@Entity
@Table(name = "item_note")
public class ItemNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "triage_item_id", nullable = false)
    public Long triageItemId;

    @Column(nullable = false)
    public String author;

    /** Null once retention has redacted it (notes may quote the message). */
    public String text;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
