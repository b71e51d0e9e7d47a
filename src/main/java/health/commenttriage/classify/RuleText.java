package health.commenttriage.classify;

import java.util.Arrays;

/**
 * A normalised text as the rules read it: the text and the places where a match may begin, the start and every
 * position after a character that is not {@code \w}. Found once per message and shared by all its rules.
 */
final class RuleText {

    /** Match starts are grouped by their character when it is below this; the rules' leading strings are ASCII. */
    static final int FIRST_CHARS = 128;

    private final String text;
    private final int[] matchStarts;
    /** The ASCII match starts grouped by their character, in order within a group; built on first use. */
    private int[] byFirst;
    /** Where each character's group begins in {@link #byFirst}; the group of {@code c} ends where {@code c + 1}'s begins. */
    private int[] firstOffsets;

    private RuleText(String text, int[] matchStarts) {
        this.text = text;
        this.matchStarts = matchStarts;
    }

    static RuleText of(String text) {
        int[] starts = new int[Math.min(text.length(), 16) + 1];
        int count = 0;
        for (int p = 0; p < text.length(); p++) {
            if (p == 0 || !isWordChar(text.charAt(p - 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = p;
            }
        }
        return new RuleText(text, Arrays.copyOf(starts, count));
    }

    String text() {
        return text;
    }

    int[] matchStarts() {
        return matchStarts;
    }

    /**
     * The match starts grouped by their character (see {@link #firstOffsets}): a rule looks only at the starts of
     * its leading strings' first characters, not at every start of the text. One counting sort per message.
     */
    int[] byFirst() {
        if (byFirst == null) {
            group();
        }
        return byFirst;
    }

    int[] firstOffsets() {
        if (firstOffsets == null) {
            group();
        }
        return firstOffsets;
    }

    private void group() {
        int[] offsets = new int[FIRST_CHARS + 1];
        for (int at : matchStarts) {
            char c = text.charAt(at);
            if (c < FIRST_CHARS) {
                offsets[c + 1]++;
            }
        }
        for (int c = 0; c < FIRST_CHARS; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] grouped = new int[offsets[FIRST_CHARS]];
        int[] fill = Arrays.copyOf(offsets, FIRST_CHARS);
        for (int at : matchStarts) {
            char c = text.charAt(at);
            if (c < FIRST_CHARS) {
                grouped[fill[c]++] = at;
            }
        }
        byFirst = grouped;
        firstOffsets = offsets;
    }

    /** {@code \w} as the rules use it: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
