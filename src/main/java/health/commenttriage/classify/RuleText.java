package health.commenttriage.classify;

import java.util.Arrays;

/**
 * A normalised text as the rules read it: the text and the places where a match may begin, the start and every
 * position after a character that is not {@code \w}. Found once per message and shared by all its rules.
 */
record RuleText(String text, int[] matchStarts) {

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

    /** {@code \w} as the rules use it: ASCII letters, digits and the underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
