package health.commenttriage.classify;

import java.util.regex.Pattern;

/**
 * One lexicon entry: a pattern over normalised text, named by the file and id it came from
 * ({@code en/emergency:chest_pain}), so staff and developers can see which entry fired.
 */
public record Rule(String name, String regex, Pattern pattern) {

    /** Wraps a lexicon regex so it only matches whole words. */
    static Rule of(String name, String regex) {
        return new Rule(name, regex,
                Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + regex + ")(?![\\p{L}\\p{N}_])"));
    }
}
