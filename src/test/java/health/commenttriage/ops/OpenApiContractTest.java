package health.commenttriage.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists every API operation with its errors, so clients can rely on it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsItsLoginAndRoleErrors() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Map.Entry<String, Object> operation : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue;
                }
                operations++;
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                for (String status : List.of("401", "403")) {
                    if (!responses.containsKey(status)) {
                        missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " lacks " + status);
                    }
                }
            }
        }
        assertThat(operations).as("API operations found").isGreaterThan(25);
        assertThat(missing).isEmpty();
        assertThat(paths).containsKeys("/api/v1/items/{id}/claim", "/api/v1/items/{id}/sent", "/api/v1/events",
                "/api/v1/feedback/export", "/api/v1/admin/users");
    }
}
