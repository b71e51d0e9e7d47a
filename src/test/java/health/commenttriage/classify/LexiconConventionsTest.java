package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conventions of the lexicon files that a reviewer would otherwise have to remember (docs/classifier.md, "Cancel by
 * context"): an emergency entry that reaches eight words or more from its anchor to its sign ("pregnant … bleeding",
 * "fire ants … swelling") must not end on a negated sign, so the sign after a long reach carries its own negation
 * lookbehind ("no swelling anywhere else" is no sting reaction). The negation cues cannot see that far back inside
 * one match. The rules are read as the classifier reads them ({@link RuleBook}), one per top-level alternative.
 * A lookbehind that guards against words ("not ", "the ") names whole words: a bare {@code (?<!to )} also refuses
 * the end of "burrito ", {@code (?<!no )} the end of "casino ".
 */
class LexiconConventionsTest {

    private static final Pattern LONG_REACH = Pattern.compile("\\(\\?:\\\\W\\+\\\\w\\+\\)\\{0,(\\d+)\\}\\??\\\\W\\+");
    private static final int LONG = 8;
    private static final int UNANCHORED_BOUND = 130;

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

    /** A lookbehind whose alternatives are all bare words followed by a space, such as {@code (?<!no |not )}. */
    private static final Pattern BARE_WORD_GUARD = Pattern.compile("\\(\\?<!(?:[a-z' ]+ \\|)*[a-z' ]+ \\)");

    @Test
    void wordGuardsAreWholeWords() {
        RuleBook book = RuleBook.load();
        List<String> bare = new ArrayList<>();
        List<Rule> all = new ArrayList<>();
        for (RuleBook.Kind kind : RuleBook.Kind.values()) {
            all.addAll(book.rules(kind));
        }
        for (RuleBook.Cue cue : RuleBook.Cue.values()) {
            all.addAll(book.cues(cue));
        }
        for (Rule rule : all) {
            Matcher guard = BARE_WORD_GUARD.matcher(rule.regex());
            if (guard.find()) {
                bare.add(rule.name() + ": " + guard.group());
            }
        }
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(bare).as("word guards without (?<!\\w) before their words").isEmpty();
        assertThat(BARE_WORD_GUARD.matcher("x(?<!no |not |without )y").find()).isTrue();
        assertThat(BARE_WORD_GUARD.matcher("x(?<!(?<!\\w)(?:no|not|without) )y").find()).isFalse();
    }

    /**
     * An entry with no leading strings is tried at every word start of every message. 130 entries and cues are (lists,
     * optional first words, a leading {@code \\w+}); a guard written in front of an entry's first word can silently
     * add one, as it did to the refill entry in the tenth session and cost a quarter of the classifier's time
     * (docs/benchmarks.md). Raise the bound only for an entry that cannot start with a word.
     */
    @Test
    void entriesTriedAtEveryWordStartDoNotGrowUnnoticed() {
        RuleBook book = RuleBook.load();
        List<String> unanchored = new ArrayList<>();
        for (RuleBook.Kind kind : RuleBook.Kind.values()) {
            book.rules(kind).stream().filter(r -> !r.anchored()).forEach(r -> unanchored.add(r.name()));
        }
        for (RuleBook.Cue cue : RuleBook.Cue.values()) {
            book.cues(cue).stream().filter(r -> !r.anchored()).forEach(r -> unanchored.add(r.name()));
        }
        assertThat(unanchored).as("entries without leading strings: did a guard go in front of a first word?")
                .hasSizeLessThanOrEqualTo(UNANCHORED_BOUND);
    }
}
