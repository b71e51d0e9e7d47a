package health.commenttriage.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * The classifier's knowledge, read from {@code src/main/resources/classifier/}: per language, one
 * {@code .rules} file per kind of evidence and one {@code .cues} file per kind of context that cancels a
 * match. See docs/classifier.md for the format.
 */
public final class RuleBook {

    /** What a rule file is evidence of. */
    public enum Kind {
        EMERGENCY("emergency.rules"),
        SELF_HARM("self-harm.rules"),
        MEDICAL_ADVICE("medical-advice.rules"),
        PRESCRIPTION("prescription.rules"),
        PHI_TERM("phi-terms.rules"),
        PHI_ANCHOR("phi-anchors.rules"),
        COMPLAINT("complaint.rules"),
        PRAISE("praise.rules"),
        GENERAL_INQUIRY("general-inquiry.rules"),
        SPAM("spam.rules");

        final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    /** Context that cancels a match, with the reason staff see. */
    public enum Cue {
        NEGATION("negation.cues", "negated"),
        HYPOTHETICAL("hypothetical.cues", "hypothetical"),
        PAST("past.cues", "past"),
        /**
         * Someone in the news, or condolences: it cancels an emergency in its sentence even beside a present cue
         * ("saw on the news a housekeeper got hit by a car this morning").
         */
        NEWS("news.cues", "news"),
        PRESENT("present.cues", "present"),
        EDUCATION("education.cues", "education question"),
        IDIOM("idiom.cues", "idiom"),
        /** Not a cancelling context: a question or request, which the statistical layer needs to add an inquiry. */
        ASK("ask.cues", "no question or request"),
        /** Not a cancelling context: the form of a question, which makes an emergency's "?" a request for advice. */
        QUESTION("question.cues", "not a question"),
        /** Not a cancelling context: a question that calls for someone ("anyone there??"), not for advice. */
        CALL_FOR_HELP("call-for-help.cues", "a call for help"),
        /** A question about what the practice does or who may come: it cancels MEDICAL_ADVICE only. */
        SERVICE("service.cues", "service question"),
        /**
         * Not a cancelling context: the end of a last sentence typed without its question mark that still asks (an
         * "or" left open, "what do I do"), which makes an emergency a request for advice.
         */
        OPEN_ENDING("open-ending.cues", "not left open"),
        /** A mark of sarcasm (an eye roll): a thanks beside a complaint, without a contrast, is not meant. */
        SARCASM("sarcasm.cues", "sarcasm"),
        /**
         * Not a cancelling context: a question asked for effect ("are you serious??", "¿en serio?"), whose question
         * mark does not make a complaint ask for a service.
         */
        RHETORICAL("rhetorical.cues", "a rhetorical question"),
        /** Not a cancelling context: a "but" that sets a thanks against a complaint, so both are meant. */
        CONTRAST("contrast.cues", "a contrast"),
        /**
         * A complaint the writer says asks for nothing, or a problem already solved ("just venting", "already got
         * it"): anywhere in the message it cancels PRESCRIPTION, as the taxonomy's undelivered prescription is a
         * complaint only.
         */
        VENTING("venting.cues", "told as venting");

        final String file;
        final String reason;

        Cue(String file, String reason) {
            this.file = file;
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public static final List<String> LANGUAGES = List.of("en", "es");
    private static final String ROOT = "classifier/";

    private final Map<Kind, List<Rule>> rules;
    private final Map<Cue, List<Rule>> cues;
    /** One automaton over every rule and cue; a rule's bit is its offset's plus its place in its list. */
    private final LiteralIndex index;
    private final Map<Kind, Integer> ruleOffset = new EnumMap<>(Kind.class);
    private final Map<Cue, Integer> cueOffset = new EnumMap<>(Cue.class);
    private final Map<Integer, String> emoji;
    private final String version;

    private RuleBook(Map<Kind, List<Rule>> rules, Map<Cue, List<Rule>> cues, Map<Integer, String> emoji,
            String version) {
        this.rules = rules;
        this.cues = cues;
        this.emoji = emoji;
        this.version = version;
        List<Rule> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            ruleOffset.put(kind, all.size());
            all.addAll(rules.get(kind));
        }
        for (Cue cue : Cue.values()) {
            cueOffset.put(cue, all.size());
            all.addAll(cues.get(cue));
        }
        this.index = new LiteralIndex(all);
    }

    /** Reads every file of both languages from the class path. */
    public static RuleBook load() {
        MessageDigest digest = sha256();
        Map<Kind, List<Rule>> rules = new EnumMap<>(Kind.class);
        Map<Cue, List<Rule>> cues = new EnumMap<>(Cue.class);
        for (String lang : LANGUAGES) {
            for (Kind kind : Kind.values()) {
                rules.computeIfAbsent(kind, k -> new ArrayList<>())
                        .addAll(read(lang + "/" + kind.file, digest, kind != Kind.PHI_ANCHOR));
            }
            for (Cue cue : Cue.values()) {
                cues.computeIfAbsent(cue, k -> new ArrayList<>()).addAll(read(lang + "/" + cue.file, digest, true));
            }
        }
        Map<Integer, String> emoji = new HashMap<>();
        for (String line : lines("emoji.map", digest)) {
            String[] parts = line.split("=", 2);
            emoji.put(parts[0].trim().codePointAt(0), parts[1].trim());
        }
        String version = "rules-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new RuleBook(rules, cues, emoji, version);
    }

    public List<Rule> rules(Kind kind) {
        return rules.get(kind);
    }

    public List<Rule> cues(Cue cue) {
        return cues.get(cue);
    }

    /** Every rule and cue that may match somewhere in a normalised text (a superset of those that do). */
    BitSet candidates(String text) {
        return index.candidates(text);
    }

    /** The places in {@link #rules(Kind)} of the candidates of that kind. */
    BitSet of(Kind kind, BitSet candidates) {
        int from = ruleOffset.get(kind);
        return candidates.get(from, from + rules.get(kind).size());
    }

    BitSet of(Cue cue, BitSet candidates) {
        int from = cueOffset.get(cue);
        return candidates.get(from, from + cues.get(cue).size());
    }

    public Map<Integer, String> emoji() {
        return emoji;
    }

    /** Changes whenever any lexicon or cue file changes. */
    public String version() {
        return version;
    }

    /**
     * @param split run each top-level alternative as a rule of its own (anchors are lists of common
     *              words, cheaper as one scan than as a dozen)
     */
    private static List<Rule> read(String file, MessageDigest digest, boolean split) {
        List<Rule> read = new ArrayList<>();
        String source = file.replace(".rules", "").replace(".cues", "");
        for (String line : lines(file, digest)) {
            int colon = line.indexOf(" : ");
            if (colon < 0) {
                throw new IllegalStateException(ROOT + file + ": \"" + line + "\" is not \"id : pattern\"");
            }
            String name = source + ":" + line.substring(0, colon).trim();
            String regex = line.substring(colon + 3).trim();
            try {
                Rule.of(name, regex); // the whole line must compile, so an error names it
                // each top-level alternative with a required word runs on its own, so the prefilter skips
                // those whose words are absent; the alternatives without one (a blood-pressure reading, a
                // handle) run together on every message
                List<String> alternatives = split ? RequiredLiterals.splitTopLevel(regex) : List.of(regex);
                List<String> always = new ArrayList<>();
                for (String alternative : alternatives) {
                    if (RequiredLiterals.of(alternative) != null) {
                        read.add(Rule.of(name, alternative));
                    } else {
                        always.add(alternative);
                    }
                }
                if (!always.isEmpty()) {
                    read.add(Rule.of(name, String.join("|", always)));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(ROOT + file + ": bad pattern in \"" + line + "\": " + e.getDescription());
            }
        }
        return read;
    }

    /** The non-blank, non-comment lines of a file; a missing file has none. */
    private static List<String> lines(String file, MessageDigest digest) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                return lines;
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        lines.add(trimmed);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + file, e);
        }
        return lines;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
