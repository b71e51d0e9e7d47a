package health.commenttriage.ingest.x;

import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * X's {@code x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body with the consumer
 * secret>}, and the CRC answer, which is the same HMAC over the {@code crc_token}.
 */
public final class XSignature {

    private XSignature() {
    }

    public static SignatureCheck check(String header, byte[] body, List<String> consumerSecrets) {
        return Hmac.checkSha256Header(header, body, consumerSecrets, Base64.getDecoder()::decode);
    }

    public static String sign(String consumerSecret, byte[] body) {
        return Hmac.SHA256_PREFIX + Base64.getEncoder().encodeToString(Hmac.sha256(consumerSecret, body));
    }

    /** The {@code response_token} of a CRC check; X expects it from the current consumer secret. */
    public static String crcResponse(String consumerSecret, String crcToken) {
        return sign(consumerSecret, crcToken.getBytes(StandardCharsets.UTF_8));
    }
}
