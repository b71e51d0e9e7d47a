package health.commenttriage.user;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Requests made as a logged-in user over HTTP Basic, the way API clients call the service. */
public final class StaffLogins {

    /** The first admin, created at start from the test profile's triage.admin.* settings. */
    public static final String ADMIN = "test-admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    /** Every user a test adds gets this password. */
    public static final String PASSWORD = "correct horse battery";

    private StaffLogins() {
    }

    public static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** The Authorization header of HTTP Basic, for clients other than REST Assured. */
    public static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the user through the admin API unless it exists; returns the name. */
    public static String user(String username, String... roles) {
        int status = asAdmin().contentType("application/json")
                .body(Map.of("username", username, "password", PASSWORD, "roles", List.of(roles)))
                .post("/api/v1/admin/users").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not add user " + username + ": " + status);
        }
        return username;
    }
}
