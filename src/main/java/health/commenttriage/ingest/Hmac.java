package health.commenttriage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and the constant-time comparison every signature check uses. */
public final class Hmac {

    public static final String SHA256_PREFIX = "sha256=";

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

    /**
     * Checks a {@code sha256=<encoded HMAC-SHA256 of the body>} header against each secret; Meta encodes
     * the HMAC in hex, X in base64.
     */
    public static SignatureCheck checkSha256Header(String header, byte[] body, List<String> secrets,
            Function<String, byte[]> decode) {
        if (secrets.isEmpty()) {
            return SignatureCheck.NOT_CONFIGURED;
        }
        if (header == null || header.isBlank()) {
            return SignatureCheck.MISSING;
        }
        String value = header.trim();
        if (!value.startsWith(SHA256_PREFIX)) {
            return value.contains("=") ? SignatureCheck.WRONG_ALGORITHM : SignatureCheck.MALFORMED;
        }
        byte[] given;
        try {
            given = decode.apply(value.substring(SHA256_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return SignatureCheck.MALFORMED;
        }
        for (String secret : secrets) {
            if (constantTimeEquals(sha256(secret, body), given)) {
                return SignatureCheck.VALID;
            }
        }
        return SignatureCheck.MISMATCH;
    }

    /** The configured secrets: the current one, and during a rotation the previous one. */
    public static List<String> secrets(Optional<String> current, Optional<String> previous) {
        return Stream.of(current, previous).flatMap(Optional::stream).filter(s -> !s.isBlank()).toList();
    }
}
