package health.commenttriage.ingest.meta;

import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.SignatureCheck;
import java.util.HexFormat;
import java.util.List;

/** Meta's {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>}. */
public final class MetaSignature {

    private MetaSignature() {
    }

    public static SignatureCheck check(String header, byte[] body, List<String> appSecrets) {
        return Hmac.checkSha256Header(header, body, appSecrets, hex -> HexFormat.of().parseHex(hex.toLowerCase()));
    }

    /** The header value for a body, for scripts and tests. */
    public static String sign(String appSecret, byte[] body) {
        return Hmac.SHA256_PREFIX + HexFormat.of().formatHex(Hmac.sha256(appSecret, body));
    }
}
