package health.commenttriage.ingest.meta;

import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.SignatureCheck;
import java.util.HexFormat;
import java.util.List;

/** Meta's {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>}. */
public final class MetaSignature {

    private static final String PREFIX = "sha256=";

    private MetaSignature() {
    }

    public static SignatureCheck check(String header, byte[] body, List<String> appSecrets) {
        if (appSecrets.isEmpty()) {
            return SignatureCheck.NOT_CONFIGURED;
        }
        if (header == null || header.isBlank()) {
            return SignatureCheck.MISSING;
        }
        String value = header.trim();
        if (!value.startsWith(PREFIX)) {
            return value.contains("=") ? SignatureCheck.WRONG_ALGORITHM : SignatureCheck.MALFORMED;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(value.substring(PREFIX.length()).toLowerCase());
        } catch (IllegalArgumentException e) {
            return SignatureCheck.MALFORMED;
        }
        for (String secret : appSecrets) {
            if (Hmac.constantTimeEquals(Hmac.sha256(secret, body), given)) {
                return SignatureCheck.VALID;
            }
        }
        return SignatureCheck.MISMATCH;
    }

    /** The header value for a body, for scripts and tests. */
    public static String sign(String appSecret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(Hmac.sha256(appSecret, body));
    }
}
