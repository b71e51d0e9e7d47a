package health.commenttriage.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Aho-Corasick automaton over the literals that rules require: one pass over a text tells which rules
 * can match at all, so the regexes of the others never run. A rule requires every one of its clauses
 * (see {@link RequiredLiterals#clauses}), each satisfied by any of its literals. Rules without a known
 * literal are always candidates. Transitions on ASCII characters are a table, the rest a map.
 */
final class LiteralIndex {

    private static final int ASCII = 128;
    private static final int MAX_CLAUSES = 31;

    private final List<int[]> ascii = new ArrayList<>();
    private final List<Map<Character, Integer>> other = new ArrayList<>();
    /** per state: (rule << 5 | clause) for each literal that ends here, failure links included */
    private final List<int[]> output = new ArrayList<>();
    private final int[] fullMask;
    private final BitSet always = new BitSet();
    private int[] fail;
    /**
     * The whole automaton for ASCII as one table, state * classes + class of the char, failure links already
     * followed. ASCII characters that no literal contains share one class, and states are 16-bit chars: the scan
     * is bound by reading this table (one read per character of every message), so its size is its speed.
     */
    private char[] asciiDelta;
    /** States a 16-bit table can number. */
    static final int MAX_STATES = 1 << 16;
    private final int[] asciiClass = new int[ASCII];
    private int classes;
    /** Per thread, the clauses found so far of each rule; only the touched entries are cleared after a text. */
    private final ThreadLocal<int[]> scratch;
    private int[][] outputs;
    private int longestLiteral;
    /** Texts at least this long are scanned as two halves at once ({@link #candidates}). */
    private static final int TWO_LANES = 32;

    LiteralIndex(List<Rule> rules) {
        fullMask = new int[rules.size()];
        addState();
        for (int r = 0; r < rules.size(); r++) {
            List<Set<String>> clauses = RequiredLiterals.clauses(rules.get(r).regex());
            if (clauses == null) {
                always.set(r);
                continue;
            }
            int count = Math.min(clauses.size(), MAX_CLAUSES);
            fullMask[r] = (1 << count) - 1;
            for (int k = 0; k < count; k++) {
                for (String literal : clauses.get(k)) {
                    longestLiteral = Math.max(longestLiteral, literal.length());
                    int state = 0;
                    for (char c : literal.toCharArray()) {
                        int to = step(state, c);
                        if (to < 0) {
                            to = addState();
                            put(state, c, to);
                        }
                        state = to;
                    }
                    int[] out = output.get(state);
                    int[] grown = Arrays.copyOf(out, out.length + 1);
                    grown[out.length] = r << 5 | k;
                    output.set(state, grown);
                }
            }
        }
        List<Integer> breadthFirst = buildFailureLinks();
        buildAsciiDelta(breadthFirst);
        outputs = output.toArray(new int[0][]);
        scratch = ThreadLocal.withInitial(() -> new int[fullMask.length]);
    }

    /**
     * The rules that may match somewhere in {@code text}. A long text is scanned as two lanes in step, the first
     * half (and as far past the middle as the longest literal reaches) and the second half from the root: every
     * literal lies wholly in one of them, and a hit twice only sets the same bit twice. The table is megabytes and
     * each step of a lane waits for its last read; two lanes wait for two reads at once.
     */
    BitSet candidates(String text) {
        Tally tally = new Tally((BitSet) always.clone(), scratch.get());
        int n = text.length();
        if (n < TWO_LANES) {
            int state = 0;
            for (int i = 0; i < n; i++) {
                state = next(state, text.charAt(i));
                tally.add(outputs[state]);
            }
            return tally.found();
        }
        int mid = n / 2;
        int endA = Math.min(n, mid + longestLiteral - 1);
        int a = 0;
        int b = 0;
        int i = 0;
        int j = mid;
        for (; i < endA && j < n; i++, j++) {
            a = next(a, text.charAt(i));
            b = next(b, text.charAt(j));
            tally.add(outputs[a]);
            tally.add(outputs[b]);
        }
        for (; i < endA; i++) {
            a = next(a, text.charAt(i));
            tally.add(outputs[a]);
        }
        for (; j < n; j++) {
            b = next(b, text.charAt(j));
            tally.add(outputs[b]);
        }
        return tally.found();
    }

    private int next(int state, char c) {
        if (c < ASCII) {
            return asciiDelta[state * classes + asciiClass[c]];
        }
        int to;
        while ((to = step(state, c)) < 0 && state != 0) {
            state = fail[state];
        }
        return Math.max(to, 0);
    }

    /** The clauses found so far of the rules a text touched, and the rules found whole. */
    private final class Tally {
        private final BitSet found;
        private final int[] masks;
        private int[] touched = new int[16];
        private int touchedCount;

        Tally(BitSet found, int[] masks) {
            this.found = found;
            this.masks = masks;
        }

        void add(int[] hits) {
            for (int hit : hits) {
                int rule = hit >>> 5;
                if (masks[rule] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = rule;
                }
                masks[rule] |= 1 << (hit & 31);
            }
        }

        /** The rules with every clause found; clears the masks for the thread's next text. */
        BitSet found() {
            for (int t = 0; t < touchedCount; t++) {
                if (masks[touched[t]] == fullMask[touched[t]]) {
                    found.set(touched[t]);
                }
                masks[touched[t]] = 0;
            }
            return found;
        }
    }

    private int step(int state, char c) {
        if (c < ASCII) {
            return ascii.get(state)[c];
        }
        Integer to = other.get(state).get(c);
        return to == null ? -1 : to;
    }

    private void put(int state, char c, int to) {
        if (c < ASCII) {
            ascii.get(state)[c] = to;
        } else {
            other.get(state).put(c, to);
        }
    }

    private int addState() {
        int[] table = new int[ASCII];
        Arrays.fill(table, -1);
        ascii.add(table);
        other.add(new HashMap<>());
        output.add(new int[0]);
        return ascii.size() - 1;
    }

    /** Failure links, breadth first; returns the states in that order (the root first). */
    private List<Integer> buildFailureLinks() {
        fail = new int[ascii.size()];
        List<Integer> queue = new ArrayList<>(children(0).values());
        for (int head = 0; head < queue.size(); head++) {
            int state = queue.get(head);
            for (Map.Entry<Character, Integer> edge : children(state).entrySet()) {
                int child = edge.getValue();
                int f = fail[state];
                int link;
                while ((link = step(f, edge.getKey())) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = link < 0 || link == child ? 0 : link;
                int[] own = output.get(child);
                int[] inherited = output.get(fail[child]);
                if (inherited.length > 0) {
                    int[] merged = Arrays.copyOf(own, own.length + inherited.length);
                    System.arraycopy(inherited, 0, merged, own.length, inherited.length);
                    output.set(child, merged);
                }
                queue.add(child);
            }
        }
        queue.add(0, 0);
        return queue;
    }

    /** A state's failure link is shallower, so breadth-first order fills each row from finished ones. */
    private void buildAsciiDelta(List<Integer> breadthFirst) {
        // class 0: every ASCII character no literal contains; then one class per character that some literal has
        boolean[] used = new boolean[ASCII];
        for (int[] table : ascii) {
            for (int c = 0; c < ASCII; c++) {
                used[c] |= table[c] >= 0;
            }
        }
        classes = 1;
        int[] representative = new int[ASCII + 1];
        for (int c = 0; c < ASCII; c++) {
            if (used[c]) {
                representative[classes] = c;
                asciiClass[c] = classes++;
            }
        }
        if (ascii.size() > MAX_STATES) {
            throw new IllegalStateException("the rules' literals need " + ascii.size() + " automaton states, more than "
                    + MAX_STATES + ": widen LiteralIndex.asciiDelta to int");
        }
        asciiDelta = new char[ascii.size() * classes];
        for (int state : breadthFirst) {
            int[] own = ascii.get(state);
            for (int k = 0; k < classes; k++) {
                int to = k == 0 ? -1 : own[representative[k]];
                if (to < 0) {
                    to = state == 0 ? 0 : asciiDelta[fail[state] * classes + k];
                }
                asciiDelta[state * classes + k] = (char) to;
            }
        }
    }

    private Map<Character, Integer> children(int state) {
        Map<Character, Integer> children = new HashMap<>(other.get(state));
        int[] table = ascii.get(state);
        for (char c = 0; c < ASCII; c++) {
            if (table[c] >= 0) {
                children.put(c, table[c]);
            }
        }
        return children;
    }
}
