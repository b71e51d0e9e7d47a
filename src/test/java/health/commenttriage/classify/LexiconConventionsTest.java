package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conventions of the lexicon files that a reviewer would otherwise have to remember (docs/classifier.md, "Cancel by
 * context"): an emergency entry that reaches eight words or more from its anchor to its sign ("pregnant … bleeding",
 * "fire ants … swelling") must not end on a negated sign, so the sign after a long reach carries its own negation
 * lookbehind ("no swelling anywhere else" is no sting reaction). The negation cues cannot see that far back inside
 * one match. The rules are read as the classifier reads them ({@link RuleBook}), one per top-level alternative.
 */
class LexiconConventionsTest {

    private static final Pattern LONG_REACH = Pattern.compile("\\(\\?:\\\\W\\+\\\\w\\+\\)\\{0,(\\d+)\\}\\??\\\\W\\+");
    private static final int LONG = 8;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RuleBook.Kind.class, names = {"EMERGENCY", "SELF_HARM"})
    void aSignAfterALongReachCarriesItsOwnNegation(RuleBook.Kind kind) {
        List<String> lacking = new ArrayList<>();
        int reaches = 0;
        for (Rule rule : RuleBook.load().rules(kind)) {
            Matcher reach = LONG_REACH.matcher(rule.regex());
            while (reach.find()) {
                if (Integer.parseInt(reach.group(1)) >= LONG) {
                    reaches++;
                    if (!rule.regex().startsWith("(?<!", reach.end())) {
                        lacking.add(rule.name() + " at " + reach.start());
                    }
                }
            }
        }
        assertThat(reaches).as("long reaches in the " + kind + " rules").isPositive();
        assertThat(lacking).as("signs after a long reach without a negation lookbehind").isEmpty();
    }
}
