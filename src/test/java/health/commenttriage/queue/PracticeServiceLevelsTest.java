package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import health.commenttriage.ingest.InboxWorker;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A practice sets its own service levels; new items are due accordingly. */
@QuarkusTest
class PracticeServiceLevelsTest {

    @Inject
    InboxWorker worker;

    @Test
    void aPracticesServiceLevelSetsTheDueTimeOfNewItems() {
        JsonPath practices = asAdmin().get("/api/v1/admin/practices").then().statusCode(200).extract().jsonPath();
        int id = practices.getInt("find { it.slug == 'main' }.id");
        Map<String, Object> profile = new HashMap<>(practices.getMap("find { it.slug == 'main' }"));
        profile.remove("id");
        profile.remove("slug");
        assertThat(profile.get("serviceLevels")).isEqualTo(Map.of("P1", "default", "P2", "default", "P3", "default", "P4", "default"));

        profile.put("serviceLevels", Map.of("P4", "two hours"));
        asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + id).then()
                .statusCode(400).body("detail", containsString("serviceLevels.P4"));
        profile.put("serviceLevels", Map.of("P5", "PT1H"));
        asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + id).then()
                .statusCode(400).body("detail", containsString("P5"));
        profile.put("serviceLevels", Map.of("P4", "PT2H"));
        try {
            asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + id).then()
                    .statusCode(200).body("serviceLevels.P4", equalTo("PT2H")).body("serviceLevels.P1", equalTo("default"));
            long item = TestItems.comment(worker, "do you take medicaid");
            JsonPath detail = asAdmin().get("/api/v1/items/" + item).then().extract().jsonPath();
            assertThat(detail.getString("priority")).isEqualTo("P4");
            assertThat(Duration.between(OffsetDateTime.parse(detail.getString("createdAt")),
                    OffsetDateTime.parse(detail.getString("dueAt")))).isEqualTo(Duration.ofHours(2));
        } finally {
            profile.put("serviceLevels", Map.of("P4", "default"));
            asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + id).then()
                    .statusCode(200).body("serviceLevels.P4", equalTo("default"));
        }
    }
}
