package health.commenttriage.ingest.generic;

import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.SignatureCheck;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The Standard Webhooks scheme: {@code webhook-signature} is a space-separated list of {@code v1,<base64
 * HMAC-SHA256>} over {@code id.timestamp.body}, keyed with the base64-decoded part of a {@code whsec_}
 * secret; the timestamp must be within five minutes of now.
 */
public final class StandardWebhookSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String SECRET_PREFIX = "whsec_";

    private StandardWebhookSignature() {
    }

    public static SignatureCheck check(String id, String timestamp, String signatures, byte[] body,
            List<String> secrets, Instant now) {
        if (secrets.isEmpty()) {
            return SignatureCheck.NOT_CONFIGURED;
        }
        if (blank(id) || blank(timestamp) || blank(signatures)) {
            return SignatureCheck.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return SignatureCheck.MALFORMED;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            return SignatureCheck.STALE;
        }
        byte[] signed = signedContent(id.trim(), seconds, body);
        boolean sawV1 = false;
        for (String entry : signatures.trim().split(" +")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            sawV1 = true;
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (String secret : secrets) {
                if (Hmac.constantTimeEquals(Hmac.sha256(key(secret), signed), given)) {
                    return SignatureCheck.VALID;
                }
            }
        }
        return sawV1 ? SignatureCheck.MISMATCH : SignatureCheck.WRONG_ALGORITHM;
    }

    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(Hmac.sha256(key(secret), signedContent(id, timestamp, body)));
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }

    private static byte[] signedContent(String id, long timestamp, byte[] body) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(body.length + 64);
        content.writeBytes((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        content.writeBytes(body);
        return content.toByteArray();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
