package health.commenttriage.security;

import static health.commenttriage.user.StaffLogins.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import health.commenttriage.user.StaffLogins;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Password guessing is slowed down: 5 failures for a user, or 20 from an address, lock it out for 15 minutes. */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    EntityManager em;

    @AfterEach
    void forgetFailures() {
        LoginFailures.clear();
    }

    @Test
    void fiveWrongPasswordsLockTheUserEvenWithTheRightOneAndAreAudited() {
        String name = user("throttled-user", "staff");
        String bystander = user("throttle-bystander", "staff");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            given().auth().preemptive().basic(name, "wrong password " + i).get("/api/v1/items").then().statusCode(401);
        }
        Response locked = StaffLogins.as(name).get("/api/v1/items");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(locked.jsonPath().getString("detail")).contains("too many failed logins");
        // the login form is refused too, and says how long to wait
        Response form = given().redirects().follow(false).formParam("j_username", name)
                .formParam("j_password", StaffLogins.PASSWORD).post("/j_security_check");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.header("Location")).isEqualTo("/login?locked=15");
        assertThat(form.getCookie("triage-session")).isNull();
        given().get(form.header("Location")).then().body(containsString("Try again in 15 minutes"));
        StaffLogins.as(bystander).get("/api/v1/items").then().statusCode(200);
        assertThat(lockAudits()).isEqualTo(1);
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryUser() {
        String name = user("throttle-address", "staff");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            given().auth().preemptive().basic("nobody-" + i, "wrong password").get("/api/v1/items")
                    .then().statusCode(401);
        }
        StaffLogins.as(name).get("/api/v1/items").then().statusCode(429)
                .body("detail", containsString("try again in 15 minutes"));
    }

    @Test
    void aRightPasswordAfterAFewFailuresStillWorks() {
        String name = user("throttle-few", "staff");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER - 1; i++) {
            given().auth().preemptive().basic(name, "wrong password").get("/api/v1/items").then().statusCode(401);
        }
        StaffLogins.as(name).get("/api/v1/items").then().statusCode(200);
    }

    private long lockAudits() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_event WHERE action = 'login.locked' AND details->>'username' = 'throttled-user'")
                .getSingleResult()).longValue());
    }
}
