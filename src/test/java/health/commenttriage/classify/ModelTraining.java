package health.commenttriage.classify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the statistical layer ({@link LabelModel}): one-vs-rest logistic regression, full-batch Adam for a fixed
 * number of steps (which is what keeps the weights small: the shipped settings add no L2 penalty, see
 * docs/classifier.md, "A nineteenth held-out set"), over the {@link TextFeatures} of the normalised texts, features
 * seen in at least {@code minDf} messages. Thresholds: for each label, the lowest probability (from {@link Options#lowestStep} up) at which
 * the out-of-fold predictions of an inner k-fold cross-validation on the training data reach the target
 * precision; a label that never reaches it gets a threshold above 1 (the model never adds it). Deterministic:
 * fixed order, seeded folds, no threads.
 */
final class ModelTraining {

    static final List<Label> LABELS = List.of(Label.EMERGENCY, Label.MEDICAL_ADVICE, Label.PRESCRIPTION,
            Label.PHI_DISCLOSURE, Label.COMPLAINT, Label.PRAISE, Label.GENERAL_INQUIRY, Label.SPAM);

    /**
     * @param emergencyPrecision the precision an added EMERGENCY must reach out of fold: lower than the
     *                           others', since a missed emergency costs more than a false alarm
     */
    record Options(int minDf, double l2, int iterations, double learningRate, double targetPrecision,
            double emergencyPrecision, int innerFolds, long seed) {
        static final Options DEFAULT = new Options(3, 0, 1000, 0.05, 0.80, EMERGENCY_PRECISION, 5, 20261206L);

        Options withTargetPrecision(double target) {
            return new Options(minDf, l2, iterations, learningRate, target, emergencyPrecision, innerFolds, seed);
        }

        double precision(Label label) {
            return label == Label.EMERGENCY ? emergencyPrecision : targetPrecision;
        }

        /** Where the threshold search starts: an emergency may be added on weaker evidence. */
        int lowestStep(Label label) {
            return label == Label.EMERGENCY ? 15 : 30;
        }
    }

    static final double EMERGENCY_PRECISION = 0.80;

    /** A trained model's numbers, as the file holds them. */
    record Trained(List<Label> labels, double[] bias, double[] threshold, int[] keys, float[] weights) {

        LabelModel model() {
            return LabelModel.read(bytes(), "(trained in memory)");
        }

        /** The model file: gzip (fixed header, so the same model gives the same bytes) of the text format. */
        byte[] bytes() {
            StringBuilder out = new StringBuilder();
            out.append("# statistical layer of the triage classifier; written by TrainLabelModel, do not edit\n");
            out.append(LabelModel.MAGIC).append("\t1\n");
            out.append("labels");
            labels.forEach(l -> out.append('\t').append(l.name()));
            out.append("\nbias");
            for (double b : bias) {
                out.append('\t').append(number(b));
            }
            out.append("\nthreshold");
            for (double t : threshold) {
                out.append('\t').append(String.format(Locale.ROOT, "%.2f", t));
            }
            out.append("\nfeatures\t").append(keys.length).append('\n');
            int k = labels.size();
            for (int row = 0; row < keys.length; row++) {
                out.append(Integer.toHexString(keys[row]));
                for (int l = 0; l < k; l++) {
                    out.append('\t').append(number(weights[row * k + l]));
                }
                out.append('\n');
            }
            out.append("end\n");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
                gzip.write(out.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** Four significant digits, without exponent noise for zero. */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", x);
        return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private ModelTraining() {
    }

    /** Trains on all the examples, with thresholds from an inner cross-validation. */
    static Trained train(List<Evaluation.Example> examples, Options options) {
        double[] thresholds = thresholds(examples, options);
        return fit(examples, options, thresholds);
    }

    /** The per-label thresholds chosen from out-of-fold probabilities on {@code examples}. */
    static double[] thresholds(List<Evaluation.Example> examples, Options options) {
        double[][] oof = outOfFold(examples, options);
        double[] thresholds = new double[LABELS.size()];
        for (int l = 0; l < LABELS.size(); l++) {
            thresholds[l] = 1.01;
            for (int step = options.lowestStep(LABELS.get(l)); step <= 99; step++) {
                double t = step / 100.0;
                int predicted = 0;
                int correct = 0;
                for (int i = 0; i < examples.size(); i++) {
                    if (oof[i][l] >= t) {
                        predicted++;
                        if (examples.get(i).labels().contains(LABELS.get(l))) {
                            correct++;
                        }
                    }
                }
                if (predicted >= 3 && correct >= options.precision(LABELS.get(l)) * predicted) {
                    thresholds[l] = t;
                    break;
                }
            }
        }
        return thresholds;
    }

    /** Out-of-fold probabilities of every example for every label (k folds, seeded). */
    static double[][] outOfFold(List<Evaluation.Example> examples, Options options) {
        int[] fold = folds(examples.size(), options.innerFolds(), options.seed());
        double[][] oof = new double[examples.size()][];
        double[] never = new double[LABELS.size()];
        Arrays.fill(never, 1.01);
        for (int f = 0; f < options.innerFolds(); f++) {
            List<Evaluation.Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) {
                    train.add(examples.get(i));
                }
            }
            LabelModel model = fit(train, options, never).model();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] == f) {
                    oof[i] = model.probabilities(normalize(examples.get(i).text()));
                }
            }
        }
        return oof;
    }

    /** Fold of each of n items: a seeded shuffle dealt round-robin. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int j = 0; j < n; j++) {
            fold[order.get(j)] = j % k;
        }
        return fold;
    }

    private static final java.util.Map<Integer, String> EMOJI = RuleBook.load().emoji();

    static String normalize(String text) {
        String t = text == null ? "" : text;
        return NormalizedText.of(t.length() > Classifier.MAX_CHARS ? t.substring(0, Classifier.MAX_CHARS) : t, EMOJI)
                .text();
    }

    /** Logistic regression with the given thresholds. */
    static Trained fit(List<Evaluation.Example> examples, Options options, double[] thresholds) {
        int n = examples.size();
        int k = LABELS.size();
        List<Map<Integer, Integer>> counts = new ArrayList<>();
        int[] totals = new int[n];
        Map<Integer, Integer> df = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> c = new HashMap<>();
            int[] total = new int[1];
            TextFeatures.extract(normalize(examples.get(i).text()), (key, a, b) -> {
                total[0]++;
                c.merge(key, 1, Integer::sum);
            });
            totals[i] = total[0];
            counts.add(c);
            c.keySet().forEach(key -> df.merge(key, 1, Integer::sum));
        }
        int[] vocabulary = df.entrySet().stream().filter(e -> e.getValue() >= options.minDf())
                .mapToInt(Map.Entry::getKey).sorted().toArray();
        Map<Integer, Integer> index = new HashMap<>();
        for (int v = 0; v < vocabulary.length; v++) {
            index.put(vocabulary[v], v);
        }
        int[][] xi = new int[n][];
        double[][] xv = new double[n][];
        boolean[][] y = new boolean[n][k];
        for (int i = 0; i < n; i++) {
            double scale = totals[i] == 0 ? 0 : 1 / Math.sqrt(totals[i]);
            int[] ids = counts.get(i).keySet().stream().filter(index::containsKey).mapToInt(index::get).sorted()
                    .toArray();
            double[] values = new double[ids.length];
            for (int j = 0; j < ids.length; j++) {
                values[j] = counts.get(i).get(vocabulary[ids[j]]) * scale;
            }
            xi[i] = ids;
            xv[i] = values;
            for (int l = 0; l < k; l++) {
                y[i][l] = examples.get(i).labels().contains(LABELS.get(l));
            }
        }

        int d = vocabulary.length;
        double[] w = new double[d * k];
        double[] b = new double[k];
        double[] m = new double[d * k];
        double[] v = new double[d * k];
        double[] mb = new double[k];
        double[] vb = new double[k];
        double beta1 = 0.9;
        double beta2 = 0.999;
        double eps = 1e-8;
        double[] g = new double[d * k];
        double[] gb = new double[k];
        for (int t = 1; t <= options.iterations(); t++) {
            Arrays.fill(g, 0);
            Arrays.fill(gb, 0);
            for (int i = 0; i < n; i++) {
                for (int l = 0; l < k; l++) {
                    double z = b[l];
                    for (int j = 0; j < xi[i].length; j++) {
                        z += w[xi[i][j] * k + l] * xv[i][j];
                    }
                    double err = (LabelModel.sigmoid(z) - (y[i][l] ? 1 : 0)) / n;
                    gb[l] += err;
                    for (int j = 0; j < xi[i].length; j++) {
                        g[xi[i][j] * k + l] += err * xv[i][j];
                    }
                }
            }
            double correction1 = 1 - Math.pow(beta1, t);
            double correction2 = 1 - Math.pow(beta2, t);
            for (int q = 0; q < w.length; q++) {
                double grad = g[q] + options.l2() * w[q];
                m[q] = beta1 * m[q] + (1 - beta1) * grad;
                v[q] = beta2 * v[q] + (1 - beta2) * grad * grad;
                w[q] -= options.learningRate() * (m[q] / correction1) / (Math.sqrt(v[q] / correction2) + eps);
            }
            for (int l = 0; l < k; l++) {
                mb[l] = beta1 * mb[l] + (1 - beta1) * gb[l];
                vb[l] = beta2 * vb[l] + (1 - beta2) * gb[l] * gb[l];
                b[l] -= options.learningRate() * (mb[l] / correction1) / (Math.sqrt(vb[l] / correction2) + eps);
            }
        }
        // keep the rows with a weight that survives rounding
        List<Integer> kept = new ArrayList<>();
        for (int row = 0; row < d; row++) {
            for (int l = 0; l < k; l++) {
                if (Math.abs(w[row * k + l]) >= 5e-4) {
                    kept.add(row);
                    break;
                }
            }
        }
        int[] keys = new int[kept.size()];
        float[] weights = new float[kept.size() * k];
        for (int r = 0; r < kept.size(); r++) {
            keys[r] = vocabulary[kept.get(r)];
            for (int l = 0; l < k; l++) {
                weights[r * k + l] = (float) w[kept.get(r) * k + l];
            }
        }
        double[] bias = b.clone();
        return new Trained(LABELS, bias, thresholds.clone(), keys, weights);
    }
}
