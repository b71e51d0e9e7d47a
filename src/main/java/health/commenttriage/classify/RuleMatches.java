package health.commenttriage.classify;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * The matches of one rule in one text, left to right and without overlaps, exactly as
 * {@link Matcher#find()} gives them. When every match of the rule begins with one of some known
 * strings, the regex is tried only where one of them starts a word ({@link Matcher#lookingAt()}),
 * instead of at every position of the text: most rules are tried at a handful of places, and a rule
 * with none gets no matcher at all. Any other rule is tried at the text's match starts
 * ({@link RuleText#matchStarts}): its pattern opens with {@code (?<!\w)}, so no match begins
 * anywhere else, and {@code find()} would try that lookbehind at every position.
 */
final class RuleMatches {

    private final Rule rule;
    private final String text;
    private final int[] starts;
    private Matcher matcher;
    private int next;
    private int from;
    /** A rule without leading strings whose required characters are all missing cannot match. */
    private final boolean absent;

    RuleMatches(Rule rule, RuleText text) {
        this.rule = rule;
        this.text = text.text();
        this.absent = rule.leadingByFirst() == null && rule.characters() != null && noneIn(this.text, rule.characters());
        // every match starts where (?<!\w) holds, at one of the text's match starts
        this.starts = rule.leadingByFirst() == null ? (absent ? new int[0] : text.matchStarts()) : starts(text, rule);
    }

    boolean find() {
        while (next < starts.length) {
            int start = starts[next++];
            if (start < from) {
                continue;
            }
            Matcher m = matcher();
            m.region(start, text.length());
            if (m.lookingAt()) {
                from = Math.max(m.end(), start + 1);
                return true;
            }
        }
        return false;
    }

    int start() {
        return matcher.start();
    }

    int end() {
        return matcher.end();
    }

    private Matcher matcher() {
        if (matcher == null) {
            matcher = rule.pattern().matcher(text);
            // the rule's own (?<!\w) must still see the character before a start
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matcher;
    }

    /**
     * The places a match may start where one of the leading strings begins, in order. Only the starts of the
     * leading strings' first characters are looked at ({@link RuleText#byFirst}); a rule with several first
     * characters finds its places group by group, so they are sorted at the end.
     */
    private static int[] starts(RuleText text, Rule rule) {
        String s = text.text();
        String[][] leadingByFirst = rule.leadingByFirst();
        int[] byFirst = text.byFirst();
        int[] offsets = text.firstOffsets();
        int[] found = null;
        int count = 0;
        int groups = 0;
        for (char c : rule.firsts()) {
            int end = offsets[c + 1];
            if (offsets[c] == end) {
                continue;
            }
            groups++;
            String[] leads = leadingByFirst[c];
            for (int k = offsets[c]; k < end; k++) {
                int at = byFirst[k];
                for (String lead : leads) {
                    if (s.startsWith(lead, at)) {
                        if (found == null) {
                            found = new int[4];
                        } else if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = at;
                        break;
                    }
                }
            }
        }
        if (found == null) {
            return new int[0];
        }
        if (groups > 1) {
            Arrays.sort(found, 0, count);
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean noneIn(String text, char[] characters) {
        for (char c : characters) {
            if (text.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
