package health.commenttriage.privacy;

import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import health.commenttriage.message.Message;
import health.commenttriage.user.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person asks what we hold about them, then asks us to erase it. */
@QuarkusTest
class AuthorDataTest {

    @Inject
    InboxWorker worker;

    @Test
    void anAdminExportsThenErasesEverythingAboutOneAuthorAndBothAreAudited() {
        String author = "author-" + UUID.randomUUID();
        String other = "author-" + UUID.randomUUID();
        post(author, "Rosalind Quimby", "my insulin pump keeps beeping");
        post(author, "Rosalind Quimby", "also need a refill of metformin");
        post(other, "Someone Else", "are you open on Monday");

        asAdmin().get("/api/v1/admin/authors/generic/" + author).then().statusCode(200)
                .body("messages", hasSize(2))
                .body("messages.authorName", contains("Rosalind Quimby", "Rosalind Quimby"))
                .body("messages.text", containsInAnyOrder(
                        org.hamcrest.Matchers.startsWith("my insulin pump"),
                        org.hamcrest.Matchers.startsWith("also need a refill")))
                .body("items", hasSize(2));

        asAdmin().delete("/api/v1/admin/authors/generic/" + author).then().statusCode(200)
                .body("messages", equalTo(2)).body("items", equalTo(2)).body("deliveries", equalTo(2));

        // nothing links to the author any more, and the text and names are gone
        asAdmin().get("/api/v1/admin/authors/generic/" + author).then().statusCode(200)
                .body("messages", empty()).body("items", empty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count(
                "authorName = ?1 or text like ?2", "Rosalind Quimby", "%insulin pump keeps%"))).isZero();
        // the other author keeps theirs
        asAdmin().get("/api/v1/admin/authors/generic/" + other).then().statusCode(200)
                .body("messages[0].text", org.hamcrest.Matchers.startsWith("are you open"));

        @SuppressWarnings("unchecked")
        List<Object[]> audit = QuarkusTransaction.requiringNew().call(() -> Message.getEntityManager()
                .createNativeQuery("SELECT action, details::text FROM audit_event WHERE action LIKE 'author.%'"
                        + " ORDER BY id DESC LIMIT 3").getResultList());
        assertThat(audit).extracting(row -> (String) row[0]).contains("author.exported", "author.erased");
        assertThat(audit).allSatisfy(row -> assertThat((String) row[1]).doesNotContain(author)
                .contains("authorIdSha256"));
    }

    @Test
    void anUnknownPlatformIsABadRequestAndOnlyAdminsMayAsk() {
        asAdmin().get("/api/v1/admin/authors/myspace/123").then().statusCode(400)
                .contentType("application/problem+json");
        asAdmin().delete("/api/v1/admin/authors/myspace/123").then().statusCode(400);
        user("sue-supervisor", Roles.SUPERVISOR);
        as("sue-supervisor").get("/api/v1/admin/authors/generic/123").then().statusCode(403);
        as("sue-supervisor").delete("/api/v1/admin/authors/generic/123").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/admin/authors/generic/123").then().statusCode(401);
    }

    @Test
    void anAuthorWeKnowNothingAboutGetsAnEmptyExport() {
        asAdmin().get("/api/v1/admin/authors/x/nobody-" + UUID.randomUUID()).then().statusCode(200)
                .body("messages", empty()).body("items", empty()).body("authorId", org.hamcrest.Matchers.startsWith("nobody-"));
        asAdmin().delete("/api/v1/admin/authors/x/nobody").then().statusCode(200).body("messages", equalTo(0));
    }

    private void post(String author, String name, String text) {
        String id = UUID.randomUUID().toString();
        String body = "{\"id\":\"" + id + "\",\"channel\":\"comment\",\"author\":{\"id\":\"" + author
                + "\",\"name\":\"" + name + "\"},\"text\":\"" + text + "\",\"lang\":\"en\"}";
        SignedWebhooks.generic("webform", id, body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        worker.drain(100);
    }
}
