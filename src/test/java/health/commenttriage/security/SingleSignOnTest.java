package health.commenttriage.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.queue.TestItems;
import health.commenttriage.user.StaffLogins;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With TRIAGE_OIDC_ISSUER set, the issuer's tokens open the API and its login opens the pages. */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithIssuer.class)
class SingleSignOnTest {

    public static class WithIssuer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeOidcIssuer.class));
        }
    }

    @Inject
    InboxWorker worker;

    @Test
    void aBearerTokenOfTheIssuerOpensTheApiWithTheMappedRole() {
        String supervisor = FakeOidcIssuer.token("sso-sup", List.of("triage-supervisors"));
        given().auth().oauth2(supervisor).get("/api/v1/items").then().statusCode(200);
        given().auth().oauth2(supervisor).get("/api/v1/feedback/export").then().statusCode(200);
        given().auth().oauth2(supervisor).get("/api/v1/admin/users").then().statusCode(403);
        String frontDesk = FakeOidcIssuer.token("sso-desk", List.of("triage-front-desk"));
        given().auth().oauth2(frontDesk).get("/api/v1/items").then().statusCode(200);
        given().auth().oauth2(frontDesk).get("/api/v1/feedback/export").then().statusCode(403);
    }

    @Test
    void aTokenWithoutARoleOrFromAnotherKeyIsRefused() {
        given().auth().oauth2(FakeOidcIssuer.token("sso-nobody", List.of("visitors"))).get("/api/v1/items")
                .then().statusCode(403);
        given().auth().oauth2(FakeOidcIssuer.forgedToken("sso-forger", List.of("triage-supervisors")))
                .get("/api/v1/items").then().statusCode(401);
        given().get("/api/v1/items").then().statusCode(401);
    }

    @Test
    void thePracticeMapLimitsWhatAUserOfTheIssuerSees() {
        long item = TestItems.comment(worker, "Do you see new patients on Fridays?"); // the main practice
        String mainDesk = FakeOidcIssuer.token("sso-main", List.of("triage-front-desk", "triage-main-desk"));
        String northDesk = FakeOidcIssuer.token("sso-north", List.of("triage-front-desk", "triage-north-desk"));
        String noPractice = FakeOidcIssuer.token("sso-loose", List.of("triage-front-desk"));
        String admin = FakeOidcIssuer.token("sso-admin", List.of("triage-admins"));
        given().auth().oauth2(mainDesk).get("/api/v1/items/" + item).then().statusCode(200);
        given().auth().oauth2(admin).get("/api/v1/items/" + item).then().statusCode(200);
        // a group of another practice, or of none, shows nothing of this one
        given().auth().oauth2(northDesk).get("/api/v1/items/" + item).then().statusCode(404);
        given().auth().oauth2(noPractice).get("/api/v1/items/" + item).then().statusCode(404);
        given().auth().oauth2(northDesk).get("/api/v1/items").then().statusCode(200)
                .body("id", not(hasItem((int) item)));
        given().auth().oauth2(mainDesk).get("/api/v1/items").then().statusCode(200)
                .body("id", hasItem((int) item));
    }

    @Test
    void localUsersKeepHttpBasic() {
        StaffLogins.asAdmin().get("/api/v1/items").then().statusCode(200);
    }

    @Test
    void thePagesLogInAtTheIssuer() {
        Response start = given().redirects().follow(false).get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.header("Location");
        assertThat(authorize).startsWith(FakeOidcIssuer.issuerUri() + "/authorize")
                .contains("client_id=" + FakeOidcIssuer.CLIENT_ID);
        Map<String, String> cookies = start.getCookies();

        Response issuer = given().redirects().follow(false).get(authorize);
        String callback = issuer.header("Location");
        Response back = given().redirects().follow(false).cookies(cookies).get(callback);
        assertThat(back.statusCode()).as(back.asString()).isIn(302, 303);
        Map<String, String> session = back.getCookies();
        assertThat(session).containsKey("q_session");
        given().redirects().follow(false).cookies(session).get("/").then().statusCode(200)
                .body(containsString(FakeOidcIssuer.SSO_USER)).body(containsString("Reports"));
    }
}
