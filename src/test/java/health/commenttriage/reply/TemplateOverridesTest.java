package health.commenttriage.reply;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A practice's own wording is used once it passes the linter, and refused with the violations if not. */
@QuarkusTest
class TemplateOverridesTest {

    private static int mainPractice() {
        return asAdmin().when().get("/api/v1/admin/practices").then().statusCode(200).extract().jsonPath()
                .getInt("find { it.slug == 'main' }.id");
    }

    @Test
    void aSafeWordingIsSavedAndUsedThenReverted() {
        int id = mainPractice();
        asAdmin().contentType("application/json").body(Map.of("body", "Thank you, truly! The whole team is smiling."))
                .when().put("/api/v1/admin/practices/" + id + "/templates/praise/en").then().statusCode(200)
                .body("preview", equalTo("Thank you, truly! The whole team is smiling."));
        asAdmin().contentType("application/json").body(Map.of("text", "You are all wonderful, thank you so much!",
                        "channel", "comment"))
                .when().post("/api/v1/drafts").then().statusCode(200)
                .body("drafts[0].text", equalTo("Thank you, truly! The whole team is smiling."));
        asAdmin().when().delete("/api/v1/admin/practices/" + id + "/templates/praise/en").then().statusCode(204);
        asAdmin().contentType("application/json").body(Map.of("text", "You are all wonderful, thank you so much!",
                        "channel", "comment"))
                .when().post("/api/v1/drafts").then().statusCode(200)
                .body("drafts[0].text", containsString("kind words"));
    }

    @Test
    void anUnsafeWordingIsRefusedWithItsViolations() {
        int id = mainPractice();
        asAdmin().contentType("application/json").body(Map.of("body", "We loved seeing you at your visit!"))
                .when().put("/api/v1/admin/practices/" + id + "/templates/praise/en").then().statusCode(422)
                .body("violations.rule", hasItem("care-relationship"));
        asAdmin().contentType("application/json").body(Map.of("body", "We are here for you. Call {p.emergencyNumber}."))
                .when().put("/api/v1/admin/practices/" + id + "/templates/emergency/en").then().statusCode(422)
                .body("violations.rule", hasItem("emergency-first"));
        asAdmin().contentType("application/json").body(Map.of("body", "Please reach out to a friend."))
                .when().put("/api/v1/admin/practices/" + id + "/templates/crisis/en").then().statusCode(422)
                .body("violations.rule", hasItem("crisis-line"));
        asAdmin().contentType("application/json").body(Map.of("body", "Hello {#if p.phone}"))
                .when().put("/api/v1/admin/practices/" + id + "/templates/praise/en").then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("body", "Hi"))
                .when().put("/api/v1/admin/practices/" + id + "/templates/poem/en").then().statusCode(404);
    }
}
