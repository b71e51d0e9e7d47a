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
 * always candidates.
 */
final class LiteralIndex {

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<BitSet> output = new ArrayList<>();
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
                    Integer to = next.get(state).get(c);
                    if (to == null) {
                        to = addState();
                        next.get(state).put(c, to);
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
            while (state != 0 && !next.get(state).containsKey(c)) {
                state = fail.get(state);
            }
            state = next.get(state).getOrDefault(c, 0);
            found.or(output.get(state));
        }
        return found;
    }

    private int addState() {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new BitSet());
        return next.size() - 1;
    }

    private void buildFailureLinks() {
        List<Integer> queue = new ArrayList<>(next.get(0).values());
        for (int head = 0; head < queue.size(); head++) {
            int state = queue.get(head);
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(state);
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                int link = next.get(f).getOrDefault(edge.getKey(), 0);
                fail.set(child, link == child ? 0 : link);
                output.get(child).or(output.get(fail.get(child)));
                queue.add(child);
            }
        }
    }
}
