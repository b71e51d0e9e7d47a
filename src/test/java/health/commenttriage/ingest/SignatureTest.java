package health.commenttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import health.commenttriage.ingest.generic.StandardWebhookSignature;
import health.commenttriage.ingest.meta.MetaSignature;
import health.commenttriage.ingest.x.XSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature schemes against the platforms' published vectors and the ways a signature goes wrong. */
class SignatureTest {

    private static final byte[] BODY = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final String GENERIC_SECRET = "whsec_dGVzdC1zdGFuZGFyZC13ZWJob29rcy1zZWNyZXQ=";

    @Test
    void everySharedVectorVerifies() {
        SharedFixtures.missing().ifPresent(reason -> fail(reason));
        List<SharedFixtures.Vector> vectors = SharedFixtures.vectors();
        assertThat(vectors).hasSizeGreaterThan(40);
        for (SharedFixtures.Vector v : vectors) {
            if (v.isMeta()) {
                assertThat(MetaSignature.check(v.value(), v.body(), List.of(v.secret()))).as(v.toString())
                        .isEqualTo(SignatureCheck.VALID);
            } else if (v.isX()) {
                assertThat(XSignature.check(v.value(), v.body(), List.of(v.secret()))).as(v.toString())
                        .isEqualTo(SignatureCheck.VALID);
            } else if (v.file().startsWith("(GET ?crc_token=")) {
                String token = v.file().substring("(GET ?crc_token=".length(), v.file().length() - 1);
                assertThat(XSignature.crcResponse(v.secret(), token)).as(v.toString()).isEqualTo(v.value());
            } else if (v.header().startsWith("webhook-signature")) {
                // "webhook-signature (with webhook-id: msg_test_1, webhook-timestamp: 1700000000)"
                String id = v.header().replaceAll(".*webhook-id: ([^,]+),.*", "$1");
                String timestamp = v.header().replaceAll(".*webhook-timestamp: (\\d+).*", "$1");
                assertThat(StandardWebhookSignature.check(id, timestamp, v.value(), v.body(), List.of(v.secret()),
                        Instant.ofEpochSecond(Long.parseLong(timestamp)))).as(v.toString())
                        .isEqualTo(SignatureCheck.VALID);
            } else {
                fail("a vector of an unknown kind: " + v);
            }
        }
    }

    @Test
    void metaRefusesWhatIsNotItsSignature() {
        List<String> secrets = List.of("s3cret");
        String good = MetaSignature.sign("s3cret", BODY);
        assertThat(MetaSignature.check(good, BODY, secrets)).isEqualTo(SignatureCheck.VALID);
        assertThat(MetaSignature.check(good.toUpperCase().replace("SHA256=", "sha256="), BODY, secrets))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(MetaSignature.check(null, BODY, secrets)).isEqualTo(SignatureCheck.MISSING);
        assertThat(MetaSignature.check("sha1=abcdef", BODY, secrets)).isEqualTo(SignatureCheck.WRONG_ALGORITHM);
        assertThat(MetaSignature.check("sha256=not-hex", BODY, secrets)).isEqualTo(SignatureCheck.MALFORMED);
        assertThat(MetaSignature.check(MetaSignature.sign("other", BODY), BODY, secrets))
                .isEqualTo(SignatureCheck.MISMATCH);
        assertThat(MetaSignature.check(good, "{\"object\":\"page\",\"entry\":[1]}".getBytes(), secrets))
                .isEqualTo(SignatureCheck.MISMATCH);
        assertThat(MetaSignature.check(good, BODY, List.of())).isEqualTo(SignatureCheck.NOT_CONFIGURED);
    }

    @Test
    void duringARotationBothSecretsAreAccepted() {
        List<String> rotating = List.of("new-secret", "old-secret");
        assertThat(MetaSignature.check(MetaSignature.sign("old-secret", BODY), BODY, rotating))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(XSignature.check(XSignature.sign("old-secret", BODY), BODY, rotating))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void xRefusesWhatIsNotItsSignature() {
        List<String> secrets = List.of("x-secret");
        assertThat(XSignature.check(XSignature.sign("x-secret", BODY), BODY, secrets)).isEqualTo(SignatureCheck.VALID);
        assertThat(XSignature.check("", BODY, secrets)).isEqualTo(SignatureCheck.MISSING);
        assertThat(XSignature.check("sha1=AAAA", BODY, secrets)).isEqualTo(SignatureCheck.WRONG_ALGORITHM);
        assertThat(XSignature.check("sha256=***", BODY, secrets)).isEqualTo(SignatureCheck.MALFORMED);
        // the hex form Meta uses is not X's
        assertThat(XSignature.check(MetaSignature.sign("x-secret", BODY), BODY, secrets))
                .isNotEqualTo(SignatureCheck.VALID);
    }

    @Test
    void standardWebhooksChecksTimeAndListsOfSignatures() {
        long now = 1_764_000_000L;
        String good = StandardWebhookSignature.sign(GENERIC_SECRET, "msg_1", now, BODY);
        List<String> secrets = List.of(GENERIC_SECRET);
        Instant at = Instant.ofEpochSecond(now);
        assertThat(StandardWebhookSignature.check("msg_1", Long.toString(now), good, BODY, secrets, at))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(StandardWebhookSignature.check("msg_1", Long.toString(now), "v1,AAAA " + good, BODY, secrets, at))
                .isEqualTo(SignatureCheck.VALID);
        assertThat(StandardWebhookSignature.check("msg_1", Long.toString(now), good, BODY, secrets,
                at.plusSeconds(301))).isEqualTo(SignatureCheck.STALE);
        assertThat(StandardWebhookSignature.check("msg_1", Long.toString(now), good, BODY, secrets,
                at.minusSeconds(301))).isEqualTo(SignatureCheck.STALE);
        assertThat(StandardWebhookSignature.check("msg_2", Long.toString(now), good, BODY, secrets, at))
                .as("the id is signed").isEqualTo(SignatureCheck.MISMATCH);
        assertThat(StandardWebhookSignature.check("msg_1", Long.toString(now), "v1a,c2lnbmF0dXJl", BODY, secrets, at))
                .isEqualTo(SignatureCheck.WRONG_ALGORITHM);
        assertThat(StandardWebhookSignature.check("msg_1", "yesterday", good, BODY, secrets, at))
                .isEqualTo(SignatureCheck.MALFORMED);
        assertThat(StandardWebhookSignature.check(null, Long.toString(now), good, BODY, secrets, at))
                .isEqualTo(SignatureCheck.MISSING);
    }
}
