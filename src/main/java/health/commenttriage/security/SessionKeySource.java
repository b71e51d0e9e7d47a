package health.commenttriage.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The key that encrypts the session cookie: TRIAGE_SESSION_KEY, which every replica must share so a
 * login on one is valid on the others. Without it, a random key of this process (never logged, unlike
 * Quarkus' own fallback); sessions then end at a restart and do not cross replicas (see
 * SessionKeyCheck, which warns).
 */
public class SessionKeySource implements ConfigSource {

    static final String VARIABLE = "TRIAGE_SESSION_KEY";
    private static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String RANDOM = randomKey();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!PROPERTY.equals(propertyName)) {
            return null;
        }
        String given = System.getenv(VARIABLE);
        return given == null || given.isBlank() ? RANDOM : given;
    }

    @Override
    public String getName() {
        return "triage-session-key";
    }

    @Override
    public int getOrdinal() {
        return 275; // above application.properties (250), below system properties and the environment
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
