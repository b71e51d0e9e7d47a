package health.commenttriage.classify;

import java.util.regex.Pattern;

/**
 * One lexicon entry: a pattern over normalised text, named by the file and id it came from
 * ({@code en/emergency:chest_pain}), so staff and developers can see which entry fired.
 */
public record Rule(String name, String regex, Pattern pattern, String[] leading, char[] characters) {

    /** More starts than this and one scan of the regex is cheaper than looking for each start. */
    private static final int MAX_LEADING = 24;

    /**
     * Wraps a lexicon regex so it only matches whole words. Word characters are ASCII ({@code \\w}): the
     * normalised text has no accents left, and the ASCII test is much cheaper than a Unicode one. Groups are made non-capturing: nothing reads
     * them, and a matcher with fewer groups is cheaper to reset for every message.
     */
    static Rule of(String name, String regex) {
        String grouped = nonCapturing(regex);
        java.util.Set<String> leading = RequiredLiterals.leading(regex);
        java.util.Set<Character> characters = leading == null ? RequiredLiterals.characters(regex) : null;
        char[] required = null;
        if (characters != null) {
            required = new char[characters.size()];
            int i = 0;
            for (char c : characters) {
                required[i++] = c;
            }
        }
        return new Rule(name, regex, Pattern.compile("(?<!\\w)(?:" + grouped + ")(?!\\w)"),
                leading == null || leading.size() > MAX_LEADING ? null : leading.toArray(new String[0]), required);
    }

    /** The rule's matches in a text, left to right, as {@link Matcher#find()} gives them. */
    RuleMatches matches(String text) {
        return new RuleMatches(this, text);
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
