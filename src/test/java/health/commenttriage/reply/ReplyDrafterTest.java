package health.commenttriage.reply;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import health.commenttriage.classify.Classification;
import health.commenttriage.classify.Classifier;
import health.commenttriage.classify.Evaluation;
import health.commenttriage.classify.Label;
import health.commenttriage.practice.Practice;
import health.commenttriage.practice.PracticeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every draft is safe to post as it is: the linter finds nothing, the emergency number comes first. */
@QuarkusTest
class ReplyDrafterTest {

    @Inject
    ReplyDrafter drafter;

    @Inject
    ReplyLinter linter;

    @Inject
    Classifier classifier;

    @Inject
    PracticeService practices;

    @Test
    void everyLabelChannelAndLanguageDraftsASafeReply() {
        Practice practice = QuarkusTransaction.requiringNew().call(() -> practices.mainPractice());
        for (Label label : Label.values()) {
            for (String channel : List.of("comment", "dm")) {
                for (String lang : List.of("en", "es")) {
                    for (boolean selfHarm : label == Label.EMERGENCY ? List.of(false, true) : List.of(false)) {
                        Classification c = new Classification(List.of(label), "P" + label.priority(), lang, selfHarm,
                                List.of(), List.of(), "test", false);
                        Drafts drafts = drafter.draft(c, "a message", channel, "facebook", practice);
                        String what = label + "/" + channel + "/" + lang + (selfHarm ? "/self-harm" : "");
                        if (label == Label.OTHER || label == Label.SPAM) {
                            assertThat(drafts.noReply()).as(what).isTrue();
                            assertThat(drafts.drafts()).as(what).isEmpty();
                            assertThat(drafts.recommendHide()).as(what).isEqualTo(label == Label.SPAM);
                            continue;
                        }
                        assertThat(drafts.drafts()).as(what).isNotEmpty();
                        assertThat(drafts.recommendHide()).as(what)
                                .isEqualTo(label == Label.PHI_DISCLOSURE && channel.equals("comment"));
                        for (Draft draft : drafts.drafts()) {
                            checkSafe(draft, c, "a message", what);
                        }
                        assertThat(drafts.drafts()).extracting(Draft::kind).as(what).contains(
                                channel.equals("dm") ? Draft.Kind.DM_REPLY : Draft.Kind.PUBLIC_REPLY);
                    }
                }
            }
        }
    }

    @Test
    void everyMessageOfTheDevelopmentSetGetsSafeDraftsInItsLanguage() throws Exception {
        if (!Files.exists(Evaluation.DEV_SET)) {
            throw new AssertionError("the development set is missing: " + Evaluation.DEV_SET);
        }
        Practice practice = QuarkusTransaction.requiringNew().call(() -> practices.mainPractice());
        for (Evaluation.Example example : Evaluation.read(Evaluation.DEV_SET)) {
            Classification c = classifier.classify(example.text(), example.channel(), example.lang());
            Drafts drafts = drafter.draft(c, example.text(), example.channel(), "facebook", practice);
            for (Draft draft : drafts.drafts()) {
                assertThat(draft.lang()).as(example.id()).isEqualTo(example.lang());
                checkSafe(draft, c, example.text(), example.id());
            }
        }
    }

    @Test
    void aReplyOnXFitsInAPost() {
        Practice practice = QuarkusTransaction.requiringNew().call(() -> practices.mainPractice());
        Classification c = new Classification(List.of(Label.EMERGENCY, Label.MEDICAL_ADVICE, Label.PHI_DISCLOSURE,
                Label.COMPLAINT), "P1", "es", true, List.of(), List.of(), "test", false);
        Draft publicReply = drafter.draft(c, "x", "comment", "x", practice).drafts().get(0);
        assertThat(publicReply.kind()).isEqualTo(Draft.Kind.PUBLIC_REPLY);
        assertThat(publicReply.text().length()).isLessThanOrEqualTo(ReplyDrafter.X_LIMIT);
        assertThat(publicReply.text()).startsWith("Llame al 911").contains("988");
    }

    @Test
    void anEmergencyOnlyTheStatisticalLayerSawAlsoGivesTheCrisisLine() {
        Practice practice = QuarkusTransaction.requiringNew().call(() -> practices.mainPractice());
        Classification.Evidence byModel = new Classification.Evidence(Label.EMERGENCY, 0, 5, "quiet",
                "model:EMERGENCY");
        Classification.Evidence byRule = new Classification.Evidence(Label.EMERGENCY, 0, 5, "quiet",
                "en/emergency:breathing");
        for (String lang : List.of("en", "es")) {
            Classification modelOnly = new Classification(List.of(Label.EMERGENCY), "P1", lang, false,
                    List.of(byModel), List.of(), "test", false);
            Draft draft = drafter.draft(modelOnly, "quiet", "dm", "facebook", practice).drafts().get(0);
            assertThat(draft.text()).as(lang).contains("988");
            checkSafe(draft, modelOnly, "quiet", lang);

            Classification ruleToo = new Classification(List.of(Label.EMERGENCY), "P1", lang, false,
                    List.of(byModel, byRule), List.of(), "test", false);
            assertThat(drafter.draft(ruleToo, "quiet", "dm", "facebook", practice).drafts().get(0).text()).as(lang)
                    .doesNotContain("988");
        }
    }

    @Test
    void thePreviewEndpointClassifiesAndDrafts() {
        asAdmin().contentType("application/json").body(Map.of("text", "mi esposo no puede respirar y tiene los labios morados",
                        "channel", "comment", "platform", "facebook"))
                .when().post("/api/v1/drafts").then().statusCode(200)
                .body("classification.labels", hasItem("EMERGENCY"))
                .body("drafts[0].kind", equalTo("PUBLIC_REPLY"))
                .body("drafts[0].lang", equalTo("es"))
                .body("drafts[0].text", startsWith("Llame al 911"))
                .body("noReply", equalTo(false));
        asAdmin().contentType("application/json").body(Map.of("text", "Cheap followers!! click bit.ly/abc", "channel", "comment"))
                .when().post("/api/v1/drafts").then().statusCode(200)
                .body("noReply", equalTo(true)).body("recommendHide", equalTo(true));
        asAdmin().contentType("application/json").body(Map.of("channel", "comment")).when().post("/api/v1/drafts")
                .then().statusCode(400);
        asAdmin().contentType("application/json").body(Map.of("text", "hi", "platform", "myspace")).when()
                .post("/api/v1/drafts").then().statusCode(400);
    }

    private void checkSafe(Draft draft, Classification c, String inbound, String what) {
        Practice practice = QuarkusTransaction.requiringNew().call(() -> practices.mainPractice());
        List<ReplyLinter.Violation> violations = linter.lint(draft.text(),
                ReplyLinter.Context.of(practice, inbound, null, draft.lang(), c.labels()));
        assertThat(violations).as("%s: %s", what, draft.text()).isEmpty();
        if (c.labels().contains(Label.EMERGENCY)) {
            String firstSentence = draft.text().split("[.!?]", 2)[0];
            assertThat(firstSentence).as(what).contains("911");
        }
        if (c.selfHarm()) {
            assertThat(draft.text()).as(what).contains("988");
        }
    }
}
