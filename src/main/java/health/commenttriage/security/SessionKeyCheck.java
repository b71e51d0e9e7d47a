package health.commenttriage.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start when sessions cannot outlive this process, and refuses a key too short to be safe. */
@ApplicationScoped
class SessionKeyCheck {

    private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);
    static final int MIN_LENGTH = 32;

    void onStart(@Observes StartupEvent start) {
        String given = System.getenv(SessionKeySource.VARIABLE);
        if (given == null || given.isBlank()) {
            LOG.warnf("%s is not set: staff sessions use a random key of this process, so they end when it"
                    + " stops and are not valid on other replicas", SessionKeySource.VARIABLE);
        } else if (given.length() < MIN_LENGTH) {
            throw new IllegalStateException(SessionKeySource.VARIABLE + " must have at least " + MIN_LENGTH
                    + " characters (for example: openssl rand -base64 32)");
        }
    }
}
