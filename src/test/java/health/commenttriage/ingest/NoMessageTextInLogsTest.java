package health.commenttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ingestion logs ids and outcomes; message text and writers' names never reach the log. */
@QuarkusTest
class NoMessageTextInLogsTest {

    private static final String TEXT = "Zyxwvut-quasar chest pain since breakfast";
    private static final String NAME = "Philomena Quattlebaum";

    @Inject
    InboxWorker worker;

    @Test
    void aFullIngestionFlowLogsNoTextAndNoName() {
        List<String> lines;
        try (CapturedLog log = CapturedLog.start()) {
            lines = log.lines();
            String comment = "{\"object\":\"page\",\"entry\":[{\"id\":\"555000111\",\"time\":1764000000,\"changes\":[{"
                    + "\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"priv_1\","
                    + "\"post_id\":\"555000111_9\",\"from\":{\"id\":\"31\",\"name\":\"" + NAME + "\"},"
                    + "\"created_time\":1764000000,\"message\":\"" + TEXT + "\"}}]}]}";
            SignedWebhooks.meta(comment.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
            // refused, failed and unrouted deliveries log too
            SignedWebhooks.meta(("{\"object\":\"page\",").getBytes()).then().statusCode(400);
            SignedWebhooks.meta(("{\"object\":\"" + TEXT + "\"}").getBytes()).then().statusCode(200);
            SignedWebhooks.generic("nobody-knows-this", "p-1", ("{\"id\":\"p1\",\"channel\":\"dm\",\"author\":{\"id\":"
                    + "\"a\",\"name\":\"" + NAME + "\"},\"text\":\"" + TEXT + "\"}").getBytes()).then().statusCode(200);
            worker.drain(100);
        }
        assertThat(lines).as("something was logged").isNotEmpty();
        assertThat(lines).noneMatch(line -> line.contains("Zyxwvut") || line.contains("Quattlebaum"));
    }
}
