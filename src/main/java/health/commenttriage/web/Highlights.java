package health.commenttriage.web;

import health.commenttriage.classify.Classification;
import health.commenttriage.classify.MessageClassifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message's text cut into pieces for the item page: plain text, evidence (marked, per label, with the
 * rule in a tooltip) and suppressed matches (shown subtly, with the reason). Spans may overlap, so the
 * text is cut at every span boundary and each piece lists what covers it.
 */
public final class Highlights {

    /** A span the classifier reported: a label's evidence (rule set) or a suppressed match (reason set). */
    public record Span(String label, int start, int end, String rule, String reason) {
    }

    /** One piece of the text; {@code labels} empty and {@code suppressed} empty means plain text. */
    public record Piece(String text, List<String> labels, String title, boolean suppressed) {

        public boolean isMarked() {
            return !labels.isEmpty();
        }

        /** The label that colours the mark: an emergency wins. */
        public String mainLabel() {
            return labels.contains("EMERGENCY") ? "EMERGENCY" : labels.isEmpty() ? "" : labels.get(0);
        }
    }

    private Highlights() {
    }

    /** The spans of a message's stored classification JSON; none when it cannot be read (the plain text shows). */
    public static List<Span> spans(String classificationJson) {
        MessageClassifier.Stored stored = MessageClassifier.stored(classificationJson);
        return spans(stored.evidence(), stored.suppressed());
    }

    /** The spans of a fresh classification (the try page, where nothing is stored). */
    public static List<Span> spans(Classification classification) {
        return spans(classification.evidence(), classification.suppressed());
    }

    private static List<Span> spans(List<Classification.Evidence> evidence,
            List<Classification.Suppressed> suppressed) {
        List<Span> spans = new ArrayList<>();
        evidence.forEach(e -> spans.add(new Span(e.label().name(), e.start(), e.end(), e.rule(), null)));
        suppressed.forEach(s -> spans.add(new Span(s.label().name(), s.start(), s.end(), null, s.reason())));
        return spans;
    }

    /** The text in pieces; spans outside the text (an edited or redacted message) are ignored. */
    public static List<Piece> pieces(String text, List<Span> spans) {
        if (text == null) {
            return List.of();
        }
        List<Span> usable = spans.stream().filter(s -> s.start() >= 0 && s.end() <= text.length() && s.start() < s.end())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        usable.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int b = to;
            Set<String> labels = new LinkedHashSet<>();
            List<String> notes = new ArrayList<>();
            boolean suppressed = false;
            for (Span s : usable) {
                if (s.start() <= a && s.end() >= b) {
                    if (s.rule() != null) {
                        labels.add(s.label());
                        notes.add(s.label() + ": " + s.rule());
                    } else {
                        suppressed = true;
                        notes.add(s.reason() + " (" + s.label() + ")");
                    }
                }
            }
            pieces.add(new Piece(text.substring(a, b), List.copyOf(labels), String.join("; ", notes),
                    suppressed && labels.isEmpty()));
            from = to;
        }
        return pieces;
    }
}
