package health.commenttriage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Deliveries that arrive together share a transaction, and nobody is answered before it commits. */
@QuarkusTest
class InboxGroupCommitTest {

    @Inject
    Inbox inbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void concurrentDeliveriesShareCommitsAndAreAnsweredOnlyAfterThem() throws Exception {
        String run = UUID.randomUUID().toString();
        int deliveries = 40;
        ExecutorService senders = Executors.newFixedThreadPool(deliveries);
        List<Future<Inbox.Outcome>> answers = new ArrayList<>();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                // holds the writers' inserts back, as a slow disk would
                s.execute("LOCK TABLE inbound_event IN EXCLUSIVE MODE");
            }
            for (int i = 0; i < deliveries; i++) {
                String id = run + "-" + i;
                answers.add(senders.submit(() -> inbox.accept("generic", id, "group-commit", Map.of(),
                        ("{\"n\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))));
            }
            Thread.sleep(1000);
            assertThat(answers).as("no one is answered before the commit").noneMatch(Future::isDone);
            blocker.rollback();
        } finally {
            senders.shutdown();
        }
        for (Future<Inbox.Outcome> answer : answers) {
            assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(Inbox.Outcome.ACCEPTED);
        }
        senders.awaitTermination(5, TimeUnit.SECONDS);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT xmin::text) FROM inbound_event"
                        + " WHERE delivery_id LIKE '" + run + "-%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(deliveries);
            // the two writers each hold one batch while blocked; everything that queued meanwhile goes in a few
            assertThat(rs.getInt(2)).as("transactions used").isLessThanOrEqualTo(6);
        }
    }
}
