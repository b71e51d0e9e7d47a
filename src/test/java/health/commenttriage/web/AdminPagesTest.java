package health.commenttriage.web;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin pages change settings through the admin API's checks, and record who did it. */
@QuarkusTest
class AdminPagesTest {

    @Test
    void anAdminChangesThePracticeDetailsAndABadValueIsExplained() {
        PageSession admin = PageSession.login(user("pages-admin", "admin"));
        String page = admin.cookiesOnly().get("/admin/practice").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(page).contains("name=\"phone\"").contains("Reply wordings")
                .contains("Channel accounts");
        admin.htmx().formParams(profile("(555) 010-4242")).post("/admin/practice").then().statusCode(200)
                .body(containsString("Saved"));
        asAdmin().get("/api/v1/admin/practices").then().body("phone", hasItem("(555) 010-4242"));
        Map<String, String> bad = profile("(555) 010-4242");
        bad.put("emergencyNumber", "call someone");
        admin.htmx().formParams(bad).post("/admin/practice").then().statusCode(200)
                .body(containsString("emergencyNumber must be a phone number"));
        admin.htmx().formParams(profile("(555) 010-0100")).post("/admin/practice").then().statusCode(200);
    }

    @Test
    void templateWordingsArePreviewedLintedAndSavedOnlyWhenClean() {
        PageSession admin = PageSession.login(user("pages-admin-templates", "admin"));
        admin.htmx().get("/admin/practice/template?template=hours&lang=en").then().statusCode(200)
                .body(containsString("id=\"template-body\""));
        admin.htmx().formParam("template", "hours").formParam("lang", "en")
                .formParam("body", "Your results look fine, call {p.phone}.").formParam("save", "true")
                .post("/admin/practice/template").then().statusCode(200)
                .body(containsString("data-lint=\"violations\"")).body(containsString("Not saved"));
        admin.htmx().formParam("template", "hours").formParam("lang", "en")
                .formParam("body", "We are open {p.hours}. Call us at {p.phone}.").post("/admin/practice/template")
                .then().statusCode(200).body(containsString("data-lint=\"ok\"")).body(containsString("Call us at ("));
    }

    @Test
    void anAdminAddsAndDisablesUsers() {
        PageSession admin = PageSession.login(user("pages-admin-users", "admin"));
        admin.cookiesOnly().get("/admin/users").then().statusCode(200).body(containsString("Add a user"));
        admin.htmx().formParam("username", "added-on-page").formParam("password", "long enough password")
                .formParam("role", "staff").post("/admin/users").then().statusCode(200)
                .body(containsString("Added added-on-page"));
        admin.htmx().formParam("username", "too-short").formParam("password", "short").formParam("role", "staff")
                .post("/admin/users").then().statusCode(200).body(containsString("at least 12 characters"));
        admin.htmx().formParam("enabled", "false").post("/admin/users/added-on-page").then().statusCode(200);
        asAdmin().get("/api/v1/admin/users").then()
                .body("find { it.username == 'added-on-page' }.enabled", equalTo(false));
    }

    @Test
    void deliveriesNeedingAttentionAreListed() {
        PageSession admin = PageSession.login(user("pages-admin-deliveries", "admin"));
        admin.cookiesOnly().get("/admin/deliveries").then().statusCode(200).body(containsString("Failed ("))
                .body(containsString("Unrouted ("));
    }

    @Test
    void staffCannotOpenTheAdminPages() {
        PageSession staff = PageSession.login(user("pages-not-admin", "staff"));
        for (String path : new String[] {"/admin/practice", "/admin/users", "/admin/deliveries"}) {
            staff.cookiesOnly().get(path).then().statusCode(403);
        }
    }

    private static Map<String, String> profile(String phone) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("name", "Maple Street Family Medicine");
        form.put("timeZone", "America/New_York");
        form.put("phone", phone);
        form.put("hours", "Monday to Friday, 8 am to 5 pm");
        form.put("address", "12 Maple Street, Springfield");
        form.put("portalUrl", "https://portal.maplestreet.example");
        form.put("website", "https://maplestreet.example");
        form.put("managerContact", "our practice manager at (555) 010-0199");
        form.put("signOff", "The Maple Street team");
        form.put("emergencyNumber", "911");
        form.put("crisisLine", "988");
        form.put("languages", "en");
        form.put("slaP1", "");
        return form;
    }
}
