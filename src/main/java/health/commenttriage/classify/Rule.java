package health.commenttriage.classify;

import java.util.regex.Pattern;

/**
 * One lexicon entry: a pattern over normalised text, named by the file and id it came from
 * ({@code en/emergency:chest_pain}), so staff and developers can see which entry fired.
 */
public record Rule(String name, String regex, Pattern pattern) {

    /**
     * Wraps a lexicon regex so it only matches whole words. Word characters are ASCII ({@code \\w}): the
     * normalised text has no accents left, and the ASCII test is much cheaper than a Unicode one. Groups are made non-capturing: nothing reads
     * them, and a matcher with fewer groups is cheaper to reset for every message.
     */
    static Rule of(String name, String regex) {
        String grouped = nonCapturing(regex);
        return new Rule(name, regex,
                Pattern.compile("(?<!\\w)(?:" + grouped + ")(?!\\w)"));
    }

    private static String nonCapturing(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("?:");
            }
        }
        return out.toString();
    }
}
