package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.basicAuthorization;
import static health.commenttriage.user.StaffLogins.PASSWORD;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.user.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two people claiming one item at the same moment, many times over: exactly one of them gets it. */
@QuarkusTest
class ClaimRaceTest {

    private static final int ATTEMPTS_EACH = 12;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    InboxWorker worker;

    @TestHTTPResource("/")
    URL base;

    @Test
    void exactlyOneOfTwoRacingUsersWinsEveryItem() throws Exception {
        String carol = user("carol-racer", Roles.STAFF);
        String dave = user("dave-racer", Roles.STAFF);
        ExecutorService pool = Executors.newFixedThreadPool(2 * ATTEMPTS_EACH);
        try {
            for (int round = 0; round < 5; round++) {
                long id = TestItems.comment(worker, "do you take medicaid");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> attempts = new ArrayList<>();
                for (int i = 0; i < ATTEMPTS_EACH; i++) {
                    for (String who : List.of(carol, dave)) {
                        attempts.add(pool.submit(() -> {
                            start.await();
                            return who + ":" + claim(id, who);
                        }));
                    }
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> attempt : attempts) {
                    outcomes.add(attempt.get());
                }
                List<String> winners = outcomes.stream().filter(o -> o.endsWith(":200"))
                        .map(o -> o.substring(0, o.indexOf(':'))).distinct().toList();
                assertThat(winners).as("round %d: %s", round, outcomes).hasSize(1);
                String loser = winners.get(0).equals(carol) ? dave : carol;
                assertThat(outcomes).as("every attempt of the other user is refused with 409")
                        .filteredOn(o -> o.startsWith(loser + ":")).allMatch(o -> o.endsWith(":409"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int claim(long id, String username) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/items/" + id + "/claim"))
                .header("Authorization", basicAuthorization(username, PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
