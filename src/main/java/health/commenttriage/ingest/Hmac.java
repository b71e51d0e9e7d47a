package health.commenttriage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and the constant-time comparison every signature check uses. */
public final class Hmac {

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static byte[] sha256(String key, byte[] message) {
        return sha256(key.getBytes(StandardCharsets.UTF_8), message);
    }

    /** Compares in time that does not depend on where the values differ. */
    public static boolean constantTimeEquals(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    /** SHA-256 of a body, as lowercase hex: the delivery id of platforms that give none. */
    public static String bodyHash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The configured secrets: the current one, and during a rotation the previous one. */
    public static List<String> secrets(Optional<String> current, Optional<String> previous) {
        return Stream.of(current, previous).flatMap(Optional::stream).filter(s -> !s.isBlank()).toList();
    }
}
