package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The targets, measured on the development set (which CI has beside the project). */
class DevelopmentSetTargetsTest {

    private static final Path DEV_SET = Evaluation.DEV_SET;

    /** The rules alone and the rules with the shipped statistical layer, as the service runs them. */
    @ParameterizedTest(name = "with the statistical layer: {0}")
    @ValueSource(booleans = {false, true})
    void theClassifierMeetsItsTargets(boolean withModel) throws Exception {
        if (!Files.exists(DEV_SET)) {
            fail("the development set is missing: expected " + DEV_SET.toAbsolutePath());
        }
        Classifier classifier = Classifier.load(withModel, LabelModel.RESOURCE);
        assertThat(classifier.hasModel()).isEqualTo(withModel);
        Evaluation evaluation = Evaluation.run(DEV_SET, classifier);
        Evaluation.Report all = evaluation.report(null);
        Evaluation.Report en = evaluation.report("en");
        Evaluation.Report es = evaluation.report("es");
        String tables = Evaluation.table(all) + Evaluation.table(en) + Evaluation.table(es);

        assertThat(all.score(Label.EMERGENCY).recall()).as(tables).isGreaterThanOrEqualTo(0.98);
        assertThat(all.score(Label.EMERGENCY).precision()).as(tables).isGreaterThanOrEqualTo(0.90);
        assertThat(all.score(Label.MEDICAL_ADVICE).f1()).as(tables).isGreaterThanOrEqualTo(0.90);
        assertThat(all.score(Label.PRESCRIPTION).f1()).as(tables).isGreaterThanOrEqualTo(0.90);
        assertThat(all.score(Label.PHI_DISCLOSURE).recall()).as(tables).isGreaterThanOrEqualTo(0.90);
        assertThat(all.macroF1()).as(tables).isGreaterThanOrEqualTo(0.85);
        assertThat(Math.abs(en.macroF1() - es.macroF1())).as(tables).isLessThanOrEqualTo(0.05);
    }

    /**
     * A small set written by the developer, not by the lexicon authors: every emergency in it must be
     * found. It is a smoke test of generalisation, not a measurement (see docs/classifier.md).
     */
    @Test
    void everyEmergencyOfTheDevelopersOwnSetIsFound() throws Exception {
        Evaluation evaluation = Evaluation.run(Path.of("src/test/resources/classifier/held-out.jsonl"),
                Classifier.load());
        Evaluation.Report all = evaluation.report(null);
        String table = Evaluation.table(all);
        assertThat(all.score(Label.EMERGENCY).recall()).as(table).isEqualTo(1.0);
        assertThat(all.score(Label.EMERGENCY).precision()).as(table).isEqualTo(1.0);
        assertThat(all.macroF1()).as(table).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * The second set (160 messages, written by someone who had not seen the lexicons). Its emergencies
     * were used to fix misses, so it now guards against losing them again; its other labels are not
     * tuned on yet (docs/classifier.md has the figures before any tuning).
     */
    @Test
    void theSecondSetsEmergenciesStayFound() throws Exception {
        Evaluation evaluation = Evaluation.run(Path.of("src/test/resources/classifier/held-out-2.jsonl"),
                Classifier.load());
        Evaluation.Report all = evaluation.report(null);
        assertThat(all.score(Label.EMERGENCY).recall()).as(Evaluation.table(all)).isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The sixth set (600 messages by four writers) was not tuned on by the rules; the shipped statistical
     * layer was trained on it and is what finds most of its emergencies told by their signs. This guards the
     * model file: a layer that lost EMERGENCY, or a combination that dropped its additions, fails here.
     */
    @Test
    void theSixthSetsEmergenciesAreFoundWithTheStatisticalLayer() throws Exception {
        List<Evaluation.Example> six = new ArrayList<>();
        for (String part : List.of("a", "b", "c", "d")) {
            six.addAll(Evaluation.read(Path.of("src/test/resources/classifier/held-out-6" + part + ".jsonl")));
        }
        Evaluation.Report shipped = Evaluation.run(six, Classifier.load(true, LabelModel.RESOURCE)).report(null);
        Evaluation.Report rules = Evaluation.run(six, Classifier.load(false, LabelModel.RESOURCE)).report(null);
        String tables = Evaluation.table(shipped) + Evaluation.table(rules);
        assertThat(shipped.score(Label.EMERGENCY).recall()).as(tables).isGreaterThanOrEqualTo(0.98);
        assertThat(shipped.score(Label.EMERGENCY).precision()).as(tables).isGreaterThanOrEqualTo(0.80);
        assertThat(shipped.score(Label.EMERGENCY).recall()).as(tables)
                .isGreaterThan(rules.score(Label.EMERGENCY).recall() + 0.2);
    }
}
