package health.commenttriage.user;

import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admins manage accounts; the accounts log in over HTTP Basic with exactly their roles. */
@QuarkusTest
class UsersAdminTest {

    @Test
    void anAdminAddsChangesDisablesAndRemovesAUser() {
        asAdmin().contentType("application/json")
                .body(Map.of("username", "hana", "password", StaffLogins.PASSWORD, "roles", List.of("staff")))
                .post("/api/v1/admin/users").then().statusCode(201).body("roles", equalTo(List.of("staff")))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));
        asAdmin().contentType("application/json")
                .body(Map.of("username", "hana", "password", StaffLogins.PASSWORD, "roles", List.of("staff")))
                .post("/api/v1/admin/users").then().statusCode(409);
        asAdmin().get("/api/v1/admin/users").then().statusCode(200).body("username", hasItem("hana"))
                .body(not(containsString("$2a$")));

        as("hana").get("/api/v1/items").then().statusCode(200);
        as("hana").get("/api/v1/admin/users").then().statusCode(403);
        as("hana").get("/api/v1/feedback/export").then().statusCode(403);

        asAdmin().contentType("application/json").body(Map.of("roles", List.of("supervisor")))
                .put("/api/v1/admin/users/hana").then().statusCode(200);
        as("hana").get("/api/v1/feedback/export").then().statusCode(200);

        asAdmin().contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/admin/users/hana").then().statusCode(200);
        as("hana").get("/api/v1/items").then().statusCode(401);

        asAdmin().delete("/api/v1/admin/users/hana").then().statusCode(204);
        asAdmin().delete("/api/v1/admin/users/hana").then().statusCode(404);
        asAdmin().get("/api/v1/audit-does-not-exist").then().statusCode(404);
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        asAdmin().contentType("application/json")
                .body(Map.of("username", "ivan", "password", "short", "roles", List.of("staff")))
                .post("/api/v1/admin/users").then().statusCode(400).body("detail", containsString("password"));
        asAdmin().contentType("application/json")
                .body(Map.of("username", "ivan", "password", StaffLogins.PASSWORD, "roles", List.of("root")))
                .post("/api/v1/admin/users").then().statusCode(400).body("detail", containsString("roles"));
        asAdmin().contentType("application/json")
                .body(Map.of("username", "no spaces allowed", "password", StaffLogins.PASSWORD, "roles", List.of("staff")))
                .post("/api/v1/admin/users").then().statusCode(400).body("detail", containsString("username"));
        asAdmin().contentType("application/json").body(Map.of("password", "short"))
                .put("/api/v1/admin/users/" + StaffLogins.ADMIN).then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/admin/users/" + StaffLogins.ADMIN).then().statusCode(409);
        asAdmin().delete("/api/v1/admin/users/" + StaffLogins.ADMIN).then().statusCode(409);
        given().contentType("application/json").body(Map.of("username", "x", "password", StaffLogins.PASSWORD,
                "roles", List.of("admin"))).post("/api/v1/admin/users").then().statusCode(401);
    }
}
