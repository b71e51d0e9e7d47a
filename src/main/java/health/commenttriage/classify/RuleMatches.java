package health.commenttriage.classify;

import java.util.Arrays;
import java.util.regex.Matcher;

/**
 * The matches of one rule in one text, left to right and without overlaps, exactly as
 * {@link Matcher#find()} gives them. When every match of the rule begins with one of a few known
 * strings, the regex is tried only where one of them starts a word ({@link Matcher#lookingAt()}),
 * instead of at every position of the text: most rules are tried at a handful of places.
 */
final class RuleMatches {

    private final Matcher matcher;
    private final int[] starts;
    private final int length;
    private int next;
    private int from;
    /** A rule without leading strings whose required characters are all missing cannot match. */
    private final boolean absent;

    RuleMatches(Rule rule, String text) {
        this.matcher = rule.pattern().matcher(text);
        this.length = text.length();
        this.starts = rule.leading() == null ? null : wordStarts(text, rule.leading());
        this.absent = starts == null && rule.characters() != null && noneIn(text, rule.characters());
        if (starts != null) {
            // the rule's own (?<!\w) must still see the character before a start
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    boolean find() {
        if (starts == null) {
            return !absent && matcher.find();
        }
        while (next < starts.length) {
            int start = starts[next++];
            if (start < from) {
                continue;
            }
            matcher.region(start, length);
            if (matcher.lookingAt()) {
                from = Math.max(matcher.end(), start + 1);
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

    /** Where one of the strings begins at a word start, in order, each place once. */
    private static int[] wordStarts(String text, String[] leading) {
        int[] found = new int[8];
        int count = 0;
        for (String lead : leading) {
            for (int at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
                if (at == 0 || !isWordChar(text.charAt(at - 1))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = at;
                }
            }
        }
        int[] starts = Arrays.copyOf(found, count);
        if (leading.length > 1 && count > 1) {
            Arrays.sort(starts); // one string's places are already in order
        }
        return starts;
    }

    private static boolean noneIn(String text, char[] characters) {
        for (char c : characters) {
            if (text.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code \w} as the rules use it: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
