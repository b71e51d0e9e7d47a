package health.commenttriage.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the statistical layer's thresholds were chosen (docs/classifier.md, "An eighth held-out set" and "A nineteenth
 * held-out set"): each argument is left out in turn, the layer is trained on every other set
 * ({@link TrainLabelModel#examples}; no inner cross-validation), and the rules plus the layer score what was left out
 * with fixed thresholds: one for the seven non-emergency labels, one for EMERGENCY. An argument is a set, or several
 * joined by commas and left out together (a round of writers:
 * {@code src/test/resources/classifier/held-out-19a.jsonl,...}; a path that is not a training set is refused).
 * Prints the mean macro-F1 over the arguments and the pooled EMERGENCY precision and recall for each pair. The
 * training settings are the shipped ones unless {@code -Dl2=}, {@code -Diterations=} or {@code -DminDf=} say otherwise.
 * With {@code -Dlabel=MEDICAL_ADVICE} (any label but EMERGENCY) only that label's threshold is swept, the others kept
 * at the shipped 0.30 and EMERGENCY at 0.15, and the pooled figures are that label's.
 * <pre>
 * java [-Dl2=0 -Diterations=1000 -DminDf=3] [-Dlabel=LABEL] -cp target/classes:target/test-classes:CLASSPATH \
 *   health.commenttriage.classify.ThresholdSweep SET.jsonl[,SET.jsonl...]...
 * </pre>
 */
public final class ThresholdSweep {

    private static final double[] OTHERS = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8};
    private static final double[] EMERGENCY = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
    /** The shipped thresholds, kept while one label's is swept. */
    private static final double SHIPPED_OTHERS = 0.30;
    private static final double SHIPPED_EMERGENCY = 0.15;

    private ThresholdSweep() {
    }

    public static void main(String[] args) throws Exception {
        RuleBook book = RuleBook.load();
        ModelTraining.Options shipped = ModelTraining.Options.DEFAULT;
        ModelTraining.Options options = new ModelTraining.Options(Integer.getInteger("minDf", shipped.minDf()),
                Double.parseDouble(System.getProperty("l2", String.valueOf(shipped.l2()))),
                Integer.getInteger("iterations", shipped.iterations()), shipped.learningRate(),
                shipped.targetPrecision(), shipped.emergencyPrecision(), shipped.innerFolds(), shipped.seed());
        System.out.println("settings: " + options);
        Label swept = System.getProperty("label") == null ? null : Label.valueOf(System.getProperty("label"));
        Label scored = swept == null ? Label.EMERGENCY : swept;
        double[] emergencyGrid = swept == null ? EMERGENCY : new double[] {SHIPPED_EMERGENCY};
        double[][] macro = new double[OTHERS.length][emergencyGrid.length];
        int[][][] counts = new int[OTHERS.length][emergencyGrid.length][3];
        for (String arg : args) {
            List<Path> left = Arrays.stream(arg.split(",")).map(Path::of).toList();
            List<Evaluation.Example> train = TrainLabelModel.examples(left);
            ModelTraining.Trained trained = ModelTraining.fit(train, options,
                    new double[ModelTraining.LABELS.size()]);
            List<Evaluation.Example> test = new ArrayList<>();
            for (Path set : left) {
                test.addAll(Evaluation.read(set));
            }
            for (int a = 0; a < OTHERS.length; a++) {
                for (int b = 0; b < emergencyGrid.length; b++) {
                    double[] thresholds = new double[ModelTraining.LABELS.size()];
                    Arrays.fill(thresholds, swept == null ? OTHERS[a] : SHIPPED_OTHERS);
                    if (swept != null) {
                        thresholds[ModelTraining.LABELS.indexOf(swept)] = OTHERS[a];
                    }
                    thresholds[ModelTraining.LABELS.indexOf(Label.EMERGENCY)] = emergencyGrid[b];
                    ModelTraining.Trained fixed = new ModelTraining.Trained(trained.labels(), trained.bias(),
                            thresholds, trained.keys(), trained.weights());
                    Evaluation.Report report = Evaluation.run(test, new Classifier(book, fixed.model())).report(null);
                    macro[a][b] += report.macroF1() / args.length;
                    Evaluation.Score e = report.score(scored);
                    counts[a][b][0] += e.truePositives;
                    counts[a][b][1] += e.falsePositives;
                    counts[a][b][2] += e.falseNegatives;
                }
            }
        }
        System.out.println("| " + (swept == null ? "others" : swept) + " | EMERGENCY | mean macro-F1 | " + scored
                + " P / R (F1) | TP / FP / FN |");
        System.out.println("| ---: | ---: | ---: | --- | --- |");
        for (int a = 0; a < OTHERS.length; a++) {
            for (int b = 0; b < emergencyGrid.length; b++) {
                int[] c = counts[a][b];
                double precision = c[0] / (double) (c[0] + c[1]);
                double recall = c[0] / (double) (c[0] + c[2]);
                System.out.printf(Locale.ROOT, "| %.2f | %.2f | %.4f | %.3f / %.3f (%.3f) | %d / %d / %d |%n",
                        OTHERS[a], emergencyGrid[b], macro[a][b], precision, recall,
                        2 * precision * recall / (precision + recall), c[0], c[1], c[2]);
            }
        }
    }
}
