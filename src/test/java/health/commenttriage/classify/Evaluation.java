package health.commenttriage.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the classifier on a JSONL file in the development set's schema
 * ({@code {"id","platform","channel","lang","text","labels"}}): per-label precision, recall and F1,
 * macro-F1, for all messages and per language, and the messages it got wrong.
 */
public final class Evaluation {

    /** The development set, which CI has beside the project ({@code -Dtriage.dev-set} to point elsewhere). */
    public static final Path DEV_SET = Path.of(System.getProperty("triage.dev-set",
            "../shared/datasets/triage-dev/messages.jsonl"));

    public record Example(String id, String channel, String lang, String text, Set<Label> labels) {
    }

    public record Miss(Example example, Set<Label> predicted) {
    }

    /** Counts for one label. */
    public static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int support() {
            return truePositives + falseNegatives;
        }
    }

    /** Scores of one slice (all, en, es). */
    public record Report(String slice, int messages, Map<Label, Score> scores) {

        public double macroF1() {
            return scores.values().stream().filter(s -> s.support() > 0).mapToDouble(Score::f1).average().orElse(0);
        }

        public Score score(Label label) {
            return scores.get(label);
        }
    }

    private final List<Example> examples;
    private final List<Set<Label>> predictions = new ArrayList<>();

    private Evaluation(List<Example> examples, Classifier classifier) {
        this.examples = examples;
        for (Example example : examples) {
            predictions.add(EnumSet.copyOf(classifier.classify(example.text(), example.channel(), example.lang())
                    .labels()));
        }
    }

    private Evaluation(List<Example> examples, List<Set<Label>> predictions) {
        this.examples = examples;
        this.predictions.addAll(predictions);
    }

    /** Scores predictions made elsewhere (one per example, in order). */
    public static Evaluation of(List<Example> examples, List<Set<Label>> predictions) {
        if (examples.size() != predictions.size()) {
            throw new IllegalArgumentException("one prediction per example");
        }
        return new Evaluation(examples, predictions);
    }

    public static Evaluation run(Path jsonl, Classifier classifier) throws IOException {
        return new Evaluation(read(jsonl), classifier);
    }

    public static Evaluation run(List<Example> examples, Classifier classifier) {
        return new Evaluation(examples, classifier);
    }

    public static List<Example> read(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(line);
            Set<Label> labels = EnumSet.noneOf(Label.class);
            node.get("labels").forEach(l -> labels.add(Label.valueOf(l.asText())));
            examples.add(new Example(node.path("id").asText(), node.path("channel").asText(null),
                    node.path("lang").asText(null), node.path("text").asText(), labels));
        }
        return examples;
    }

    public Report report(String lang) {
        Map<Label, Score> scores = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            scores.put(label, new Score());
        }
        int messages = 0;
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            if (lang != null && !lang.equals(example.lang())) {
                continue;
            }
            messages++;
            for (Label label : Label.values()) {
                boolean expected = example.labels().contains(label);
                boolean predicted = predictions.get(i).contains(label);
                Score score = scores.get(label);
                if (expected && predicted) {
                    score.truePositives++;
                } else if (predicted) {
                    score.falsePositives++;
                } else if (expected) {
                    score.falseNegatives++;
                }
            }
        }
        return new Report(lang == null ? "all" : lang, messages, scores);
    }

    public List<Miss> misses() {
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!examples.get(i).labels().equals(predictions.get(i))) {
                misses.add(new Miss(examples.get(i), predictions.get(i)));
            }
        }
        return misses;
    }

    public static String table(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s (%d messages)%n| label | precision | recall | F1 | support |%n"
                + "| --- | ---: | ---: | ---: | ---: |%n", report.slice(), report.messages()));
        for (Map.Entry<Label, Score> entry : report.scores().entrySet()) {
            Score s = entry.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n", entry.getKey(),
                    s.precision(), s.recall(), s.f1(), s.support()));
        }
        out.append(String.format(Locale.ROOT, "macro-F1: %.3f%n", report.macroF1()));
        return out.toString();
    }
}
