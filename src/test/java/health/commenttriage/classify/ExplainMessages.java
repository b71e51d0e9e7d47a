package health.commenttriage.classify;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Developer aid: reads messages, one per line, on standard input and prints the labels, the rules that
 * fired and the matches context cancelled. For texts written by the developer, not for real messages.
 */
public final class ExplainMessages {

    private ExplainMessages() {
    }

    public static void main(String[] args) throws Exception {
        // as the service runs it: the rules and the shipped statistical layer
        Classifier classifier = Classifier.load(true, LabelModel.RESOURCE);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            if (line.isBlank()) {
                continue;
            }
            Classification c = classifier.classify(line, "comment", null);
            System.out.println(c.labels() + "  " + line);
            for (Classification.Evidence e : c.evidence()) {
                System.out.println("   + " + e.label() + " " + e.rule() + " [" + e.text() + "]");
            }
            for (Classification.Suppressed s : c.suppressed()) {
                System.out.println("   - " + s.label() + " " + s.reason() + " [" + s.text() + "]");
            }
        }
    }
}
