package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Trying a rule only where one of its leading strings starts a word finds exactly what scanning the
 * whole text finds: every rule of both languages, on the development set's texts and on texts written
 * to put the starts in awkward places.
 */
class RuleMatchesTest {

    private static final List<String> AWKWARD = List.of(
            "i", "ii i", "hi i think i overdosed", "chest pain chest pain", "xray x-ray x rays", "_i took", "9i took",
            "he'she took all my pills", "mi hijo no respira", "dr. smith dr smith", "i i i i i i", "@handle and @x",
            "good food mood od'd", "my chest, my arm", "150/95 and 120 / 80", "");

    @Test
    void anchoredTriesFindWhatAFullScanFinds() throws Exception {
        RuleBook book = RuleBook.load();
        List<String> texts = new ArrayList<>(AWKWARD);
        for (Evaluation.Example example : Evaluation.read(Evaluation.DEV_SET)) {
            texts.add(NormalizedText.of(example.text(), book.emoji()).text());
        }
        int anchored = 0;
        int compared = 0;
        for (RuleBook.Kind kind : RuleBook.Kind.values()) {
            for (Rule rule : book.rules(kind)) {
                anchored += rule.leading() == null ? 0 : 1;
                for (String text : texts) {
                    assertThat(spans(rule.matches(text))).as("%s on \"%s\"", rule.name(), text)
                            .isEqualTo(fullScan(rule.pattern().matcher(text)));
                    compared++;
                }
            }
        }
        assertThat(anchored).as("most rules are tried at their starts only").isGreaterThan(1000);
        assertThat(compared).isGreaterThan(100_000);
    }

    private static List<String> spans(RuleMatches matches) {
        List<String> spans = new ArrayList<>();
        while (matches.find()) {
            spans.add(matches.start() + "-" + matches.end());
        }
        return spans;
    }

    private static List<String> fullScan(Matcher matcher) {
        List<String> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(matcher.start() + "-" + matcher.end());
        }
        return spans;
    }
}
