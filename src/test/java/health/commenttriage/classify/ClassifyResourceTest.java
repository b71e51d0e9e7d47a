package health.commenttriage.classify;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassifyResourceTest {

    @Test
    void classifiesOneMessageWithEvidence() {
        asAdmin().contentType("application/json")
                .body(Map.of("text", "my husband can't breathe and his lips are turning blue", "channel", "dm"))
                .when().post("/api/v1/classify").then().statusCode(200)
                .body("labels", hasItem("EMERGENCY"))
                .body("priority", equalTo("P1"))
                .body("lang", equalTo("en"))
                .body("selfHarm", equalTo(false))
                .body("evidence.label", hasItem("EMERGENCY"))
                .body("evidence[0].start", notNullValue())
                .body("evidence[0].rule", notNullValue())
                .body("version", startsWith("rules-"));
    }

    @Test
    void emptyTextIsOther() {
        asAdmin().contentType("application/json").body(Map.of("text", "   ")).when().post("/api/v1/classify")
                .then().statusCode(200).body("labels", equalTo(List.of("OTHER"))).body("priority", equalTo("P5"));
    }

    @Test
    void longTextIsClassifiedOnItsStartAndSaysSo() {
        String text = "x ".repeat(15_000);
        asAdmin().contentType("application/json").body(Map.of("text", text)).when().post("/api/v1/classify")
                .then().statusCode(200).body("truncated", equalTo(true));
    }

    @Test
    void badRequestsAre400() {
        asAdmin().contentType("application/json").body("{\"text\": ").when().post("/api/v1/classify")
                .then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("channel", "dm")).when().post("/api/v1/classify")
                .then().statusCode(400).body("detail", containsString("text"));
        asAdmin().contentType("application/json").body(Map.of("text", "hi", "lang", "fr")).when()
                .post("/api/v1/classify").then().statusCode(400).body("detail", containsString("lang"));
    }

    @Test
    void aBatchKeepsIdsAndOrder() {
        asAdmin().contentType("application/json").body(Map.of("items", List.of(
                Map.of("id", "a", "text", "what time do you open on saturday?"),
                Map.of("id", "b", "text", "se desmayó y no reacciona", "lang", "es"))))
                .when().post("/api/v1/classify/batch").then().statusCode(200)
                .body("results", hasSize(2))
                .body("results[0].id", equalTo("a"))
                .body("results[1].id", equalTo("b"))
                .body("results[1].labels", hasItem("EMERGENCY"));
    }

    @Test
    void aBatchOverAThousandIs413AndABadItemIs400() {
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(Map.of("id", "m" + i, "text", "hello"));
        }
        asAdmin().contentType("application/json").body(Map.of("items", items)).when().post("/api/v1/classify/batch")
                .then().statusCode(413);
        asAdmin().contentType("application/json").body(Map.of("items", List.of(Map.of("id", "z"))))
                .when().post("/api/v1/classify/batch").then().statusCode(400)
                .body("detail", containsString("items[0].text"));
    }
}
