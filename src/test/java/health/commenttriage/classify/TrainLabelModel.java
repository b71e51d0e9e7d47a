package health.commenttriage.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training command of the statistical layer (docs/classifier.md, "Statistical layer"): trains on the
 * development set and the held-out sets but {@code held-out-5b} (kept blind) and writes {@code src/main/resources/classifier/model.tsv.gz}.
 * Deterministic: the same data give the same bytes.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=... does not work (the pom's mainClass wins), so:
 * java -cp target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *   health.commenttriage.classify.TrainLabelModel [OUT]
 * </pre>
 */
public final class TrainLabelModel {

    static final List<Path> SETS = List.of(Evaluation.DEV_SET,
            Path.of("src/test/resources/classifier/held-out.jsonl"),
            Path.of("src/test/resources/classifier/held-out-2.jsonl"),
            Path.of("src/test/resources/classifier/held-out-3.jsonl"),
            Path.of("src/test/resources/classifier/held-out-4.jsonl"),
            Path.of("src/test/resources/classifier/held-out-5a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-6a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-6b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-6c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-6d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-7a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-7b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-7c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-7d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-8f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-9f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-10f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-11f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-12f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13g.jsonl"),
            Path.of("src/test/resources/classifier/held-out-13h.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14g.jsonl"),
            Path.of("src/test/resources/classifier/held-out-14h.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15g.jsonl"),
            Path.of("src/test/resources/classifier/held-out-15h.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16g.jsonl"),
            Path.of("src/test/resources/classifier/held-out-16h.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17a.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17b.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17c.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17d.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17e.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17f.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17g.jsonl"),
            Path.of("src/test/resources/classifier/held-out-17h.jsonl"));

    /**
     * The development set is the taxonomy's own labelling, the other sets are other writers': its messages count
     * twice, which keeps the layer to its conventions (docs/classifier.md, "A fifteenth held-out set").
     */
    static final int DEV_WEIGHT = 2;

    private TrainLabelModel() {
    }

    /** The training examples of every set but {@code leftOut} (null: none), the development set's {@link #DEV_WEIGHT} times. */
    static List<Evaluation.Example> examples(Path leftOut) throws java.io.IOException {
        List<Evaluation.Example> examples = new ArrayList<>();
        for (Path set : SETS) {
            if (set.equals(leftOut)) {
                continue;
            }
            List<Evaluation.Example> read = Evaluation.read(set);
            for (int copy = 0; copy < (set.equals(Evaluation.DEV_SET) ? DEV_WEIGHT : 1); copy++) {
                examples.addAll(read);
            }
        }
        return examples;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/classifier/model.tsv.gz");
        List<Evaluation.Example> examples = examples(null);
        ModelTraining.Trained trained = ModelTraining.train(examples, ModelTraining.Options.DEFAULT);
        byte[] bytes = trained.bytes();
        Files.write(out, bytes);
        LabelModel model = LabelModel.read(bytes, out.toString());
        System.out.printf(Locale.ROOT, "%s: %d messages, %d features, %d bytes, %s%n", out, examples.size(),
                model.features(), bytes.length, model.version());
        for (int l = 0; l < model.labels().size(); l++) {
            System.out.printf(Locale.ROOT, "  %-16s threshold %.2f%n", model.labels().get(l), model.threshold(l));
        }
    }
}
