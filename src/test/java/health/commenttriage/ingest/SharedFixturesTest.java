package health.commenttriage.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import health.commenttriage.message.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload in the shared platform fixtures, posted with its signature vector, is accepted, stored and
 * processed into the messages it holds. A new fixture with a vector is tested without new code.
 */
@QuarkusTest
class SharedFixturesTest {

    @Inject
    InboxWorker worker;

    static Stream<Object> payloadsWithVectors() {
        if (SharedFixtures.missing().isPresent()) {
            return Stream.of(SharedFixtures.missing().get()); // one failing case that says what is missing
        }
        return SharedFixtures.vectors().stream().filter(v -> v.isMeta() || v.isX()).map(v -> (Object) v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloadsWithVectors")
    void isAcceptedAndParsed(Object fixture) {
        if (fixture instanceof String missing) {
            fail(missing);
        }
        SharedFixtures.Vector vector = (SharedFixtures.Vector) fixture;
        byte[] body = vector.body();
        given().contentType("application/json").header(vector.header(), vector.value()).body(body)
                .when().post(vector.isMeta() ? "/webhooks/meta" : "/webhooks/x")
                .then().statusCode(200);
        worker.drain(1000);

        String deliveryId = "sha256:" + Hmac.bodyHash(body);
        InboundEvent delivery = QuarkusTransaction.requiringNew().call(() -> InboundEvent.<InboundEvent>find(
                "deliveryId", deliveryId).singleResult());
        assertThat(delivery.status).as("%s: %s", vector.file(), delivery.lastError)
                .isIn(InboundEvent.Status.PROCESSED, InboundEvent.Status.IGNORED);

        String expected = expectations().get(vector.file());
        if (expected == null) {
            return;
        }
        if (expected.equals("none")) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count("inboundEventId", delivery.id)))
                    .as("%s makes no new message", vector.file()).isZero();
            return;
        }
        for (String message : expected.split(",")) {
            int colon = message.indexOf(':');
            String platform = message.substring(0, colon);
            String id = message.substring(colon + 1);
            assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count(
                    "platform = ?1 and platformMessageId = ?2", platform, id)))
                    .as("%s holds message %s", vector.file(), message).isEqualTo(1);
        }
    }

    private static Map<String, String> expectations() {
        Map<String, String> expectations = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SharedFixturesTest.class.getResourceAsStream("/shared-fixture-expectations.tsv"),
                StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            for (String line : lines) {
                String[] cells = line.split("\t");
                expectations.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expectations;
    }
}
