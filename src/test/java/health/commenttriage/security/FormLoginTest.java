package health.commenttriage.security;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import health.commenttriage.user.StaffLogins;
import health.commenttriage.web.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pages: a login form, a session cookie that scripts cannot read, CSRF tokens, logout. */
@QuarkusTest
class FormLoginTest {

    @AfterEach
    void forgetFailures() {
        LoginFailures.clear();
    }

    @Test
    void aPageWithoutASessionSendsTheBrowserToTheLoginForm() {
        given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", endsWith("/login"));
        given().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_password\" type=\"password\""));
    }

    @Test
    void loggingInSetsAStrictHttpOnlySessionCookieAndOpensTheQueue() {
        String name = user("form-staff", "staff");
        Response login = given().redirects().follow(false).formParam("j_username", name)
                .formParam("j_password", StaffLogins.PASSWORD).post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/");
        String cookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("triage-session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContainIgnoringCase("Secure"); // Secure is added in prod only, where TLS ends at the ingress
        given().cookie("triage-session", login.getCookie("triage-session")).get("/").then().statusCode(200)
                .body(containsString("form-staff")).body(containsString("<h1")).body(containsString("Queue"));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAMessage() {
        user("form-wrong", "staff");
        Response login = given().redirects().follow(false).formParam("j_username", "form-wrong")
                .formParam("j_password", "not the password at all").post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/login?failed=true");
        assertThat(login.getCookie("triage-session")).isNull();
        given().get("/login?failed=true").then().body(containsString("Wrong username or password"));
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        PageSession page = PageSession.login(user("form-csrf", "staff"));
        page.cookiesOnly().post("/logout").then().statusCode(403)
                .body("detail", containsString("security token"));
        page.cookiesOnly().header("X-CSRF-Token", "forged.token").post("/logout").then().statusCode(403);
        // another user's token is not this user's
        PageSession other = PageSession.login(user("form-csrf-other", "staff"));
        page.cookiesOnly().header("X-CSRF-Token", other.csrfToken).post("/logout").then().statusCode(403);
        page.cookiesOnly().get("/").then().statusCode(200); // still logged in
    }

    @Test
    void logoutDropsTheSessionCookie() {
        PageSession page = PageSession.login(user("form-logout", "staff"));
        Response out = page.htmx().post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("HX-Redirect")).isEqualTo("/login");
        String cleared = out.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("triage-session=")).findFirst().orElseThrow();
        assertThat(cleared).containsIgnoringCase("Max-Age=0");
    }

    @Test
    void aDisabledUsersSessionEnds() {
        PageSession page = PageSession.login(user("form-disabled", "staff"));
        asAdmin().contentType("application/json").body(Map.of("enabled", false))
                .put("/api/v1/admin/users/form-disabled").then().statusCode(200);
        page.cookiesOnly().get("/").then().statusCode(302).header("Location", endsWith("/login"));
    }
}
