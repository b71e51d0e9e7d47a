package health.commenttriage.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The literal prefilter may let a rule run for nothing, but must never hide a rule that matches. */
class LiteralIndexTest {

    @Test
    void requiredLiteralsOfTypicalPatterns() {
        assertThat(RequiredLiterals.of("can'?t breathe")).containsExactly("t breathe");
        assertThat(RequiredLiterals.of("(?:lips|face) (?:are |is )?(?:turning )?blue"))
                .containsExactlyInAnyOrder("lips", "face");
        assertThat(RequiredLiterals.clauses("(?:lips|face) (?:are |is )?(?:turning )?blue"))
                .containsExactly(Set.of("lips", "face"), Set.of("blue"));
        assertThat(RequiredLiterals.clauses("seizure|convuls(?:ing|ion)")).containsExactly(Set.of("seizure", "convuls"));
        assertThat(RequiredLiterals.of("(?:lips|face) \\w+")).containsExactlyInAnyOrder("lips", "face");
        assertThat(RequiredLiterals.of("seizure|convuls(?:ing|ion)")).containsExactlyInAnyOrder("seizure", "convuls");
        assertThat(RequiredLiterals.of("\\d+ ?mg")).containsExactly("mg");
        assertThat(RequiredLiterals.of("\\d+ ?g")).isNull();
        assertThat(RequiredLiterals.of("(?:my )?a1c")).containsExactly("a1c");
        assertThat(RequiredLiterals.of("o+h+ no")).containsExactly(" no");
        assertThat(RequiredLiterals.of("bleed(?:ing)? (?:won'?t|will not) stop")).containsExactly("bleed");
        assertThat(RequiredLiterals.of("q\\.e\\.p\\.d")).containsExactly("q.e.p.d");
    }

    @Test
    void leadingStringsLookPastWhatConsumesNothing() {
        assertThat(RequiredLiterals.leading("(?<!safe |fine )now|still")).containsExactlyInAnyOrder("now", "still");
        assertThat(RequiredLiterals.leading("\\bed\\b(?= meds)")).containsExactly("ed");
        assertThat(RequiredLiterals.leading("dr\\. \\w+")).containsExactly("dr. ");
        assertThat(RequiredLiterals.leading("(?<=my )?pain")).isNull();
        assertThat(RequiredLiterals.leading("\\d+ ?mg")).isNull();
        // escapes that are not the character they escape stop the reading, they are never taken as literals
        assertThat(RequiredLiterals.of("a\\1b")).isNull();
        assertThat(RequiredLiterals.leading("\\p{L}x")).isNull();
        assertThat(RequiredLiterals.leading("\\b?x")).isNull();
        // inside \Q...\E a backslash is itself: such a regex is not read at all
        assertThat(RequiredLiterals.clauses("\\Qa\\.b\\E")).isNull();
        assertThat(RequiredLiterals.leading("\\Qa.b\\E")).isNull();
    }

    @Test
    void theIndexFindsEveryRuleThatMatchesTheDevelopmentTexts() throws Exception {
        RuleBook book = RuleBook.load();
        List<String> texts = new ArrayList<>(List.of("my dad can't breathe", "no reacciona", "refill pls",
                "PLEEEASE HELP", "i took all my 💊💊"));
        if (Files.exists(Evaluation.DEV_SET)) {
            Evaluation.read(Evaluation.DEV_SET).forEach(e -> texts.add(e.text()));
        }
        for (String text : texts) {
            String s = NormalizedText.of(text, book.emoji()).text();
            for (RuleBook.Kind kind : RuleBook.Kind.values()) {
                BitSet candidates = book.of(kind, book.candidates(s));
                List<Rule> rules = book.rules(kind);
                for (int r = 0; r < rules.size(); r++) {
                    if (rules.get(r).pattern().matcher(s).find()) {
                        assertThat(candidates.get(r)).as("%s on \"%s\"", rules.get(r).name(), s).isTrue();
                    }
                }
            }
            for (RuleBook.Cue cue : RuleBook.Cue.values()) {
                BitSet candidates = book.of(cue, book.candidates(s));
                List<Rule> rules = book.cues(cue);
                for (int r = 0; r < rules.size(); r++) {
                    if (rules.get(r).pattern().matcher(s).find()) {
                        assertThat(candidates.get(r)).as("%s on \"%s\"", rules.get(r).name(), s).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void anAutomatonFindsOverlappingLiterals() {
        LiteralIndex index = new LiteralIndex(List.of(Rule.of("a", "she"), Rule.of("b", "hers"), Rule.of("c", "his"),
                Rule.of("d", "\\d+")));
        BitSet found = index.candidates("ushers");
        assertThat(found.get(0)).isTrue();
        assertThat(found.get(1)).isTrue();
        assertThat(found.get(2)).isFalse();
        assertThat(found.get(3)).as("a rule without a literal always runs").isTrue();
        assertThat(Set.of(index.candidates("nothing here").stream().boxed().toArray())).containsExactly(3);
    }

    @Test
    void aLongTextScannedInTwoLanesMissesNoLiteralAcrossTheMiddle() {
        String literal = "convulsing";
        LiteralIndex index = new LiteralIndex(List.of(Rule.of("a", literal), Rule.of("b", "lips (?:are )?blue")));
        // every place of the literal in texts of either lane's length, the middle included
        for (int length = 31; length <= 80; length++) {
            for (int at = 0; at + literal.length() <= length; at++) {
                String text = "x".repeat(at) + literal + "x".repeat(length - at - literal.length());
                assertThat(index.candidates(text).get(0)).as("at %d of %d", at, length).isTrue();
                assertThat(index.candidates(text).get(1)).isFalse();
            }
        }
        // clauses found one in each lane still make the rule whole
        String both = "lips " + "x".repeat(60) + " blue";
        assertThat(index.candidates(both).get(1)).isTrue();
    }

    @Test
    void literalsTooManyForSixteenBitStatesFailClearlyAtLoad() {
        // 10,000 literals of 10 letters, distinct from the third letter on: 80,702 states
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < 10_000; r++) {
            StringBuilder literal = new StringBuilder();
            for (int n = r, k = 0; k < 10; k++, n /= 26) {
                literal.append((char) ('a' + (n + k * 7) % 26));
            }
            rules.add(Rule.of("test:" + r, literal.toString()));
        }
        assertThatThrownBy(() -> new LiteralIndex(rules)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("automaton states").hasMessageContaining(String.valueOf(LiteralIndex.MAX_STATES));
    }
}
