package health.commenttriage.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Aho-Corasick automaton over the required literals of many rules: one pass over a text tells which
 * rules can match at all, so the regexes of the others never run. Rules without a known literal are
 * always candidates. Transitions on ASCII characters are a table, the rest a map.
 */
final class LiteralIndex {

    private static final int ASCII = 128;

    private final List<int[]> ascii = new ArrayList<>();
    private final List<Map<Character, Integer>> other = new ArrayList<>();
    private final List<BitSet> output = new ArrayList<>();
    private int[] fail;
    private boolean[] emits;
    private final BitSet always = new BitSet();

    LiteralIndex(List<Rule> rules) {
        addState();
        for (int r = 0; r < rules.size(); r++) {
            Set<String> literals = RequiredLiterals.of(rules.get(r).regex());
            if (literals == null) {
                always.set(r);
                continue;
            }
            for (String literal : literals) {
                int state = 0;
                for (char c : literal.toCharArray()) {
                    int to = step(state, c);
                    if (to < 0) {
                        to = addState();
                        put(state, c, to);
                    }
                    state = to;
                }
                output.get(state).set(r);
            }
        }
        buildFailureLinks();
    }

    /** The rules that may match somewhere in {@code text}. */
    BitSet candidates(String text) {
        BitSet found = (BitSet) always.clone();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to;
            while ((to = step(state, c)) < 0 && state != 0) {
                state = fail[state];
            }
            state = Math.max(to, 0);
            if (emits[state]) {
                found.or(output.get(state));
            }
        }
        return found;
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
        java.util.Arrays.fill(table, -1);
        ascii.add(table);
        other.add(new HashMap<>());
        output.add(new BitSet());
        return ascii.size() - 1;
    }

    private void buildFailureLinks() {
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
                output.get(child).or(output.get(fail[child]));
                queue.add(child);
            }
        }
        emits = new boolean[ascii.size()];
        for (int s = 0; s < emits.length; s++) {
            emits[s] = !output.get(s).isEmpty();
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
