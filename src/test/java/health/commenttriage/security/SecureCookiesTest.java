package health.commenttriage.security;

import static health.commenttriage.user.StaffLogins.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.user.StaffLogins;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** As in prod, where TLS ends at the ingress: every cookie the service sets is marked Secure. */
@QuarkusTest
@TestProfile(SecureCookiesTest.AsInProd.class)
class SecureCookiesTest {

    public static class AsInProd implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triage.session.secure-cookies", "true", "triage.http.strict-transport-security", "true");
        }
    }

    @Test
    void theSessionAndCsrfCookiesAreSecureAndHstsIsSent() {
        String name = user("secure-cookie-user", "staff");
        Response login = given().redirects().follow(false).formParam("j_username", name)
                .formParam("j_password", StaffLogins.PASSWORD).post("/j_security_check");
        assertThat(login.getHeaders().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("triage-session=").containsPattern("(?i);\\s*Secure(;|$)"));
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
        Response page = given().redirects().follow(false).cookie("triage-session", login.getCookie("triage-session"))
                .get("/");
        assertThat(page.getHeaders().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("triage-csrf=").containsPattern("(?i);\\s*Secure(;|$)"));
    }
}
