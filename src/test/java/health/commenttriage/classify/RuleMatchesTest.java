package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Trying a rule only where one of its leading strings starts a word finds exactly what scanning the
 * whole text finds: every rule and cue of both languages, on the development set's texts and on texts written
 * to put the starts in awkward places (after a lookbehind, an escaped period, a word boundary).
 */
class RuleMatchesTest {

    private static final List<String> AWKWARD = List.of(
            "i", "ii i", "hi i think i overdosed", "chest pain chest pain", "xray x-ray x rays", "_i took", "9i took",
            "he'she took all my pills", "mi hijo no respira", "dr. smith dr smith", "i i i i i i", "@handle and @x",
            "good food mood od'd", "my chest, my arm", "150/95 and 120 / 80", "safe now", "i'm fine now, walking again",
            "q.e.p.d. q e p d", "ed meds, red meds", "");

    @Test
    void anchoredTriesFindWhatAFullScanFinds() throws Exception {
        RuleBook book = RuleBook.load();
        List<String> texts = new ArrayList<>(AWKWARD);
        for (Evaluation.Example example : Evaluation.read(Evaluation.DEV_SET)) {
            texts.add(NormalizedText.of(example.text(), book.emoji()).text());
        }
        int anchored = 0;
        int compared = 0;
        List<Rule> rules = new ArrayList<>();
        for (RuleBook.Kind kind : RuleBook.Kind.values()) {
            rules.addAll(book.rules(kind));
        }
        for (RuleBook.Cue cue : RuleBook.Cue.values()) {
            rules.addAll(book.cues(cue));
        }
        List<RuleText> prepared = texts.stream().map(RuleText::of).toList();
        for (Rule rule : rules) {
            anchored += rule.anchored() ? 1 : 0;
            for (RuleText text : prepared) {
                assertThat(spans(rule.matches(text))).as("%s on \"%s\"", rule.name(), text.text())
                        .isEqualTo(fullScan(rule.pattern().matcher(text.text())));
                compared++;
            }
        }
        assertThat(anchored).as("most rules are tried at their starts only").isGreaterThan(2600);
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
