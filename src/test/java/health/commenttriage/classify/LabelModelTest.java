package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistical layer: training is deterministic, a trained model adds a label it is sure of and shows
 * why, may add EMERGENCY but never removes it or changes selfHarm, never removes a rule's label, and a missing
 * or corrupt model file leaves the rules alone. The training texts are written for this test (no data-set sentences).
 */
class LabelModelTest {

    private static final ModelTraining.Options FAST = new ModelTraining.Options(1, 1e-4, 150, 0.05, 0.9, 0.8, 3, 7L);
    private static RuleBook book;
    private static ModelTraining.Trained trained;

    /** A tiny corpus: refill requests, bakery chatter, and an emergency that also asks for a refill. */
    static List<Evaluation.Example> corpus() {
        String[] refills = {"please refill my zorblax prescription", "need a refill of zorblax asap",
            "can you send a zorblax refill to the pharmacy", "zorblax refill please, I ran out",
            "could the doctor refill my zorblax", "refill zorblax for me please",
            "my zorblax refill is due, can you renew it", "requesting a zorblax refill today"};
        String[] other = {"the bakery on main street has great bread", "what a sunny day at the beach",
            "my cat likes the blue blanket", "the football game was exciting last night",
            "new paint on the fence looks nice", "we watched a movie about dragons",
            "the garden tomatoes are finally red", "the train was on time this morning"};
        List<Evaluation.Example> examples = new ArrayList<>();
        int id = 0;
        for (String text : refills) {
            examples.add(new Evaluation.Example("t" + id++, "dm", "en", text, EnumSet.of(Label.PRESCRIPTION)));
        }
        for (String text : other) {
            examples.add(new Evaluation.Example("t" + id++, "dm", "en", text, EnumSet.of(Label.OTHER)));
        }
        return examples;
    }

    @BeforeAll
    static void train() {
        book = RuleBook.load();
        trained = ModelTraining.fit(corpus(), FAST, thresholds(0.5));
    }

    private static double[] thresholds(double t) {
        double[] thresholds = new double[ModelTraining.LABELS.size()];
        Arrays.fill(thresholds, t);
        return thresholds;
    }

    @Test
    void trainingIsDeterministic() {
        byte[] again = ModelTraining.fit(corpus(), FAST, thresholds(0.5)).bytes();
        assertThat(again).isEqualTo(trained.bytes());
        double[] first = ModelTraining.thresholds(corpus(), FAST);
        assertThat(ModelTraining.thresholds(corpus(), FAST)).containsExactly(first);
        assertThat(LabelModel.read(again, "again").version()).isEqualTo(trained.model().version());
    }

    @Test
    void aTrainedModelAddsALabelItIsSureOfWithItsWords() {
        String text = "the zorblax again, for me";
        Classifier rulesAlone = new Classifier(book);
        assertThat(rulesAlone.classify(text, "dm", "en").labels()).doesNotContain(Label.PRESCRIPTION);

        Classifier combined = new Classifier(book, trained.model());
        Classification c = combined.classify(text, "dm", "en");
        assertThat(c.labels()).contains(Label.PRESCRIPTION).doesNotContain(Label.OTHER);
        assertThat(c.priority()).isEqualTo("P2");
        assertThat(c.version()).startsWith(book.version() + "+model-");
        List<Classification.Evidence> fromModel = c.evidence().stream()
                .filter(e -> e.rule().equals("model:PRESCRIPTION")).toList();
        assertThat(fromModel).isNotEmpty().allSatisfy(e -> {
            assertThat(e.label()).isEqualTo(Label.PRESCRIPTION);
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        });
        assertThat(fromModel).extracting(Classification.Evidence::text).anyMatch(words -> words.contains("zorblax"));
    }

    @Test
    void anAddedLabelShowsThePhrasesThatAddedMostNeverAcrossPunctuation() {
        int prescription = ModelTraining.LABELS.indexOf(Label.PRESCRIPTION);
        String s = "zorblax refill zorblax refill zorblax, zorblax refill";
        List<String> phrases = trained.model().score(s).topPhrases(prescription, 2, 4).stream()
                .map(p -> s.substring(p[0], p[1])).toList();
        assertThat(phrases).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain(","));
        assertThat(phrases.get(0).split(" ")).hasSize(4);
        assertThat(String.join(" ", phrases).split(" ")).hasSize(4 + phrases.get(1).split(" ").length);

        String mixed = "the bakery bread, zorblax refill";
        List<String> best = trained.model().score(mixed).topPhrases(prescription, 2, 4).stream()
                .map(p -> mixed.substring(p[0], p[1])).toList();
        assertThat(best).first().asString().contains("zorblax");
        assertThat(best).noneMatch(p -> p.contains("bakery") || p.contains("bread"));
    }

    @Test
    void theModelNeverRemovesEmergencyOrARuleLabelAndNeverChangesSelfHarm() {
        Classifier rulesAlone = new Classifier(book);
        Classifier combined = new Classifier(book, trained.model());
        // the model's training data say nothing of emergencies: the rules' emergencies stay
        for (String text : List.of("my husband can't breathe and his lips are turning blue, refill zorblax",
                "I'm going to take all my zorblax tonight, refill it so I have enough",
                "the bakery bread was great and my dad is having crushing chest pain right now",
                "refill my zorblax please")) {
            Classification r = rulesAlone.classify(text, "dm", "en");
            Classification c = combined.classify(text, "dm", "en");
            if (r.labels().contains(Label.EMERGENCY)) {
                assertThat(c.labels()).as(text).contains(Label.EMERGENCY);
            }
            assertThat(c.selfHarm()).as(text).isEqualTo(r.selfHarm());
            Set<Label> kept = EnumSet.copyOf(r.labels());
            kept.remove(Label.OTHER);
            assertThat(c.labels()).as(text).containsAll(kept);
        }
        // a model can't even be built to give OTHER: it only adds
        assertThatThrownBy(() -> new LabelModel(List.of(Label.OTHER), new double[1], new double[1], new int[0],
                new float[0], "x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
        byte[] forged = gzipText(LabelModel.MAGIC + "\t1\nlabels\tOTHER\nbias\t9\nthreshold\t0.5\nfeatures\t0\nend\n");
        assertThatThrownBy(() -> LabelModel.read(forged, "forged")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not give OTHER");
    }

    @Test
    void aModelSureOfAnEmergencyAddsItButNotWhereTheRulesSaidWhyNot() {
        double[] bias = new double[ModelTraining.LABELS.size()];
        Arrays.fill(bias, -20);
        bias[ModelTraining.LABELS.indexOf(Label.EMERGENCY)] = 20; // sure of an emergency on every text
        Classifier rulesAlone = new Classifier(book);
        Classifier combined = new Classifier(book, new LabelModel(ModelTraining.LABELS, bias, thresholds(0.5),
                new int[0], new float[0], "emergency"));

        String unflagged = "the garden tomatoes are finally red";
        assertThat(rulesAlone.classify(unflagged, "dm", "en").labels()).containsExactly(Label.OTHER);
        Classification c = combined.classify(unflagged, "dm", "en");
        assertThat(c.labels()).containsExactly(Label.EMERGENCY);
        assertThat(c.priority()).isEqualTo("P1");
        assertThat(c.selfHarm()).isFalse();
        assertThat(c.evidence()).extracting(Classification.Evidence::rule).containsOnly("model:EMERGENCY");

        // the rules found an emergency and suppressed it (negated, hypothetical): their reason stands, however sure
        for (String text : List.of("he is not having trouble breathing, just a stuffy nose",
                "what if my son stopped breathing at night, would the monitor beep?",
                "mi hijo no tiene convulsiones ni le falta el aire, solo tos")) {
            Classification r = rulesAlone.classify(text, "comment", "en");
            assertThat(r.suppressed()).as(text).extracting(Classification.Suppressed::label).contains(Label.EMERGENCY);
            assertThat(combined.classify(text, "comment", "en").labels()).as(text).doesNotContain(Label.EMERGENCY);
        }
        // a past cue gives way to a layer this sure ("yesterday … and it has not stopped"), not to a hesitant one
        String past = "last week my dad collapsed in the garden";
        Classification fromRules = rulesAlone.classify(past, "comment", "en");
        assertThat(fromRules.suppressed()).extracting(Classification.Suppressed::reason).containsOnly("past");
        assertThat(combined.classify(past, "comment", "en").labels()).contains(Label.EMERGENCY);
        bias[ModelTraining.LABELS.indexOf(Label.EMERGENCY)] = 0.85; // probability 0.70: over the threshold, not sure
        Classifier hesitant = new Classifier(book, new LabelModel(ModelTraining.LABELS, bias, thresholds(0.5),
                new int[0], new float[0], "hesitant"));
        assertThat(hesitant.classify(unflagged, "dm", "en").labels()).containsExactly(Label.EMERGENCY);
        assertThat(hesitant.classify(past, "comment", "en").labels()).doesNotContain(Label.EMERGENCY);
        // nothing is added beside the rules' spam
        String spam = "CLICK HERE to win a free iPhone!!! limited offer www.win-prizes.example";
        assertThat(rulesAlone.classify(spam, "comment", "en").labels()).containsExactly(Label.SPAM);
        assertThat(combined.classify(spam, "comment", "en").labels()).containsExactly(Label.SPAM);
    }

    @Test
    void aModelAlwaysSureOfEveryLabelKeepsTheRulesEmergencyAndSpamAlone() {
        // bias 20: probability 1 for every modelled label on every text
        double[] bias = new double[ModelTraining.LABELS.size()];
        Arrays.fill(bias, 20);
        LabelModel always = new LabelModel(ModelTraining.LABELS, bias, thresholds(0.5), new int[0], new float[0],
                "always");
        Classifier rulesAlone = new Classifier(book);
        Classifier combined = new Classifier(book, always);
        String emergency = "my husband can't breathe and his lips are turning blue";
        Classification r = rulesAlone.classify(emergency, "dm", "en");
        Classification c = combined.classify(emergency, "dm", "en");
        assertThat(c.labels()).contains(Label.EMERGENCY);
        assertThat(c.priority()).isEqualTo("P1");
        assertThat(c.selfHarm()).isEqualTo(r.selfHarm());
        assertThat(c.labels()).doesNotContain(Label.SPAM); // the model's SPAM is never taken over a rules' emergency

        String chatter = "the garden tomatoes are finally red";
        assertThat(rulesAlone.classify(chatter, "comment", "en").labels()).containsExactly(Label.OTHER);
        // rules found nothing and the model is sure of spam: spam, and beside it only an emergency (as the rules
        // would have it)
        assertThat(combined.classify(chatter, "comment", "en").labels()).containsExactly(Label.EMERGENCY, Label.SPAM);
        // a blank text stays OTHER
        assertThat(combined.classify("   ", "comment", "en").labels()).containsExactly(Label.OTHER);
    }

    @Test
    void aLayerSureOfSpamTakesItOverTheRulesLabelsButNeverOverTheirEmergency() {
        Classifier rulesAlone = new Classifier(book);
        // a fake testimonial reads as a disclosure to the rules
        String testimonial = "my sugar was 300 and after 2 weeks of these drops it's 98";
        assertThat(rulesAlone.classify(testimonial, "comment", "en").labels()).contains(Label.PHI_DISCLOSURE);
        Classifier sure = new Classifier(book, spamModel(20)); // probability 1
        Classification spam = sure.classify(testimonial, "comment", "en");
        assertThat(spam.labels()).containsExactly(Label.SPAM);
        assertThat(spam.evidence()).extracting(Classification.Evidence::rule).containsOnly("model:SPAM");
        String emergency = "my husband can't breathe and his lips are turning blue";
        assertThat(sure.classify(emergency, "dm", "en").labels()).contains(Label.EMERGENCY).doesNotContain(Label.SPAM);
        // a layer over the threshold but not sure takes spam only where the rules found nothing
        Classifier hesitant = new Classifier(book, spamModel(-0.2)); // probability 0.45, threshold 0.3
        assertThat(hesitant.classify(testimonial, "comment", "en").labels()).doesNotContain(Label.SPAM)
                .contains(Label.PHI_DISCLOSURE);
        assertThat(hesitant.classify("the garden tomatoes are finally red", "comment", "en").labels())
                .containsExactly(Label.SPAM);
    }

    private static LabelModel spamModel(double spamBias) {
        double[] bias = new double[ModelTraining.LABELS.size()];
        Arrays.fill(bias, -20);
        bias[ModelTraining.LABELS.indexOf(Label.SPAM)] = spamBias;
        return new LabelModel(ModelTraining.LABELS, bias, thresholds(0.3), new int[0], new float[0], "spam");
    }

    @Test
    void theModelAddsAnInquiryOnlyToAMessageThatAsksSomething() {
        double[] bias = new double[ModelTraining.LABELS.size()];
        Arrays.fill(bias, -20);
        bias[ModelTraining.LABELS.indexOf(Label.GENERAL_INQUIRY)] = 20; // sure of an inquiry on every text
        Classifier combined = new Classifier(book, new LabelModel(ModelTraining.LABELS, bias, thresholds(0.5),
                new int[0], new float[0], "inquiry"));
        assertThat(combined.classify("you are all wonderful, thank you so much!", "comment", "en").labels())
                .doesNotContain(Label.GENERAL_INQUIRY);
        assertThat(combined.classify("son los mejores, gracias a todos", "comment", "es").labels())
                .doesNotContain(Label.GENERAL_INQUIRY);
        for (String asks : List.of("the garden tomatoes are red?", "wondering if the lab takes walk ins",
                "please send me the form", "necesito la forma de la escuela", "¿atienden los sábados")) {
            assertThat(combined.classify(asks, "comment", null).labels()).as(asks).contains(Label.GENERAL_INQUIRY);
        }
    }

    @Test
    void besideAnEmergencyTheModelAddsAdviceOnlyWhenTheMessageAsks() {
        double[] bias = new double[ModelTraining.LABELS.size()];
        Arrays.fill(bias, -20);
        bias[ModelTraining.LABELS.indexOf(Label.MEDICAL_ADVICE)] = 20; // sure of advice on every text
        Classifier combined = new Classifier(book, new LabelModel(ModelTraining.LABELS, bias, thresholds(0.5),
                new int[0], new float[0], "advice"));
        String told = "my grandpa collapsed in the shower and won't wake up, he's snoring loud";
        assertThat(combined.classify(told, "comment", "en").labels()).contains(Label.EMERGENCY)
                .doesNotContain(Label.MEDICAL_ADVICE);
        for (String asks : List.of(told + ", do I move him?", told + ". can you tell me what to do",
                "mi papa se desmayo en el baño y no despierta, ¿lo muevo?")) {
            assertThat(combined.classify(asks, "comment", null).labels()).as(asks)
                    .contains(Label.EMERGENCY, Label.MEDICAL_ADVICE);
        }
        // without an emergency the model's advice stands as it is
        assertThat(combined.classify("my knee has clicked for a month", "comment", "en").labels())
                .contains(Label.MEDICAL_ADVICE);
    }

    @Test
    void aMissingModelFailsClearlyAndTheServiceFallsBackToTheRules() {
        assertThatThrownBy(() -> LabelModel.load("classifier/no-such-model.tsv.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("classifier/no-such-model.tsv.gz").hasMessageContaining("not on the class path");
        Classifier fallback = Classifier.load(true, "classifier/no-such-model.tsv.gz");
        assertThat(fallback.hasModel()).isFalse();
        assertThat(fallback.version()).doesNotContain("model");
        assertThat(Classifier.load(false, LabelModel.RESOURCE).hasModel()).isFalse();
    }

    @Test
    void aCorruptModelFailsClearly() {
        byte[] good = trained.bytes();
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> LabelModel.read(truncated, "half.tsv.gz")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("label model half.tsv.gz is corrupt");
        assertThatThrownBy(() -> LabelModel.read("hello\n".getBytes(StandardCharsets.UTF_8), "text"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a label model");
        byte[] badNumber = gzipText(LabelModel.MAGIC + "\t1\nlabels\tSPAM\nbias\tx\nthreshold\t0.5\nfeatures\t0\nend\n");
        assertThatThrownBy(() -> LabelModel.read(badNumber, "bad")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt");
        byte[] noEnd = gzipText(LabelModel.MAGIC + "\t1\nlabels\tSPAM\nbias\t0\nthreshold\t0.5\nfeatures\t1\nab\t1\n");
        assertThatThrownBy(() -> LabelModel.read(noEnd, "noend")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no end line");
    }

    @Test
    void theShippedModelLoads() {
        LabelModel model = LabelModel.load(LabelModel.RESOURCE);
        assertThat(model.labels()).containsExactlyElementsOf(ModelTraining.LABELS);
        assertThat(model.labels()).contains(Label.EMERGENCY).doesNotContain(Label.OTHER);
        assertThat(Classifier.load(true, LabelModel.RESOURCE).hasModel()).isTrue();
    }

    @Test
    void featuresAreTheSameForAccentsCaseAndApostrophes() {
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        TextFeatures.extract(ModelTraining.normalize("¿Está CANSADO? can't"), (k, f, l) -> a.add(k));
        TextFeatures.extract(ModelTraining.normalize("esta cansado cant"), (k, f, l) -> b.add(k));
        assertThat(a).isEqualTo(b).isNotEmpty();
    }

    private static byte[] gzipText(String text) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
