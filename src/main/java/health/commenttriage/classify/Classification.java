package health.commenttriage.classify;

import java.util.List;

/**
 * What the classifier found in one message: labels, priority, language, whether the writer may harm
 * themselves, the spans that fired (evidence) and those that context cancelled (suppressed).
 */
public record Classification(List<Label> labels, String priority, String lang, boolean selfHarm,
        List<Evidence> evidence, List<Suppressed> suppressed, String version, boolean truncated) {

    /** A span of the original text and the lexicon entry that made it evidence for a label. */
    public record Evidence(Label label, int start, int end, String text, String rule) {

        /** The rule id of evidence from the statistical layer: this prefix and the label ({@code model:EMERGENCY}). */
        public static final String MODEL_RULE_PREFIX = "model:";

        public boolean fromStatisticalLayer() {
            return rule.startsWith(MODEL_RULE_PREFIX);
        }
    }

    /** A span that matched an entry but was cancelled by its context, and why. */
    public record Suppressed(Label label, int start, int end, String text, String reason) {
    }

    public int priorityNumber() {
        return priority.charAt(1) - '0';
    }
}
