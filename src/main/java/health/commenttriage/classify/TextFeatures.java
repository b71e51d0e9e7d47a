package health.commenttriage.classify;

/**
 * The statistical layer's features of a normalised text ({@link NormalizedText#text()}: lower case, accents
 * removed): word unigrams, word bigrams and character 3- and 4-grams of each word with its boundaries
 * ({@code <word>}), each hashed to a 32-bit key. An apostrophe inside a word is skipped ("can't" = "cant").
 * No strings are built: the keys are FNV-1a hashes computed over the characters.
 */
public final class TextFeatures {

    /** Receives one feature occurrence; {@code firstWord}..{@code lastWord} are the word indexes it came from. */
    @FunctionalInterface
    public interface Sink {
        void accept(int key, int firstWord, int lastWord);
    }

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;
    private static final int UNIGRAM = 1;
    private static final int BIGRAM = 2;
    private static final int CHARGRAM = 3;
    private static final int MIN_N = 3;
    private static final int MAX_N = 4;

    private TextFeatures() {
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }

    /** Calls the sink for every feature occurrence of {@code s}, in text order. */
    public static void extract(String s, Sink sink) {
        extract(s, sink, null);
    }

    /**
     * As {@link #extract(String, Sink)}; when {@code spans} is not null, the start and end (exclusive) of
     * word i in {@code s} are written to {@code spans[2i]} and {@code spans[2i+1]} as far as it has room.
     */
    public static int extract(String s, Sink sink, int[] spans) {
        int n = s.length();
        int word = 0;
        int previous = 0;
        int i = 0;
        char[] padded = new char[64];
        while (i < n) {
            while (i < n && !wordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            int len = 0;
            while (i < n && wordChar(s.charAt(i))) {
                char c = s.charAt(i);
                if (c != '\'') {
                    if (len + 2 >= padded.length) {
                        padded = java.util.Arrays.copyOf(padded, padded.length * 2);
                    }
                    padded[1 + len++] = c;
                }
                i++;
            }
            if (i == start) {
                break;
            }
            if (len == 0) {
                continue;
            }
            if (spans != null && 2 * word + 1 < spans.length) {
                spans[2 * word] = start;
                spans[2 * word + 1] = i;
            }
            int unigram = hash(FNV_OFFSET, padded, 1, 1 + len);
            sink.accept(mix(UNIGRAM, unigram), word, word);
            if (word > 0) {
                sink.accept(mix(BIGRAM, previous * 31 + unigram), word - 1, word);
            }
            padded[0] = '<';
            padded[len + 1] = '>';
            int total = len + 2;
            for (int from = 0; from < total; from++) {
                int h = FNV_OFFSET;
                for (int k = 0; k < MAX_N && from + k < total; k++) {
                    h = (h ^ padded[from + k]) * FNV_PRIME;
                    if (k + 1 >= MIN_N && !(from == 0 && k + 1 == total)) {
                        // the whole padded word is the unigram already
                        sink.accept(mix(CHARGRAM, h), word, word);
                    }
                }
            }
            previous = unigram;
            word++;
        }
        return word;
    }

    private static int hash(int h, char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            h = (h ^ chars[k]) * FNV_PRIME;
        }
        return h;
    }

    /** A namespace and a hash as one well-spread key (the finaliser of MurmurHash3). */
    private static int mix(int namespace, int h) {
        int x = h ^ (namespace * 0x9E3779B9);
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        x ^= x >>> 16;
        return x;
    }
}
