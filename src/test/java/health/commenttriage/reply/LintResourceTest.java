package health.commenttriage.reply;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LintResourceTest {

    @Test
    void anUnsafeReplyGetsItsViolationsWithSpans() {
        asAdmin().contentType("application/json").body(Map.of(
                        "text", "Your results look fine, keep taking the lisinopril.",
                        "inboundText", "got my lab results back, I take lisinopril",
                        "lang", "en", "labels", List.of("MEDICAL_ADVICE")))
                .when().post("/api/v1/replies/lint").then().statusCode(200)
                .body("ok", equalTo(false))
                .body("violations.rule", hasItem("care-relationship"))
                .body("violations.rule", hasItem("health-detail"))
                .body("violations[0].start", equalTo(0))
                .body("violations[0].message", containsString("patient"));
    }

    @Test
    void anEmergencyReplyMustStartWithTheEmergencyNumber() {
        asAdmin().contentType("application/json").body(Map.of("text", "We are sorry. Please call 911.",
                        "labels", List.of("EMERGENCY")))
                .when().post("/api/v1/replies/lint").then().statusCode(200)
                .body("violations.rule", hasItem("emergency-first"));
        asAdmin().contentType("application/json").body(Map.of(
                        "text", "Please call 911 or go to the nearest emergency room now.", "labels", List.of("EMERGENCY")))
                .when().post("/api/v1/replies/lint").then().statusCode(200)
                .body("ok", equalTo(true)).body("violations", empty());
    }

    @Test
    void thePracticesOwnLinksAreAllowed() {
        asAdmin().contentType("application/json")
                .body(Map.of("text", "Book at https://portal.maplestreet.example/book or https://maplestreet.example"))
                .when().post("/api/v1/replies/lint").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void badRequestsAre400() {
        asAdmin().contentType("application/json").body("{").when().post("/api/v1/replies/lint").then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("inboundText", "x")).when().post("/api/v1/replies/lint")
                .then().statusCode(400).body("detail", containsString("text"));
        asAdmin().contentType("application/json").body(Map.of("text", "x", "labels", List.of("URGENT")))
                .when().post("/api/v1/replies/lint").then().statusCode(400).body("detail", containsString("URGENT"));
    }
}
