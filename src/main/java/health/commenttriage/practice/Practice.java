package health.commenttriage.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "practice")
public class Practice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone = "America/New_York";

    public String phone;

    @Column(name = "portal_url")
    public String portalUrl;

    public String website;

    public String hours;

    public String address;

    @Column(name = "emergency_number", nullable = false)
    public String emergencyNumber = "911";

    @Column(name = "crisis_line", nullable = false)
    public String crisisLine = "988";

    @Column(name = "manager_contact")
    public String managerContact;

    @Column(name = "sign_off")
    public String signOff;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>(List.of("en", "es"));

    /** Service levels per priority; null: the default (see ServiceLevel). */
    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "sla_p1")
    public Duration slaP1;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "sla_p2")
    public Duration slaP2;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "sla_p3")
    public Duration slaP3;

    @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
    @Column(name = "sla_p4")
    public Duration slaP4;

    /** Days message text, names and drafts are kept; null: TRIAGE_RETENTION_DAYS. */
    @Column(name = "retention_days")
    public Integer retentionDays;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
