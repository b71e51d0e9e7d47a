package health.commenttriage.classify;

import health.commenttriage.classify.Classification.Evidence;
import health.commenttriage.classify.Classification.Suppressed;
import health.commenttriage.classify.RuleBook.Cue;
import health.commenttriage.classify.RuleBook.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The deterministic, explainable classifier: lexicon patterns over normalised text, cancelled by their
 * context (NegEx-style negation in the clause, hypotheticals, past events and education questions in the
 * sentence, idioms over the match). Both languages' lexicons run on every message, so Spanglish and a
 * wrong language guess lose nothing.
 */
public final class Classifier {

    public static final int MAX_CHARS = 20_000;
    /** A negation cue cancels a match at most this many words after it, within the clause. */
    private static final int NEGATION_WINDOW = 4;
    /** A match that carries its own negation ({@link #OWN_NEGATION}) is cancelled only this close after a cue. */
    private static final int OWN_NEGATION_WINDOW = 1;

    /** Not the period of a title ("Dr. Amari", "Sra. Ruiz") or of a number ("101.5"): those go on the sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?\\n]+(?<!(?<!\\w)(?:dr|dra|mr|mrs|ms|sr|sra|srta|st|vs)\\.)(?!(?<=\\d\\.)\\d)|\\s[-–—]\\s");
    /** The characters that end a clause; the statistical layer's evidence phrases stop at them too. */
    static final String CLAUSE_PUNCTUATION = ".!?\n,;:()";
    /**
     * Where a clause ends, and with it a negation's reach: punctuation, "but" and its kin, "and" / "y" before a new
     * subject or verb ("he's not answering and his lips are purple", "le hablo y no contesta y tiene los labios
     * grises"), and a Spanish reflexive verb that starts a clause after another verb ("no llora ni tose se está
     * poniendo morado"), though not right after a negation ("no se está poniendo morado"), and the main clause after
     * an "if" clause with no comma ("if it's not sent today I'm coming down there with my gun", "si no hay cita
     * mañana voy con la pistola").
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            // each alternative starts with what is cheapest to rule out: this runs on every message with a match
            "[" + CLAUSE_PUNCTUATION + "]+"
                    + "|(?<![\\p{L}])(?:(?:but|pero|though|although|aunque|however|sin embargo|except|excepto)"
                    + "(?![\\p{L}])"
                    + "|(?:and|y|e) (?=(?:he|she|his|her|my|it|its|they|their|i|we|someone|somebody"
                    + "|mi|su|sus|se|le|les|tiene|esta)"
                    + "(?![\\p{L}])))"
                    + "| (?=se (?:esta|puso|pone|le|me|nos) )(?<=\\p{L}{3} )"
                    + "(?<!(?<![\\p{L}])(?:no|ni|nunca|jamas|tampoco) )"
                    + "| (?=(?:i'?m|im|i am|i'?ll|i will|imma|we'?re|we'?ll|voy|vamos|vengo|me voy|les voy|le voy) )"
                    + "(?<=(?<![\\p{L}])(?:if|unless|si) [^" + CLAUSE_PUNCTUATION + "]{1,60} )");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
    /**
     * A lost function carries its own negation ("can't breathe", "no puede respirar", "not breathing"): a negation
     * cue before it negates something else ("no fever and can't breathe", "sin máscara y casi no puede respirar").
     */
    private static final Pattern OWN_NEGATION = Pattern.compile(
            "(?:no|not|can'?t|cannot|couldn'?t|won'?t|isn'?t|wasn'?t|doesn'?t|didn'?t|hasn'?t|ni|sin|nunca|ya no|casi no)"
                    + "(?![\\p{L}'])");
    private static final Set<Kind> EMERGENCY_KINDS = EnumSet.of(Kind.EMERGENCY, Kind.SELF_HARM);

    /** A label added by the model shows as its evidence at most this many phrases of at most so many words. */
    private static final int MODEL_EVIDENCE_PHRASES = 2;
    private static final int MODEL_EVIDENCE_PHRASE_WORDS = 4;
    /** Why a writer who may harm themselves gets no PRAISE or PRESCRIPTION: thanks or refills in a goodbye are warning signs. */
    static final String FAREWELL = "a farewell";

    /** At this probability the layer's EMERGENCY stands even where the rules cancelled theirs as past. */
    static final double PAST_OVERRIDE_PROBABILITY = 0.9;
    /** At this probability the layer's SPAM replaces the rules' labels, unless they found an emergency. */
    static final double SPAM_OVER_RULES_PROBABILITY = 0.5;
    /** The rule id of MEDICAL_ADVICE given to an emergency that asks a clinical question. */
    static final String EMERGENCY_QUESTION_RULE = "question:emergency_asks";
    private static final Logger LOG = Logger.getLogger(Classifier.class);

    private final RuleBook book;
    private final LabelModel model;
    private final String version;
    private final LanguageGuess languageGuess = new LanguageGuess();

    public Classifier(RuleBook book) {
        this(book, null);
    }

    /** @param model the statistical layer, or null for the rules alone */
    public Classifier(RuleBook book, LabelModel model) {
        this.book = book;
        this.model = model;
        this.version = model == null ? book.version() : book.version() + "+" + model.version();
    }

    /** The rules alone. */
    public static Classifier load() {
        return new Classifier(RuleBook.load());
    }

    /**
     * The rules, with the statistical layer from {@code modelResource} when {@code withModel}. A model that
     * is missing or corrupt is not fatal: the rules run alone, a warning says why, and {@link #version()}
     * shows that no model is in use.
     */
    public static Classifier load(boolean withModel, String modelResource) {
        RuleBook book = RuleBook.load();
        if (!withModel) {
            return new Classifier(book);
        }
        try {
            return new Classifier(book, LabelModel.load(modelResource));
        } catch (IllegalStateException e) {
            LOG.warnf("The classifier runs on its rules alone: %s", e.getMessage());
            return new Classifier(book);
        }
    }

    public String version() {
        return version;
    }

    /** Whether the statistical layer is in use. */
    public boolean hasModel() {
        return model != null;
    }

    /**
     * @param channel {@code comment} or {@code dm}, or null
     * @param lang    {@code en} or {@code es} when the platform said, else null to guess
     */
    public Classification classify(String text, String channel, String lang) {
        String full = text == null ? "" : text;
        boolean truncated = full.length() > MAX_CHARS;
        String input = truncated ? full.substring(0, MAX_CHARS) : full;
        NormalizedText normalized = NormalizedText.of(input, book.emoji());
        String s = normalized.text();
        String language = "en".equals(lang) || "es".equals(lang) ? lang : languageGuess.of(s);
        if (s.isBlank()) {
            return new Classification(List.of(Label.OTHER), "P5", language, false, List.of(), List.of(),
                    version, truncated);
        }
        BitSet candidates = book.candidates(s);
        Scene scene = new Scene(RuleText.of(s), candidates);

        List<Evidence> evidence = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        boolean selfHarm = false;
        for (Kind kind : Kind.values()) {
            if (kind == Kind.PHI_TERM || kind == Kind.PHI_ANCHOR) {
                continue;
            }
            Label label = labelOf(kind);
            List<Rule> rules = book.rules(kind);
            BitSet ofKind = book.of(kind, candidates);
            for (int r = ofKind.nextSetBit(0); r >= 0; r = ofKind.nextSetBit(r + 1)) {
                Rule rule = rules.get(r);
                RuleMatches m = rule.matches(scene.text);
                while (m.find()) {
                    String reason = cancelled(kind, m.start(), m.end(), scene);
                    if (reason != null) {
                        suppressed.add(suppressed(label, normalized, m, reason));
                    } else {
                        evidence.add(evidence(label, normalized, m, rule));
                        if (kind == Kind.SELF_HARM) {
                            // intent to harm oneself is a mental-health detail of the writer or the one named
                            selfHarm = true;
                            evidence.add(evidence(Label.PHI_DISCLOSURE, normalized, m, rule));
                        }
                    }
                }
            }
        }
        addHealthDisclosures(normalized, scene, evidence, suppressed);

        dropRepeats(evidence);
        dropRepeats(suppressed);
        Set<Label> labels = EnumSet.noneOf(Label.class);
        evidence.forEach(e -> labels.add(e.label()));
        if (labels.contains(Label.SPAM)) {
            // promotions that name drugs or carry fake testimonials are spam only
            labels.retainAll(EnumSet.of(Label.SPAM, Label.EMERGENCY));
            evidence.removeIf(e -> !labels.contains(e.label()));
        }
        if (model != null) {
            addModelLabels(normalized, scene, labels, evidence, suppressed);
        }
        dropSarcasticPraise(scene, labels, evidence, suppressed);
        if (selfHarm) {
            dropFarewell(labels, evidence, suppressed);
        }
        dropUnaskedInquiry(s, scene, labels, evidence, suppressed);
        if (labels.contains(Label.EMERGENCY) && !labels.contains(Label.MEDICAL_ADVICE)
                && !labels.contains(Label.SPAM) && !selfHarm) {
            addAdviceAsked(normalized, scene, labels, evidence);
        }
        if (labels.isEmpty()) {
            labels.add(Label.OTHER);
        }
        int priority = labels.stream().mapToInt(Label::priority).min().orElse(5);
        return new Classification(List.copyOf(labels), "P" + priority, language, selfHarm, evidence, suppressed,
                version, truncated);
    }

    /**
     * The statistical layer may only add: a label the rules did not give, when its probability reaches the
     * label's threshold. It never removes a label and never changes selfHarm. It adds EMERGENCY only where the
     * rules suppressed no emergency (a negated, past, hypothetical, idiomatic or education match is the rules'
     * explicit word against it), except a match suppressed only as past when the layer is sure
     * ({@link #PAST_OVERRIDE_PROBABILITY}). Spam stays spam only: nothing is added beside the rules' SPAM, and the
     * model's SPAM is taken when the rules found nothing, or over their labels (but never over their EMERGENCY)
     * when the layer is sure ({@link #SPAM_OVER_RULES_PROBABILITY}), and then with nothing but an EMERGENCY. Beside an
     * emergency it adds MEDICAL_ADVICE only when the message asks (a question mark or an ask cue). Each
     * added label's evidence is the phrases that added most to it, with the rule id {@code model:LABEL}.
     */
    private void addModelLabels(NormalizedText normalized, Scene scene, Set<Label> labels, List<Evidence> evidence,
            List<Suppressed> suppressed) {
        if (labels.contains(Label.SPAM)) {
            return;
        }
        String s = normalized.text();
        LabelModel.Scored scored = model.score(s);
        double[] p = scored.probabilities();
        List<Label> modelLabels = model.labels();
        Set<Label> added = EnumSet.noneOf(Label.class);
        for (int l = 0; l < modelLabels.size(); l++) {
            Label label = modelLabels.get(l);
            if (p[l] >= model.threshold(l) && !labels.contains(label) && LabelModel.ALLOWED.contains(label)) {
                added.add(label);
            }
        }
        double emergency = p[modelLabels.indexOf(Label.EMERGENCY)];
        if (added.contains(Label.EMERGENCY) && suppressed.stream().anyMatch(x -> standsAgainst(x, emergency))) {
            added.remove(Label.EMERGENCY);
        }
        if (added.contains(Label.GENERAL_INQUIRY) && !asks(s, scene)) {
            // an inquiry asks: without a question or a request the model is reading "you" and "are"
            added.remove(Label.GENERAL_INQUIRY);
        }
        if (added.contains(Label.MEDICAL_ADVICE) && (labels.contains(Label.EMERGENCY) || added.contains(Label.EMERGENCY))
                && !asks(s, scene)) {
            // an emergency that asks nothing is told, not a question: the model is reading its symptoms
            added.remove(Label.MEDICAL_ADVICE);
        }
        if (added.contains(Label.SPAM)) {
            boolean sure = p[modelLabels.indexOf(Label.SPAM)] >= SPAM_OVER_RULES_PROBABILITY;
            if (labels.isEmpty() || sure && !labels.contains(Label.EMERGENCY)) {
                // a fake testimonial names a drug and a sugar level, which the rules read as a disclosure: when
                // the layer is sure it is spam, it is spam only (never over an emergency the rules found)
                labels.clear();
                evidence.clear();
                added.retainAll(EnumSet.of(Label.SPAM, Label.EMERGENCY));
            } else {
                added.remove(Label.SPAM);
            }
        }
        for (Label label : added) {
            String rule = Evidence.MODEL_RULE_PREFIX + label.name();
            List<int[]> phrases = scored.topPhrases(modelLabels.indexOf(label), MODEL_EVIDENCE_PHRASES,
                    MODEL_EVIDENCE_PHRASE_WORDS);
            if (phrases.isEmpty()) {
                phrases = List.of(new int[] {0, s.length()});
            }
            for (int[] phrase : phrases) {
                int from = normalized.originalStart(phrase[0]);
                int to = normalized.originalEnd(phrase[1]);
                evidence.add(new Evidence(label, from, to,
                        to > from ? normalized.original().substring(from, to) : "", rule));
            }
            labels.add(label);
        }
    }

    /**
     * A thanks beside a complaint, with an eye roll ({@code sarcasm.cues}) and no "but" or "though" setting one
     * against the other ({@code contrast.cues}), is sarcasm: "love how 'same day' means next week 🙃". Its PRAISE
     * evidence is shown as suppressed, and the label goes.
     */
    private static void dropSarcasticPraise(Scene scene, Set<Label> labels, List<Evidence> evidence,
            List<Suppressed> suppressed) {
        if (!labels.contains(Label.PRAISE) || !labels.contains(Label.COMPLAINT)
                || scene.cues(Cue.SARCASM).isEmpty() || !scene.cues(Cue.CONTRAST).isEmpty()) {
            return;
        }
        drop(Label.PRAISE, Cue.SARCASM.reason(), labels, evidence, suppressed);
    }

    /**
     * A writer who may harm themselves and thanks the doctor ("tell Dr. K thanks for everything") or gives up refills
     * ("you can cancel my refills") is saying goodbye: a warning sign, not feedback or a request to answer. Their
     * PRAISE and PRESCRIPTION evidence is shown as suppressed, and the labels go.
     */
    private static void dropFarewell(Set<Label> labels, List<Evidence> evidence, List<Suppressed> suppressed) {
        for (Label farewell : List.of(Label.PRAISE, Label.PRESCRIPTION)) {
            if (labels.contains(farewell)) {
                drop(farewell, FAREWELL, labels, evidence, suppressed);
            }
        }
    }

    /**
     * A complaint or a thanks that names a service ("sent my bill to collections", "got my insurance sorted in 5
     * minutes") asks nothing of it: without a question mark or an ask cue ({@link #asksOutright}) its inquiry evidence
     * is shown as suppressed, and the label goes.
     */
    private static void dropUnaskedInquiry(String s, Scene scene, Set<Label> labels, List<Evidence> evidence,
            List<Suppressed> suppressed) {
        if (!labels.contains(Label.GENERAL_INQUIRY)
                || !(labels.contains(Label.COMPLAINT) || labels.contains(Label.PRAISE)) || asksOutright(s, scene)) {
            return;
        }
        drop(Label.GENERAL_INQUIRY, Cue.ASK.reason(), labels, evidence, suppressed);
    }

    /** Takes a label away; its evidence is shown as suppressed, with the reason. */
    private static void drop(Label label, String reason, Set<Label> labels, List<Evidence> evidence,
            List<Suppressed> suppressed) {
        labels.remove(label);
        for (Evidence e : evidence) {
            if (e.label() == label) {
                suppressed.add(new Suppressed(label, e.start(), e.end(), e.text(), reason));
            }
        }
        evidence.removeIf(e -> e.label() == label);
    }

    /**
     * An emergency that asks a clinical question ("is that ok??", "do I try to straighten it??", "¿le doy agua?")
     * is also a request for advice, as the taxonomy labels it: a sentence with a question mark or an opening "¿"
     * that has a question's form ({@code question.cues}), calls for no one ({@code call-for-help.cues}: "anyone
     * there??", "why does nobody pick up??") and is no education or hypothetical question. A sign said with a
     * doubtful "??" ("lips kinda grey??") asks nothing; a writer who may harm themselves gets the crisis line, not
     * advice. A last sentence typed without its mark asks too when it ends on an open ending ("tourniquet or no",
     * "QUE HAGO"; {@link #leftOpen}). The evidence is the question.
     */
    private static void addAdviceAsked(NormalizedText normalized, Scene scene, Set<Label> labels,
            List<Evidence> evidence) {
        String s = normalized.text();
        Context context = scene.context();
        int asking = -1;
        int checked = -1;
        for (int i = 0; i < s.length() && asking < 0; i++) {
            char c = s.charAt(i);
            if ((c == '?' || c == '\u00bf') && context.sentenceOf(i) != checked) {
                checked = context.sentenceOf(i);
                if (inSentence(scene.cues(Cue.QUESTION), checked, context) && clinical(checked, scene, context)) {
                    asking = checked;
                }
            }
        }
        if (asking < 0 && !s.isBlank()) {
            int last = context.sentenceOf(s.stripTrailing().length() - 1);
            if (leftOpen(s, context.sentenceSpan(last), scene) && clinical(last, scene, context)) {
                asking = last;
            }
        }
        if (asking >= 0) {
            int[] span = context.sentenceSpan(asking);
            int from = normalized.originalStart(span[0]);
            int to = normalized.originalEnd(span[1]);
            evidence.add(new Evidence(Label.MEDICAL_ADVICE, from, to, normalized.original().substring(from, to),
                    EMERGENCY_QUESTION_RULE));
            labels.add(Label.MEDICAL_ADVICE);
        }
    }

    /** A question that calls for no one and is no education or hypothetical question. */
    private static boolean clinical(int sentence, Scene scene, Context context) {
        return !inSentence(scene.cues(Cue.CALL_FOR_HELP), sentence, context)
                && !inSentence(scene.cues(Cue.EDUCATION), sentence, context)
                && !inSentence(scene.cues(Cue.HYPOTHETICAL), sentence, context);
    }

    /**
     * Whether the last sentence, typed without its question mark, still asks: it ends on an open ending
     * ({@code open-ending.cues}: an "or" left open as in "tourniquet or no" or "me acuesto o q", a plea such as "what
     * do I do" or "QUE HAGO"). A first word of a question's form is not enough: Spanish does not invert ("está bien
     * dormilona"), and "when I try to talk…" tells.
     */
    private static boolean leftOpen(String s, int[] span, Scene scene) {
        for (int[] cue : scene.cues(Cue.OPEN_ENDING)) {
            boolean inTheSentence = cue[0] >= span[0] && cue[1] <= span[1];
            if (inTheSentence && s.substring(cue[1], span[1]).replaceAll("\\W", "").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a match the rules suppressed keeps the layer from adding EMERGENCY: every reason does, but a past cue
     * gives way to a sure layer ("yesterday they pulled a tooth and it won't stop bleeding" is happening now).
     */
    private static boolean standsAgainst(Suppressed match, double emergencyProbability) {
        return match.label() == Label.EMERGENCY
                && !(match.reason().equals(Cue.PAST.reason()) && emergencyProbability >= PAST_OVERRIDE_PROBABILITY);
    }

    /**
     * Like {@link #asks}, but a lone question word (an ask cue that is also a word of {@code question.cues}) counts
     * only where it opens its sentence: in "rolled her eyes when I asked" or "the nurse who got an interpreter" it
     * joins clauses and tells. A question mark counts only in a sentence with no rhetorical question
     * ({@code rhetorical.cues}: "$45 to fill out one form?? are you serious"), an ask cue only outside one ("why does it
     * take 3 weeks to sign a form").
     */
    private static boolean asksOutright(String s, Scene scene) {
        Context context = scene.context();
        for (int i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) {
            if (!inSentence(scene.cues(Cue.RHETORICAL), context.sentenceOf(i), context)) {
                return true;
            }
        }
        List<int[]> questionWords = scene.cues(Cue.QUESTION);
        for (int[] cue : scene.cues(Cue.ASK)) {
            if (scene.cues(Cue.RHETORICAL).stream().anyMatch(r -> r[0] <= cue[0] && cue[1] <= r[1])) {
                continue;
            }
            boolean loneQuestionWord = questionWords.stream().anyMatch(q -> q[0] == cue[0] && q[1] == cue[1]);
            boolean opens = s.substring(context.sentenceSpan(context.sentenceOf(cue[0]))[0], cue[0]).isBlank();
            if (!loneQuestionWord || opens) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message asks something: a question mark, or a question or request word ({@code ask.cues}). */
    private static boolean asks(String s, Scene scene) {
        return s.indexOf('?') >= 0 || !scene.cues(Cue.ASK).isEmpty();
    }

    /**
     * The health details (conditions, medications, tests, procedures) named in a text, as spans of the
     * original text, whoever they belong to. The reply linter uses them to keep drafts free of them.
     */
    public List<int[]> healthDetails(String text) {
        NormalizedText normalized = NormalizedText.of(text == null ? "" : text, book.emoji());
        String s = normalized.text();
        List<int[]> spans = new ArrayList<>();
        for (int[] span : spans(book.rules(Kind.PHI_TERM), book.of(Kind.PHI_TERM, book.candidates(s)), RuleText.of(s))) {
            spans.add(new int[] {normalized.originalStart(span[0]), normalized.originalEnd(span[1])});
        }
        return spans;
    }

    /** Two alternatives of one entry, or two entries, can report the same span for the same label once. */
    private static <T extends Record> void dropRepeats(List<T> spans) {
        Set<String> seen = new java.util.HashSet<>();
        spans.removeIf(span -> !seen.add(key(span)));
    }

    private static String key(Record span) {
        if (span instanceof Evidence e) {
            return e.label() + ":" + e.start() + ":" + e.end();
        }
        Suppressed s = (Suppressed) span;
        return s.label() + ":" + s.start() + ":" + s.end() + ":" + s.reason();
    }

    /** A health detail counts when someone identifiable owns it: an anchor (I, my, mi, my wife) in its sentence. */
    private void addHealthDisclosures(NormalizedText normalized, Scene scene, List<Evidence> evidence,
            List<Suppressed> suppressed) {
        List<Rule> terms = book.rules(Kind.PHI_TERM);
        BitSet ofTerms = book.of(Kind.PHI_TERM, scene.candidates);
        for (int r = ofTerms.nextSetBit(0); r >= 0; r = ofTerms.nextSetBit(r + 1)) {
            Rule rule = terms.get(r);
            RuleMatches m = rule.matches(scene.text);
            while (m.find()) {
                int sentence = scene.context().sentenceOf(m.start());
                boolean owned = inSentence(scene.anchors(), sentence, scene.context());
                String reason = cancelled(Kind.PHI_TERM, m.start(), m.end(), scene);
                if (reason == null && !owned) {
                    reason = "no one's own";
                }
                if (reason != null) {
                    suppressed.add(suppressed(Label.PHI_DISCLOSURE, normalized, m, reason));
                } else {
                    evidence.add(evidence(Label.PHI_DISCLOSURE, normalized, m, rule));
                }
            }
        }
    }

    /** Whether a hypothetical cue stands earlier in the match's sentence ("if my dad ever has a stroke…"). */
    private static boolean hypothetical(int start, int sentence, Scene scene) {
        for (int[] cue : scene.cues(Cue.HYPOTHETICAL)) {
            if (cue[0] < start && scene.context().sentenceOf(cue[0]) == sentence) {
                return true;
            }
        }
        return false;
    }

    /** A lost function negated only right after its cue stays negated ("not like can't breathe"). */
    private static int negationWindow(Kind kind, int start, int end, Scene scene) {
        return EMERGENCY_KINDS.contains(kind) && OWN_NEGATION.matcher(scene.text.text()).region(start, end).lookingAt()
                ? OWN_NEGATION_WINDOW : NEGATION_WINDOW;
    }

    /** Why the context cancels a match, or null when it stands. */
    private static String cancelled(Kind kind, int start, int end, Scene scene) {
        Context context = scene.context();
        for (int[] idiom : scene.cues(Cue.IDIOM)) {
            if (idiom[0] < end && start < idiom[1]) {
                return Cue.IDIOM.reason();
            }
        }
        if (kind == Kind.PRESCRIPTION && !scene.cues(Cue.VENTING).isEmpty()) {
            return Cue.VENTING.reason();
        }
        List<int[]> negations = scene.cues(Cue.NEGATION);
        int window = negations.isEmpty() ? NEGATION_WINDOW : negationWindow(kind, start, end, scene);
        for (int[] negation : negations) {
            // a cue may run into the match ("don't have" before "have chest pain"); it must begin before it
            if (negation[0] < start && context.clauseOf(negation[0]) == context.clauseOf(start)
                    && context.wordsBetween(Math.min(negation[1], start), start) <= window) {
                return Cue.NEGATION.reason();
            }
        }
        int sentence = context.sentenceOf(start);
        if (kind == Kind.PHI_TERM) {
            return hypothetical(start, sentence, scene) ? Cue.HYPOTHETICAL.reason() : null;
        }
        if (!EMERGENCY_KINDS.contains(kind) && kind != Kind.MEDICAL_ADVICE) {
            return null;
        }
        if (inSentence(scene.cues(Cue.EDUCATION), sentence, context)) {
            return Cue.EDUCATION.reason();
        }
        if (kind == Kind.MEDICAL_ADVICE && inSentence(scene.cues(Cue.SERVICE), sentence, context)) {
            return Cue.SERVICE.reason();
        }
        if (hypothetical(start, sentence, scene)) {
            return Cue.HYPOTHETICAL.reason();
        }
        if (kind == Kind.MEDICAL_ADVICE) {
            return null;
        }
        if (inSentence(scene.cues(Cue.NEWS), sentence, context)) {
            return Cue.NEWS.reason();
        }
        if (inSentence(scene.cues(Cue.PAST), sentence, context)
                && !inSentence(scene.cues(Cue.PRESENT), sentence, context)) {
            return Cue.PAST.reason();
        }
        return null;
    }

    private static boolean inSentence(List<int[]> spans, int sentence, Context context) {
        for (int[] span : spans) {
            if (context.sentenceOf(span[0]) == sentence) {
                return true;
            }
        }
        return false;
    }

    private static List<int[]> spans(List<Rule> rules, BitSet candidates, RuleText text) {
        List<int[]> spans = new ArrayList<>();
        for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
            RuleMatches m = rules.get(r).matches(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        return spans;
    }

    private static Label labelOf(Kind kind) {
        return switch (kind) {
            case EMERGENCY, SELF_HARM -> Label.EMERGENCY;
            case MEDICAL_ADVICE -> Label.MEDICAL_ADVICE;
            case PRESCRIPTION -> Label.PRESCRIPTION;
            case PHI_TERM, PHI_ANCHOR -> Label.PHI_DISCLOSURE;
            case COMPLAINT -> Label.COMPLAINT;
            case PRAISE -> Label.PRAISE;
            case GENERAL_INQUIRY -> Label.GENERAL_INQUIRY;
            case SPAM -> Label.SPAM;
        };
    }

    /** A match as evidence, in the original text's positions. */
    private static Evidence evidence(Label label, NormalizedText normalized, RuleMatches m, Rule rule) {
        return new Evidence(label, normalized.originalStart(m.start()), normalized.originalEnd(m.end()),
                span(normalized, m.start(), m.end()), rule.name());
    }

    private static Suppressed suppressed(Label label, NormalizedText normalized, RuleMatches m, String reason) {
        return new Suppressed(label, normalized.originalStart(m.start()), normalized.originalEnd(m.end()),
                span(normalized, m.start(), m.end()), reason);
    }

    private static String span(NormalizedText normalized, int start, int end) {
        int from = normalized.originalStart(start);
        int to = normalized.originalEnd(end);
        return to > from ? normalized.original().substring(from, to) : "";
    }

    /**
     * What is known of one message. Sentences, clauses, cues and anchors are found only when a match needs
     * them: most messages match few rules, and many none.
     */
    private final class Scene {
        private final RuleText text;
        private final BitSet candidates;
        private final Map<Cue, List<int[]>> cues = new EnumMap<>(Cue.class);
        private Context context;
        private List<int[]> anchors;

        Scene(RuleText text, BitSet candidates) {
            this.text = text;
            this.candidates = candidates;
        }

        Context context() {
            if (context == null) {
                context = new Context(text.text());
            }
            return context;
        }

        List<int[]> cues(Cue cue) {
            return cues.computeIfAbsent(cue, c -> spans(book.cues(c), book.of(c, candidates), text));
        }

        List<int[]> anchors() {
            if (anchors == null) {
                anchors = spans(book.rules(Kind.PHI_ANCHOR), book.of(Kind.PHI_ANCHOR, candidates), text);
            }
            return anchors;
        }
    }

    /**
     * Sentence and clause numbers of positions in the normalised text, and word counts between positions. Clauses
     * are numbered only when first asked for: only a negation cue before a match needs them (about one message in
     * nine), and CLAUSE_END is the dearest scan of a message.
     */
    private static final class Context {
        private final String s;
        private final int[] sentence;
        private int[] clause;

        Context(String s) {
            this.s = s;
            this.sentence = numbering(s, SENTENCE_END, Context::nextSentenceMark);
        }

        /** Where a boundary may begin, at or after a position; -1 when nowhere. */
        @FunctionalInterface
        private interface MayStart {
            int next(String s, int from);
        }

        /**
         * @param mayStart a boundary matches nowhere before the place it gives, so the regex is tried from there (with
         *                 {@link Matcher#find(int)}, which still lets its lookbehinds see the text before), not at every
         *                 position in between
         */
        private static int[] numbering(String s, Pattern boundary, MayStart mayStart) {
            int[] numbers = new int[s.length() + 1];
            Matcher m = boundary.matcher(s);
            int number = 0;
            int position = 0;
            int from = mayStart.next(s, 0);
            while (from >= 0 && m.find(from)) {
                for (; position < m.end(); position++) {
                    numbers[position] = number;
                }
                number++;
                from = mayStart.next(s, m.end());
            }
            for (; position <= s.length(); position++) {
                numbers[position] = number;
            }
            return numbers;
        }

        /**
         * Where {@link #SENTENCE_END} may match: at one of its marks, or at a {@code \s} (all of which are at most a
         * space) before a dash. Most of a text is neither, and trying the regex at each position was the dearer part of
         * numbering sentences.
         */
        private static int nextSentenceMark(String s, int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == '\n') {
                    return i;
                }
                if (c <= ' ' && i + 1 < s.length()) {
                    char next = s.charAt(i + 1);
                    if (next == '-' || next == '\u2013' || next == '\u2014') {
                        return i;
                    }
                }
            }
            return -1;
        }

        int sentenceOf(int position) {
            return sentence[position];
        }

        /** Where a sentence's text begins and ends, without the spaces around it. */
        int[] sentenceSpan(int number) {
            int from = 0;
            while (from < s.length() && sentence[from] < number) {
                from++;
            }
            int to = from;
            while (to < s.length() && sentence[to] == number) {
                to++;
            }
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                to--;
            }
            return new int[] {from, to};
        }

        int clauseOf(int position) {
            if (clause == null) {
                clause = numbering(s, CLAUSE_END, (text, from) -> from);
            }
            return clause[position];
        }

        int wordsBetween(int from, int to) {
            Matcher m = WORD.matcher(s).region(from, to);
            int words = 0;
            while (m.find()) {
                words++;
            }
            return words;
        }
    }
}
