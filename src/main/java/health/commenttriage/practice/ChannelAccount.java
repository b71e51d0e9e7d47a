package health.commenttriage.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A platform account (page, Instagram account, X user, generic source) that belongs to one practice. */
@Entity
@Table(name = "channel_account")
public class ChannelAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "practice_id", nullable = false)
    public Long practiceId;

    @Column(nullable = false)
    public String platform;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
