package health.commenttriage.http;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers that protect the pages, body limits per kind of endpoint, and a request id in every error. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void everyAnswerCarriesTheProtectiveHeaders() {
        for (Response response : List.of(given().get("/login"), asAdmin().get("/api/v1/items"),
                given().get("/api/v1/items"), given().get("/static/app.js"))) {
            assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            // HSTS only in prod, behind the TLS ingress
            assertThat(response.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void thePagesHaveNoInlineScripts() {
        String login = given().get("/login").asString();
        assertThat(login).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain(" onclick=")
                .doesNotContain(" onload=");
    }

    @Test
    void anOversizedApiBodyIs413BeforeItIsReadWithTheRequestId() {
        String text = "a".repeat(1_100_000);
        Response response = asAdmin().contentType("application/json").header("X-Request-Id", "test-request-0001")
                .body("{\"text\":\"" + text + "\"}").post("/api/v1/classify");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("test-request-0001");
        assertThat(response.header("X-Request-Id")).isEqualTo("test-request-0001");
    }

    @Test
    void aClassifyBatchMayBeLargerThanOtherCalls() {
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            items.add(Map.of("id", "m" + i, "text", "Is the office open on Saturday? " + "x".repeat(2000)));
        }
        asAdmin().contentType("application/json").body(Map.of("items", items)).post("/api/v1/classify/batch")
                .then().statusCode(200).body("results.size()", equalTo(600));
    }

    @Test
    void anOversizedPageFormIs413() {
        given().contentType("application/x-www-form-urlencoded").body("j_username=" + "a".repeat(300_000))
                .post("/j_security_check").then().statusCode(413);
    }

    @Test
    void errorsCarryARequestIdAndNoStackTrace() {
        Response response = asAdmin().get("/api/v1/items/not-a-number");
        assertThat(response.statusCode()).isEqualTo(400);
        String id = response.header("X-Request-Id");
        assertThat(id).isNotBlank();
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(id);
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("at health.");
        // a caller's id that is not a plain token is replaced, so it cannot inject into the log
        // ("evil" has letters a generated hex id never holds; "bad" once turned up inside a random one)
        given().header("X-Request-Id", "evil id\nwith a newline").get("/login").then()
                .header("X-Request-Id", not(containsString("evil")));
    }
}
