package health.commenttriage.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a lexicon regex and finds literal strings of which every match must contain at least one, so the
 * classifier can skip the regex when none of them is in the text. Conservative: when it cannot tell, it
 * answers null and the regex always runs.
 */
final class RequiredLiterals {

    private static final int MIN_LENGTH = 2;

    private RequiredLiterals() {
    }

    /** Literals of which any match contains one, or null when unknown. */
    static Set<String> of(String regex) {
        try {
            refuseQuoting(regex);
            return alternatives(regex);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> alternatives(String regex) {
        return everyAlternative(regex, RequiredLiterals::sequence);
    }

    /** What each top-level alternative gives, together; null when one of them gives nothing known. */
    private static <T> Set<T> everyAlternative(String regex, Function<String, Set<T>> ofAlternative) {
        Set<T> union = new HashSet<>();
        for (String alternative : splitTopLevel(regex)) {
            Set<T> found = ofAlternative.apply(alternative);
            if (found == null) {
                return null;
            }
            union.addAll(found);
        }
        return union;
    }

    /**
     * Everything a match must contain, as clauses: each clause is a set of literals of which a match holds
     * at least one, and a match satisfies every clause. Null when nothing is known.
     */
    static List<Set<String>> clauses(String regex) {
        try {
            refuseQuoting(regex);
            if (splitTopLevel(regex).size() > 1) {
                Set<String> any = alternatives(regex);
                return any == null ? null : List.of(any);
            }
            List<Set<String>> clauses = new ArrayList<>(sequenceClauses(regex));
            // two-letter literals are in nearly every text: they cost more to track than they filter
            if (clauses.stream().anyMatch(clause -> minLength(clause) > MIN_LENGTH)) {
                clauses.removeIf(clause -> minLength(clause) <= MIN_LENGTH);
            }
            return clauses.isEmpty() ? null : clauses;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The best single requirement of one sequence of atoms: the clause with the longest shortest literal. */
    private static Set<String> sequence(String s) {
        Set<String> best = null;
        for (Set<String> clause : sequenceClauses(s)) {
            if (best == null || minLength(clause) > minLength(best)) {
                best = clause;
            }
        }
        return best;
    }

    /** Every literal run and every required group of a sequence of atoms, each a clause. */
    private static List<Set<String>> sequenceClauses(String s) {
        List<Set<String>> clauses = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int close = closingParen(s, i);
                String inner = s.substring(i + 1, close);
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?")) {
                    inner = null; // lookaround or flags: asserts, consumes nothing we can count on
                }
                int next = close + 1;
                boolean optional = next < s.length() && isOptionalQuantifier(s, next);
                if (inner != null && !optional) {
                    Set<String> group = alternatives(inner);
                    if (group != null && minLength(group) >= MIN_LENGTH) {
                        clauses.add(group);
                    }
                }
                flush(run, clauses);
                i = skipQuantifier(s, next);
            } else if (c == '[' || (c == '\\' && !escapedLiteral(s, i)) || c == '.' || c == '^' || c == '$') {
                flush(run, clauses);
                int end = c == '[' ? closingBracket(s, i) + 1 : c == '\\' ? i + 2 : i + 1;
                i = skipQuantifier(s, end);
            } else {
                char literal = c == '\\' ? s.charAt(i + 1) : c;
                int next = c == '\\' ? i + 2 : i + 1;
                if (next < s.length() && isOptionalQuantifier(s, next)) {
                    flush(run, clauses);
                    i = skipQuantifier(s, next);
                } else if (next < s.length() && (s.charAt(next) == '+' || s.charAt(next) == '{')) {
                    run.append(literal);
                    flush(run, clauses);
                    i = skipQuantifier(s, next);
                } else {
                    run.append(literal);
                    i = next;
                }
            }
        }
        flush(run, clauses);
        return clauses;
    }

    private static void flush(StringBuilder run, List<Set<String>> clauses) {
        if (run.length() >= MIN_LENGTH) {
            clauses.add(Set.of(run.toString()));
        }
        run.setLength(0);
    }

    /**
     * Inside {@code \\Q...\\E} every character is itself, escapes included, which this reading does not follow:
     * such a regex is unknown (the callers answer null), never read wrong.
     */
    private static void refuseQuoting(String regex) {
        if (regex.contains("\\Q")) {
            throw new IllegalArgumentException("quoted section");
        }
    }

    /** {@code \\.}, {@code \\-}, {@code \\/}: an escaped character that is neither a letter nor a digit is itself. */
    private static boolean escapedLiteral(String s, int i) {
        return i + 1 < s.length() && !Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** A lookahead or lookbehind group's inside: it asserts and consumes nothing. */
    private static boolean isLookaround(String inner) {
        return inner.startsWith("?=") || inner.startsWith("?!") || inner.startsWith("?<=") || inner.startsWith("?<!");
    }

    private static boolean isQuantifier(char c) {
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    private static boolean isOptionalQuantifier(String s, int i) {
        char q = s.charAt(i);
        return q == '?' || q == '*' || (q == '{' && s.startsWith("{0", i));
    }

    private static int skipQuantifier(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char q = s.charAt(i);
        if (q == '?' || q == '*' || q == '+') {
            i++;
        } else if (q == '{') {
            i = s.indexOf('}', i) + 1;
        } else {
            return i;
        }
        // lazy or possessive suffix
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /**
     * Strings of which every match begins with one, or null when unknown: the literal start of each
     * alternative ("(?:i|he) took" gives "i" and "he"; "chest pain" gives "chest pain").
     * The classifier then tries a rule only where one of them starts a word.
     */
    static Set<String> leading(String regex) {
        try {
            refuseQuoting(regex);
            return everyAlternative(regex, RequiredLiterals::leadingOfSequence);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> leadingOfSequence(String s) {
        Set<String> prefixes = new HashSet<>(Set.of(""));
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int close = closingParen(s, i);
                String inner = s.substring(i + 1, close);
                boolean quantified = close + 1 < s.length() && isQuantifier(s.charAt(close + 1));
                if (isLookaround(inner) && !quantified) {
                    i = close + 1; // consumes nothing: the match goes on with what follows
                    continue;
                }
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?")) {
                    break; // flags, an atomic or a named group: not read
                }
                if (close + 1 < s.length() && isOptionalQuantifier(s, close + 1)) {
                    break;
                }
                Set<String> group = leading(inner);
                if (group != null && !group.contains("")) {
                    Set<String> joined = new HashSet<>();
                    prefixes.forEach(p -> group.forEach(g -> joined.add(p + g)));
                    prefixes = joined;
                }
                break; // how much of the group a match uses is not known: stop here
            }
            if (c == '\\' && (s.startsWith("\\b", i) || s.startsWith("\\B", i))
                    && !(i + 2 < s.length() && isQuantifier(s.charAt(i + 2)))) {
                i += 2; // a word boundary consumes nothing
                continue;
            }
            if (c == '[' || (c == '\\' && !escapedLiteral(s, i)) || c == '.' || c == '^' || c == '$' || c == '|'
                    || c == ')') {
                break;
            }
            int next = c == '\\' ? i + 2 : i + 1;
            if (next < s.length() && isOptionalQuantifier(s, next)) {
                break;
            }
            final char literal = c == '\\' ? s.charAt(i + 1) : c;
            prefixes = new HashSet<>(prefixes.stream().map(p -> p + literal).toList());
            if (next < s.length() && (s.charAt(next) == '+' || s.charAt(next) == '{')) {
                break;
            }
            i = next;
        }
        return prefixes.contains("") ? null : prefixes;
    }

    /**
     * For a rule with no word to look for: characters of which every match contains one (the "/" of a
     * blood-pressure reading, the "@" of a handle), or null when unknown.
     */
    static Set<Character> characters(String regex) {
        try {
            refuseQuoting(regex);
            return everyAlternative(regex, alternative -> {
                Character required = mandatoryCharacter(alternative);
                return required == null ? null : Set.of(required);
            });
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first literal character of a sequence that every match of it contains. */
    private static Character mandatoryCharacter(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (c == '(') {
                end = closingParen(s, i) + 1;
            } else if (c == '[') {
                end = closingBracket(s, i) + 1;
            } else if (c == '\\') {
                end = i + 2;
            } else if (c == '.' || c == '^' || c == '$') {
                end = i + 1;
            } else {
                boolean optional = i + 1 < s.length() && isOptionalQuantifier(s, i + 1);
                if (!optional) {
                    return c;
                }
                end = i + 1;
            }
            i = skipQuantifier(s, end);
        }
        return null;
    }

    /** The top-level alternatives of a regex ({@code a|b(c|d)} gives {@code a} and {@code b(c|d)}). */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parenthesis");
    }

    private static int closingBracket(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced bracket");
    }

    private static int minLength(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }
}
