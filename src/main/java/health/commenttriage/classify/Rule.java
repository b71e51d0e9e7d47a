package health.commenttriage.classify;

import java.util.regex.Pattern;

/**
 * One lexicon entry: a pattern over normalised text, named by the file and id it came from
 * ({@code en/emergency:chest_pain}), so staff and developers can see which entry fired.
 */
public record Rule(String name, String regex, Pattern pattern, String[][] leadingByFirst, char[] firsts,
        char[] characters) {

    /** Leading strings are looked up by their first character, when it is one of these. */
    private static final int FIRST_CHARS = RuleText.FIRST_CHARS;
    private static final Pattern BACKREFERENCE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\[1-9]");

    /**
     * Wraps a lexicon regex so it only matches whole words. Word characters are ASCII ({@code \\w}): the
     * normalised text has no accents left, and the ASCII test is much cheaper than a Unicode one. Groups are made
     * non-capturing unless a backreference needs them: nothing else reads them, and a matcher with fewer groups is
     * cheaper to reset for every message.
     */
    static Rule of(String name, String regex) {
        String grouped = BACKREFERENCE.matcher(regex).find() ? regex : nonCapturing(regex);
        String[][] leadingByFirst = byFirst(RequiredLiterals.leading(regex));
        java.util.Set<Character> characters = leadingByFirst == null ? RequiredLiterals.characters(regex) : null;
        char[] required = null;
        if (characters != null) {
            required = new char[characters.size()];
            int i = 0;
            for (char c : characters) {
                required[i++] = c;
            }
        }
        return new Rule(name, regex, Pattern.compile("(?<!\\w)(?:" + grouped + ")(?!\\w)"), leadingByFirst,
                firsts(leadingByFirst), required);
    }

    /** Whether the rule is tried only where one of its leading strings starts a word. */
    boolean anchored() {
        return leadingByFirst != null;
    }

    /** The rule's matches in a text, left to right, as {@link java.util.regex.Matcher#find()} gives them. */
    RuleMatches matches(RuleText text) {
        return new RuleMatches(this, text);
    }

    /** The leading strings grouped by their first character; null when there are none or one starts beyond ASCII. */
    private static String[][] byFirst(java.util.Set<String> leading) {
        if (leading == null) {
            return null;
        }
        String[][] byFirst = new String[FIRST_CHARS][];
        for (String lead : leading) {
            char first = lead.charAt(0);
            if (first >= FIRST_CHARS) {
                return null;
            }
            String[] same = byFirst[first] == null ? new String[0] : byFirst[first];
            same = java.util.Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = lead;
            byFirst[first] = same;
        }
        return byFirst;
    }

    /** The first characters that have leading strings, ascending; null when there are none. */
    private static char[] firsts(String[][] leadingByFirst) {
        if (leadingByFirst == null) {
            return null;
        }
        StringBuilder firsts = new StringBuilder();
        for (char c = 0; c < leadingByFirst.length; c++) {
            if (leadingByFirst[c] != null) {
                firsts.append(c);
            }
        }
        return firsts.toString().toCharArray();
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
