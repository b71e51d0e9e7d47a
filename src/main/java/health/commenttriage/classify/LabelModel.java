package health.commenttriage.classify;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The statistical layer: one-vs-rest logistic regression over {@link TextFeatures} of the normalised text,
 * for every label but OTHER, with one decision threshold per label (chosen by cross-validation when
 * the model was trained; see docs/classifier.md, "Statistical layer"). A feature's value is its count in the
 * message divided by the square root of the message's number of feature occurrences.
 *
 * <p>The file ({@code classifier/model.tsv.gz}, gzip of UTF-8 text, written by the test-scoped
 * {@code TrainLabelModel}):
 * <pre>
 * triage-label-model	1
 * labels	MEDICAL_ADVICE	PRESCRIPTION	...
 * bias	b1	b2	...
 * threshold	t1	t2	...
 * features	N
 * key	w1	w2	...        (N lines; key is the feature's hash in hex)
 * end
 * </pre>
 * Lines starting with {@code #} are comments.
 */
public final class LabelModel {

    public static final String RESOURCE = "classifier/model.tsv.gz";
    public static final String MAGIC = "triage-label-model";
    /** The labels a model may ever give: never OTHER (the classifier only lets it add, never remove). */
    public static final Set<Label> ALLOWED = EnumSet.of(Label.EMERGENCY, Label.MEDICAL_ADVICE, Label.PRESCRIPTION,
            Label.PHI_DISCLOSURE, Label.COMPLAINT, Label.PRAISE, Label.GENERAL_INQUIRY, Label.SPAM);

    private final List<Label> labels;
    private final double[] bias;
    private final double[] threshold;
    /** Open addressing: slot i holds the key at {@code 2i} and its row (or -1) at {@code 2i + 1}, side by side. */
    private final int[] table;
    private final float[] weights;
    private final int mask;
    private final String version;

    /**
     * @param keys    the feature keys, one per row
     * @param weights row-major, {@code keys.length * labels.size()} weights
     */
    public LabelModel(List<Label> labels, double[] bias, double[] threshold, int[] keys, float[] weights,
            String version) {
        for (Label label : labels) {
            if (!ALLOWED.contains(label)) {
                throw new IllegalArgumentException("a label model may not give " + label);
            }
        }
        if (bias.length != labels.size() || threshold.length != labels.size()
                || weights.length != (long) keys.length * labels.size()) {
            throw new IllegalArgumentException("a label model's sizes do not agree");
        }
        this.labels = List.copyOf(labels);
        this.bias = bias.clone();
        this.threshold = threshold.clone();
        this.weights = weights;
        // the smallest power of two at least 1.5 times the keys: a load under 0.75 keeps probes short
        int capacity = Integer.highestOneBit(Math.max(4, keys.length + keys.length / 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.table = new int[2 * capacity];
        for (int slot = 0; slot < capacity; slot++) {
            table[2 * slot + 1] = -1;
        }
        for (int row = 0; row < keys.length; row++) {
            int slot = slot(keys[row]);
            if (table[2 * slot + 1] >= 0) {
                throw new IllegalArgumentException("feature " + Integer.toHexString(keys[row]) + " appears twice");
            }
            table[2 * slot] = keys[row];
            table[2 * slot + 1] = row;
        }
        this.version = version;
    }

    private int slot(int key) {
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (table[2 * slot + 1] >= 0 && table[2 * slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private int row(int key) {
        return table[2 * slot(key) + 1];
    }

    public List<Label> labels() {
        return labels;
    }

    public double threshold(int labelIndex) {
        return threshold[labelIndex];
    }

    public String version() {
        return version;
    }

    public int features() {
        return weights.length / labels.size();
    }

    /** The probability of each of {@link #labels()} for a normalised text. */
    public double[] probabilities(String normalized) {
        return score(normalized).probabilities();
    }

    /**
     * A scored text: the probability of each label; what each word added to each label (a bigram's weight split
     * over its two words) is worked out on the first {@link #topPhrases} call, in one more pass.
     */
    public final class Scored {
        /** A neighbour joins a phrase when it adds at least this share of what the phrase's first word adds. */
        private static final double JOIN_SHARE = 0.25;

        private final String normalized;
        private final double[] probabilities;
        private double[] contributions;
        private int[] spans;
        private int words;

        private Scored(String normalized, double[] probabilities) {
            this.normalized = normalized;
            this.probabilities = probabilities;
        }

        public double[] probabilities() {
            return probabilities;
        }

        /**
         * The phrases that pushed label {@code labelIndex} up the most, best first, at most {@code max}, as
         * {start, end} spans of the normalised text. A phrase grows from the word that added most to the label
         * by the neighbours that added to it too, up to {@code maxWords} words, never across punctuation: "lips
         * look purple" reads better than "lips", "purple" and "look" apart.
         */
        public List<int[]> topPhrases(int labelIndex, int max, int maxWords) {
            int k = labels.size();
            if (contributions == null) {
                contributions = contributions(k);
            }
            List<int[]> top = new ArrayList<>();
            boolean[] taken = new boolean[words];
            for (int n = 0; n < max; n++) {
                int seed = -1;
                for (int w = 0; w < words; w++) {
                    if (!taken[w] && added(w, labelIndex) > 0
                            && (seed < 0 || added(w, labelIndex) > added(seed, labelIndex))) {
                        seed = w;
                    }
                }
                if (seed < 0) {
                    break;
                }
                double floor = added(seed, labelIndex) * JOIN_SHARE;
                int first = seed;
                int last = seed;
                taken[seed] = true;
                while (last - first + 1 < maxWords) {
                    boolean left = first > 0 && !taken[first - 1] && joined(first - 1, first)
                            && added(first - 1, labelIndex) >= floor;
                    boolean right = last + 1 < words && !taken[last + 1] && joined(last, last + 1)
                            && added(last + 1, labelIndex) >= floor;
                    if (left && (!right || added(first - 1, labelIndex) >= added(last + 1, labelIndex))) {
                        taken[--first] = true;
                    } else if (right) {
                        taken[++last] = true;
                    } else {
                        break;
                    }
                }
                top.add(new int[] {spans[2 * first], spans[2 * last + 1]});
            }
            return top;
        }

        private double added(int word, int labelIndex) {
            return contributions[word * labels.size() + labelIndex];
        }

        /** Whether no character that ends a clause ({@link Classifier#CLAUSE_PUNCTUATION}) stands between two words. */
        private boolean joined(int word, int next) {
            for (int i = spans[2 * word + 1]; i < spans[2 * next]; i++) {
                if (Classifier.CLAUSE_PUNCTUATION.indexOf(normalized.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        private double[] contributions(int k) {
            int maxWords = (normalized.length() + 1) / 2 + 1; // words are separated by another character
            double[] sums = new double[maxWords * k];
            spans = new int[2 * maxWords];
            words = TextFeatures.extract(normalized, (key, first, last) -> {
                int row = row(key);
                if (row >= 0) {
                    for (int l = 0; l < k; l++) {
                        float w = weights[row * k + l];
                        sums[first * k + l] += first == last ? w : w / 2;
                        if (last != first) {
                            sums[last * k + l] += w / 2;
                        }
                    }
                }
            }, spans);
            return sums;
        }
    }

    /**
     * Scores a normalised text: its features' keys first, then their rows, then the sums in text order. The table
     * and the weights are megabytes, so nearly every lookup misses the cache; looked up in a loop of their own the
     * lookups do not wait for each other, where between the hashing of the features each waited for the last.
     */
    public Scored score(String normalized) {
        int k = labels.size();
        Keys keys = new Keys();
        TextFeatures.extract(normalized, keys);
        int occurrences = keys.count;
        int[] rows = keys.keys;
        for (int i = 0; i < occurrences; i++) {
            rows[i] = row(rows[i]);
        }
        double[] sums = new double[k];
        for (int i = 0; i < occurrences; i++) {
            int row = rows[i];
            if (row >= 0) {
                int at = row * k;
                for (int l = 0; l < k; l++) {
                    sums[l] += weights[at + l];
                }
            }
        }
        double scale = occurrences == 0 ? 0 : 1 / Math.sqrt(occurrences);
        for (int l = 0; l < k; l++) {
            sums[l] = sigmoid(bias[l] + sums[l] * scale);
        }
        return new Scored(normalized, sums);
    }

    /** The keys of a text's feature occurrences, in text order. */
    private static final class Keys implements TextFeatures.Sink {
        private int[] keys = new int[256];
        private int count;

        @Override
        public void accept(int key, int firstWord, int lastWord) {
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
            }
            keys[count++] = key;
        }
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Reads the model from the class path; a missing or unreadable file is an {@link IllegalStateException}. */
    public static LabelModel load(String resource) {
        try (InputStream in = LabelModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the label model " + resource + " is not on the class path");
            }
            return read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the label model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses a model file's bytes (gzip or plain text); {@code name} is for messages only. */
    public static LabelModel read(byte[] bytes, String name) {
        String version = "model-" + HexFormat.of().formatHex(sha256(bytes)).substring(0, 12);
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(bytes), StandardCharsets.UTF_8))) {
            List<String[]> header = new ArrayList<>();
            String line;
            while (header.size() < 5 && (line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    header.add(line.split("\t"));
                }
            }
            if (header.size() < 5 || !header.get(0)[0].equals(MAGIC) || !"1".equals(field(header.get(0), 1))) {
                throw new IllegalStateException("not a label model (format 1)");
            }
            List<Label> labels = new ArrayList<>();
            String[] labelFields = expect(header.get(1), "labels");
            for (int i = 1; i < labelFields.length; i++) {
                labels.add(Label.valueOf(labelFields[i]));
            }
            double[] bias = numbers(expect(header.get(2), "bias"), labels.size());
            double[] threshold = numbers(expect(header.get(3), "threshold"), labels.size());
            int n = Integer.parseInt(field(expect(header.get(4), "features"), 1));
            int k = labels.size();
            int[] keys = new int[n];
            float[] weights = new float[n * k];
            for (int row = 0; row < n; row++) {
                line = reader.readLine();
                lineNumber++;
                if (line == null) {
                    throw new IllegalStateException("the file ends after " + row + " of " + n + " features");
                }
                String[] fields = line.split("\t");
                if (fields.length != k + 1) {
                    throw new IllegalStateException("a feature line has " + fields.length + " fields, not " + (k + 1));
                }
                keys[row] = Integer.parseUnsignedInt(fields[0], 16);
                for (int l = 0; l < k; l++) {
                    weights[row * k + l] = Float.parseFloat(fields[l + 1]);
                }
            }
            line = reader.readLine();
            lineNumber++;
            if (!"end".equals(line)) {
                throw new IllegalStateException("no end line after the features");
            }
            return new LabelModel(labels, bias, threshold, keys, weights, version);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the label model " + name + " is corrupt (line " + lineNumber + "): "
                    + e.getMessage(), e);
        }
    }

    private static InputStream open(byte[] bytes) throws IOException {
        boolean gzip = bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : new ByteArrayInputStream(bytes);
    }

    private static String[] expect(String[] fields, String name) {
        if (!fields[0].equals(name)) {
            throw new IllegalStateException("expected a '" + name + "' line, found '" + fields[0] + "'");
        }
        return fields;
    }

    private static String field(String[] fields, int i) {
        if (i >= fields.length) {
            throw new IllegalStateException("the '" + fields[0] + "' line is too short");
        }
        return fields[i];
    }

    private static double[] numbers(String[] fields, int count) {
        if (fields.length != count + 1) {
            throw new IllegalStateException("the '" + fields[0] + "' line needs " + count + " numbers");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = Double.parseDouble(fields[i + 1]);
        }
        return numbers;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
