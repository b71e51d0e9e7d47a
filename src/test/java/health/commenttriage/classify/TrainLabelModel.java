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

    /**
     * The training sets in the order they were written, which is the order training reads them (and so the model's
     * bytes): the development set, the first held-out sets, then rounds of parts by one writer each
     * ({@code held-out-12a} to {@code held-out-12f}). {@code held-out-5b} is left out: it stays blind.
     */
    static final List<Path> SETS = sets();

    private static List<Path> sets() {
        List<Path> sets = new ArrayList<>(List.of(Evaluation.DEV_SET));
        for (String first : List.of("held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5a")) {
            sets.add(heldOut(first));
        }
        String[][] rounds = {{"6", "abcd"}, {"7", "abcd"}, {"8", "abcdef"}, {"9", "abcdef"}, {"10", "abcdef"},
            {"11", "abcdef"}, {"12", "abcdef"}, {"13", "abcdefgh"}, {"14", "abcdefgh"}, {"15", "abcdefgh"},
            {"16", "abcdefgh"}, {"17", "abcdefgh"}, {"18", "abcdefgh"}, {"19", "abcdefgh"}, {"20", "abcdefgh"},
            {"21", "abcdefgh"}, {"22", "abcdefgh"}, {"23", "abcdefgh"},
            {"24", "abcdefgh"}, {"25", "abcdefgh"}, {"26", "abcdefgh"},
            {"27", "abcdefgh"}, {"28", "abcdefgh"}, {"29", "abcdefgh"}, {"30", "abcdefgh"},
            {"31", "abcdefgh"}, {"32", "abcdefgh"}, {"33", "abcdefgh"},
            {"34", "abcdefgh"}, {"35", "abcdefgh"}, {"36", "abcdefgh"},
            {"37", "abcdefgh"}, {"38", "abcdefgh"}, {"39", "abcdefgh"}, {"40", "abcdefgh"},
            {"41", "abcdefgh"}, {"42", "abcdefgh"}, {"43", "abcdefgh"}, {"44", "abcdefgh"},
            {"45", "abcdefgh"}, {"46", "abcdefgh"}, {"47", "abcdefgh"}, {"48", "abcdefgh"},
            {"49", "abcdefgh"}, {"50", "abcdefgh"}, {"51", "abcdefgh"}, {"52", "abcdefgh"},
            {"53", "abcdefgh"}, {"54", "abcdefgh"},
            {"55", "abcdefgh"}, {"56", "abcdefgh"},
            {"57", "abcdefgh"},
            {"58", "abcdefgh"}};
        for (String[] round : rounds) {
            for (char part : round[1].toCharArray()) {
                sets.add(heldOut("held-out-" + round[0] + part));
            }
        }
        return List.copyOf(sets);
    }

    private static Path heldOut(String name) {
        return Path.of("src/test/resources/classifier/" + name + ".jsonl");
    }

    /**
     * The development set is the taxonomy's own labelling, the other sets are other writers': its messages count
     * twice, which keeps the layer to its conventions (docs/classifier.md, "A fifteenth held-out set").
     */
    static final int DEV_WEIGHT = 2;

    private TrainLabelModel() {
    }

    /**
     * The training examples of every set but those {@code leftOut} (none when empty), the development set's
     * {@link #DEV_WEIGHT} times.
     */
    static List<Evaluation.Example> examples(java.util.Collection<Path> leftOut) throws java.io.IOException {
        List<Path> out = leftOut.stream().map(TrainLabelModel::normalized).toList();
        if (!SETS.stream().map(TrainLabelModel::normalized).toList().containsAll(out)) {
            // a path written another way would leave nothing out, and the set would be trained on and scored
            throw new IllegalArgumentException("not a training set: " + leftOut);
        }
        List<Evaluation.Example> examples = new ArrayList<>();
        for (Path set : SETS) {
            if (out.contains(normalized(set))) {
                continue;
            }
            List<Evaluation.Example> read = Evaluation.read(set);
            for (int copy = 0; copy < (set.equals(Evaluation.DEV_SET) ? DEV_WEIGHT : 1); copy++) {
                examples.addAll(read);
            }
        }
        return examples;
    }

    private static Path normalized(Path set) {
        return set.toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/classifier/model.tsv.gz");
        List<Evaluation.Example> examples = examples(List.of());
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
