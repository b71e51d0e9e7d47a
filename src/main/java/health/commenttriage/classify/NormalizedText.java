package health.commenttriage.classify;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * Text as the rules see it: lower case, accents and elongations folded ("pleeease" becomes "pleease",
 * "está" becomes "esta"), curly quotes straightened, known emoji spelled as words ("emoji_pill"). Every
 * character keeps the position it came from, so evidence points into the original text.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] origin;

    private NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public static NormalizedText of(String original, Map<Integer, String> emoji) {
        StringBuilder out = new StringBuilder(original.length() + 16);
        int[] origin = new int[original.length() * 2 + 16];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            if (cp < 128) {
                // the common case, without the allocations of the general path
                char c = (char) Character.toLowerCase(cp);
                int n = out.length();
                boolean repeat = Character.isLetter(c) && n >= 2 && out.charAt(n - 1) == c && out.charAt(n - 2) == c;
                if (!repeat) {
                    if (n == origin.length) {
                        origin = Arrays.copyOf(origin, n * 2 + 16);
                    }
                    origin[n] = i;
                    out.append(c);
                }
                i++;
                continue;
            }
            String word = emoji.get(cp);
            if (word != null) {
                origin = append(out, origin, " " + word + " ", i);
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0xFE0F || cp == 0x200D) {
                // combining accents typed separately, emoji variation selectors and joiners carry no meaning here
            } else {
                String folded = fold(cp);
                for (int k = 0; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    int n = out.length();
                    // collapse a run of three or more of the same letter to two
                    if (Character.isLetter(c) && n >= 2 && out.charAt(n - 1) == c && out.charAt(n - 2) == c) {
                        continue;
                    }
                    origin = append(out, origin, String.valueOf(c), i);
                }
            }
            i += Character.charCount(cp);
        }
        return new NormalizedText(original, out.toString(), Arrays.copyOf(origin, out.length()));
    }

    private static String fold(int cp) {
        switch (cp) {
            case '\u2018', '\u2019', '\u02BC', '`', '\u00B4' -> {
                return "'";
            }
            case '\u201C', '\u201D' -> {
                return "\"";
            }
            case '\u00BF', '\u00A1' -> {
                return " ";
            }
            default -> {
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                StringBuilder kept = new StringBuilder(decomposed.length());
                decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                        .forEach(kept::appendCodePoint);
                return kept.toString().toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    private static int[] append(StringBuilder out, int[] origin, String s, int from) {
        int[] map = origin;
        if (out.length() + s.length() > map.length) {
            map = Arrays.copyOf(map, (out.length() + s.length()) * 2);
        }
        for (int k = 0; k < s.length(); k++) {
            map[out.length()] = from;
            out.append(s.charAt(k));
        }
        return map;
    }

    /** The normalised text the rules run on. */
    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** Where a normalised position starts in the original text. */
    public int originalStart(int start) {
        return start >= origin.length ? original.length() : origin[start];
    }

    /**
     * Where a normalised span that ends (exclusive) at {@code end} ends in the original text: after its last
     * character, and after what normalising dropped right behind it (the rest of a run of letters, "doooo" kept as
     * "doo"; a variation selector), so the span holds the word as the writer typed it.
     */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int last = origin[Math.min(end, origin.length) - 1];
        int afterLast = Math.min(original.length(), last + Character.charCount(original.codePointAt(last)));
        int next = end < origin.length ? origin[end] : original.length();
        return Math.max(afterLast, next);
    }
}
