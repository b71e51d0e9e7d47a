package health.commenttriage.security;

import health.commenttriage.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;

/**
 * Slows password guessing: after 5 failures for one username, or 20 from one address, within 15
 * minutes, that username or address may not try again for 15 minutes. Kept in the database, so that
 * spreading the guesses over replicas does not help. Each lock is audited.
 */
@ApplicationScoped
public class LoginThrottle {

    /** The attribute of a refused login's exception: seconds until it may try again. */
    public static final String RETRY_AFTER = "retryAfterSeconds";

    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AuditTrail audit;

    public LoginThrottle(AuditTrail audit) {
        this.audit = audit;
    }

    /** Seconds until this username or address may try again; 0 when it may now. */
    public long lockedFor(String username, String address) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object seconds = em().createNativeQuery("""
                    SELECT ceil(extract(epoch FROM max(locked_until) - now())) FROM login_lock
                     WHERE subject IN (:user, :address) AND locked_until > now()""")
                    .setParameter("user", userSubject(username)).setParameter("address", addressSubject(address))
                    .getSingleResult();
            return seconds == null ? 0L : ((Number) seconds).longValue();
        });
    }

    /** Records a wrong password; locks the username or the address when it had too many. */
    public void failed(String username, String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = em();
            em.createNativeQuery("DELETE FROM login_failure WHERE failed_at < now() - CAST(:window AS INTERVAL)")
                    .setParameter("window", WINDOW.toString()).executeUpdate();
            em.createNativeQuery("INSERT INTO login_failure (username, address) VALUES (:user, :address)")
                    .setParameter("user", clip(username)).setParameter("address", address).executeUpdate();
            lockIfTooMany("username", clip(username), userSubject(username), FAILURES_PER_USER);
            lockIfTooMany("address", address, addressSubject(address), FAILURES_PER_ADDRESS);
        });
    }

    private void lockIfTooMany(String column, String value, String subject, int limit) {
        Number failures = (Number) em().createNativeQuery("SELECT count(*) FROM login_failure WHERE " + column
                + " = :value AND failed_at > now() - CAST(:window AS INTERVAL)")
                .setParameter("value", value).setParameter("window", WINDOW.toString()).getSingleResult();
        if (failures.intValue() < limit) {
            return;
        }
        int locked = em().createNativeQuery("""
                INSERT INTO login_lock (subject, locked_until) VALUES (:subject, now() + CAST(:lock AS INTERVAL))
                ON CONFLICT (subject) DO UPDATE SET locked_until = EXCLUDED.locked_until
                 WHERE login_lock.locked_until <= now()""")
                .setParameter("subject", subject).setParameter("lock", LOCK.toString()).executeUpdate();
        if (locked > 0) {
            // the username is staff's, not a patient's; the address is kept for the investigation
            audit.record(AuditTrail.SYSTEM, "login.locked", null, null,
                    Map.of(column, value, "failures", failures.intValue(), "minutes", LOCK.toMinutes()));
        }
    }

    private static String userSubject(String username) {
        return "user:" + clip(username);
    }

    private static String addressSubject(String address) {
        return "address:" + address;
    }

    private static String clip(String username) {
        return username.length() > 100 ? username.substring(0, 100) : username;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
