package health.commenttriage.demo;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.message.Message;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo goes through the inbox like any webhook and fills the queue; loading it again adds nothing. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    InboxWorker worker;

    @Test
    void demoMessagesFillTheQueueOnce() {
        demoData.load();
        worker.drain(1000);
        long demoMessages = QuarkusTransaction.requiringNew().call(
                () -> Message.count("platformMessageId like 'demo:%'"));
        assertThat(demoMessages).isBetween(18L, 25L);

        assertThat(demoData.load()).isZero();
        worker.drain(1000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count("platformMessageId like 'demo:%'")))
                .isEqualTo(demoMessages);

        asAdmin().when().get("/api/v1/items?limit=500").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(18))
                .body("status", everyItem(is("NEW")));
    }

    @Test
    void theItemListRejectsABadLimit() {
        asAdmin().when().get("/api/v1/items?limit=0").then().statusCode(400);
    }
}
