package health.commenttriage.reply;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins edit the practice's profile and notices, and the next draft uses them. */
@QuarkusTest
class PracticeProfileDraftsTest {

    @Test
    void anEditedPhoneAndAnActiveNoticeAppearInTheNextDraft() {
        JsonPath main = asAdmin().when().get("/api/v1/admin/practices").then().statusCode(200).extract().jsonPath();
        int id = main.getInt("find { it.slug == 'main' }.id");
        Map<String, Object> profile = new HashMap<>(main.getMap("find { it.slug == 'main' }"));
        profile.remove("id");
        profile.remove("slug");
        profile.put("phone", "(555) 777-1234");
        asAdmin().contentType("application/json").body(profile).when().put("/api/v1/admin/practices/" + id)
                .then().statusCode(200).body("phone", equalTo("(555) 777-1234"));

        asAdmin().contentType("application/json").body(Map.of("lang", "en", "text", "We are closed Friday for the storm.",
                        "startsAt", OffsetDateTime.now().minusHours(1).toString(),
                        "endsAt", OffsetDateTime.now().plusDays(1).toString()))
                .when().post("/api/v1/admin/practices/" + id + "/notices").then().statusCode(201);
        asAdmin().contentType("application/json").body(Map.of("lang", "en", "text", "Old notice that has ended.",
                        "startsAt", OffsetDateTime.now().minusDays(3).toString(),
                        "endsAt", OffsetDateTime.now().minusDays(2).toString()))
                .when().post("/api/v1/admin/practices/" + id + "/notices").then().statusCode(201);

        asAdmin().contentType("application/json").body(Map.of("text", "do you take new patients? how do I sign up",
                        "channel", "dm"))
                .when().post("/api/v1/drafts").then().statusCode(200)
                .body("drafts[0].text", containsString("(555) 777-1234"))
                .body("drafts[0].text", containsString("closed Friday for the storm"))
                .body("drafts[0].text", not(containsString("Old notice")));
    }

    @Test
    void badProfilesAndNoticesAre400AndUnknownPracticesAre404() {
        asAdmin().contentType("application/json").body(Map.of("name", "X", "timeZone", "Mars/Base", "emergencyNumber", "911",
                        "crisisLine", "988", "languages", List.of("en")))
                .when().put("/api/v1/admin/practices/1").then().statusCode(400).body("detail", containsString("timeZone"));
        asAdmin().contentType("application/json").body(Map.of("name", "X", "timeZone", "UTC", "emergencyNumber", "call us",
                        "crisisLine", "988", "languages", List.of("en")))
                .when().put("/api/v1/admin/practices/1").then().statusCode(400)
                .body("detail", containsString("emergencyNumber"));
        asAdmin().contentType("application/json").body(Map.of("name", "X", "timeZone", "UTC", "emergencyNumber", "911",
                        "crisisLine", "988", "languages", List.of("en"), "portalUrl", "javascript:alert(1)"))
                .when().put("/api/v1/admin/practices/1").then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("lang", "fr", "text", "x",
                        "startsAt", OffsetDateTime.now().toString(), "endsAt", OffsetDateTime.now().plusDays(1).toString()))
                .when().post("/api/v1/admin/practices/1/notices").then().statusCode(400);
        asAdmin().when().get("/api/v1/admin/practices/987654").then().statusCode(404);
    }
}
