package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.classify.Classifier;
import health.commenttriage.classify.Evaluation;
import health.commenttriage.classify.Label;
import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.user.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Staff corrections come out in the development set's format and feed the classifier's evaluation as they are. */
@QuarkusTest
class FeedbackExportTest {

    @Inject
    InboxWorker worker;

    @Inject
    Classifier classifier;

    @Test
    void relabelsExportAsJsonlThatTheEvaluationCommandReads() throws Exception {
        String staff = user("fay-feedback", Roles.STAFF);
        String supervisor = user("gus-feedback", Roles.SUPERVISOR);
        long id = TestItems.comment(worker, "do you take medicaid");
        long version = asAdmin().get("/api/v1/items/" + id).then().extract().jsonPath().getLong("version");
        as(staff).contentType("application/json").body(Map.of("labels", List.of("SPAM"), "version", version))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(200);
        as(staff).contentType("application/json").body(Map.of("labels", List.of("GENERAL_INQUIRY", "PRAISE"),
                        "version", version + 1))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(200);

        as(staff).get("/api/v1/feedback/export").then().statusCode(403);
        as(supervisor).queryParam("since", "yesterday").get("/api/v1/feedback/export").then().statusCode(400);
        String jsonl = as(supervisor).get("/api/v1/feedback/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();

        Path file = Files.createTempFile("feedback", ".jsonl");
        try {
            Files.writeString(file, jsonl);
            List<Evaluation.Example> examples = Evaluation.read(file);
            Evaluation.Example ours = examples.stream().filter(e -> e.text().contains("medicaid")).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(ours.labels()).as("the latest correction").isEqualTo(Set.of(Label.GENERAL_INQUIRY, Label.PRAISE));
            assertThat(ours.channel()).isEqualTo("comment");
            assertThat(ours.lang()).isEqualTo("en");
            Evaluation evaluation = Evaluation.run(file, classifier);
            assertThat(evaluation.report(null).messages()).isEqualTo(examples.size());
        } finally {
            Files.deleteIfExists(file);
        }
        asAdmin().get("/api/v1/items/" + id + "/audit").then().statusCode(200);
    }
}
