package health.commenttriage.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tokens against cross-site request forgery on the pages: a signed double-submit cookie. The token is
 * random, signed for the logged-in user with a key derived from the session key (so every replica
 * accepts it), sent as a cookie, and repeated by the page in the {@code X-CSRF-Token} header of every
 * state-changing request. Another site can neither read the cookie nor forge the signature.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String COOKIE = "triage-csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public CsrfTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("csrf:" + sessionKey).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A new token for this user. */
    public String issue(String username) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return encoded + "." + signature(encoded, username);
    }

    /** Whether the token was issued by this service for this user. */
    public boolean isValid(String token, String username) {
        if (token == null || username == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String expected = signature(token.substring(0, dot), username);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String nonce, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((nonce + ":" + username).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
