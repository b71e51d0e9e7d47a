package health.commenttriage.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.inject.spi.CDI;

/** Tests that fail logins on purpose forget them afterwards, so later tests from 127.0.0.1 are not locked out. */
final class LoginFailures {

    private LoginFailures() {
    }

    static void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            em.createNativeQuery("DELETE FROM login_failure").executeUpdate();
            em.createNativeQuery("DELETE FROM login_lock").executeUpdate();
        });
    }
}
