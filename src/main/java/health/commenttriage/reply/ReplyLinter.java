package health.commenttriage.reply;

import health.commenttriage.classify.Classifier;
import health.commenttriage.classify.Label;
import health.commenttriage.classify.NormalizedText;
import health.commenttriage.practice.Practice;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a reply before staff post it: it must not confirm a care relationship, repeat a health detail of
 * the message, give clinical advice, name the writer, link anywhere but the practice's own site, and, for
 * an emergency, must give the emergency number in its first sentence. The rules are in
 * {@code src/main/resources/reply/}; see docs/replies.md.
 */
@ApplicationScoped
public class ReplyLinter {

    /** One broken rule, as a span of the reply and a plain message for staff. */
    public record Violation(String rule, int start, int end, String message) {
    }

    /**
     * What the linter needs to know besides the reply: the message and its writer (optional), and the
     * practice's own web hosts and emergency number.
     */
    public record Context(String inboundText, String author, String lang, List<Label> labels, Set<String> ownHosts,
            String emergencyNumber) {

        public static Context of(Practice practice, String inboundText, String author, String lang,
                List<Label> labels) {
            Set<String> hosts = new HashSet<>();
            for (String url : new String[] {practice.portalUrl, practice.website}) {
                String host = url == null || url.isBlank() ? null : host(url.contains("://") ? url : "https://" + url);
                if (host != null) {
                    hosts.add(host);
                }
            }
            return new Context(inboundText, author, lang, labels, hosts, practice.emergencyNumber);
        }
    }

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"')]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    private final Classifier classifier;
    private final List<Named> careRelationship;
    private final List<Named> clinicalAdvice;

    private record Named(String id, Pattern pattern) {
    }

    public ReplyLinter(Classifier classifier) {
        this.classifier = classifier;
        this.careRelationship = load("reply/care-relationship.rules");
        this.clinicalAdvice = load("reply/clinical-advice.rules");
    }

    public List<Violation> lint(String reply, Context context) {
        String text = reply == null ? "" : reply;
        NormalizedText normalized = NormalizedText.of(text, Map.of());
        List<Violation> violations = new ArrayList<>();
        match(careRelationship, normalized, "care-relationship",
                "This confirms or implies that the writer is a patient. Speak in general terms.", violations);
        match(clinicalAdvice, normalized, "clinical-advice",
                "This gives clinical advice (what to take, a dose or a diagnosis). Invite them to call instead.",
                violations);
        healthDetails(text, context, violations);
        writerName(text, context, violations);
        foreignLinks(text, context.ownHosts(), violations);
        emergencyFirst(text, context, violations);
        violations.sort(Comparator.comparingInt(Violation::start).thenComparing(Violation::rule));
        return violations;
    }

    /**
     * Conditions, drugs, tests and procedures in the reply: repeating one from the message breaks privacy,
     * naming any other is clinical talk; a public reply names none.
     */
    private void healthDetails(String reply, Context context, List<Violation> violations) {
        Set<String> inbound = new HashSet<>();
        if (context.inboundText() != null) {
            for (int[] span : classifier.healthDetails(context.inboundText())) {
                inbound.add(key(context.inboundText().substring(span[0], span[1])));
            }
        }
        for (int[] span : classifier.healthDetails(reply)) {
            if (sameDetail(inbound, key(reply.substring(span[0], span[1])))) {
                violations.add(new Violation("health-detail", span[0], span[1],
                        "This repeats a health detail from the message. Never echo it, even kindly."));
            } else {
                violations.add(new Violation("health-term", span[0], span[1],
                        "This names a condition, medication, test or procedure. A reply names none."));
            }
        }
    }

    private static void writerName(String reply, Context context, List<Violation> violations) {
        if (context.author() == null || context.author().isBlank()) {
            return;
        }
        Set<String> names = new HashSet<>();
        String author = context.author().trim();
        names.add(author.startsWith("@") ? author.substring(1) : author);
        for (String part : author.replace("@", "").split("[\\s._-]+")) {
            if (part.length() >= 3) {
                names.add(part);
            }
        }
        for (String name : names) {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])@?" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(reply);
            while (m.find()) {
                violations.add(new Violation("writer-name", m.start(), m.end(),
                        "This names the writer. A reply must not identify who wrote."));
            }
        }
    }

    private static void foreignLinks(String reply, Set<String> ownHosts, List<Violation> violations) {
        Matcher m = URL.matcher(reply);
        while (m.find()) {
            String url = m.group();
            String host = host(url.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + url : url);
            if (host == null || ownHosts.stream().noneMatch(own -> host.equals(own) || host.endsWith("." + own))) {
                violations.add(new Violation("foreign-link", m.start(), m.end(),
                        "Only links to the practice's own site or portal are allowed."));
            }
        }
    }

    private static void emergencyFirst(String reply, Context context, List<Violation> violations) {
        if (context.labels() == null || !context.labels().contains(Label.EMERGENCY)) {
            return;
        }
        String emergencyNumber = context.emergencyNumber();
        Matcher end = SENTENCE_END.matcher(reply);
        int firstEnd = end.find() ? end.end() : reply.length();
        if (!reply.substring(0, firstEnd).contains(emergencyNumber)) {
            violations.add(new Violation("emergency-first", 0, firstEnd,
                    "For an emergency the first sentence must tell them to call " + emergencyNumber
                            + " or go to the nearest emergency room now."));
        }
    }

    private static void match(List<Named> rules, NormalizedText normalized, String rule, String message,
            List<Violation> violations) {
        for (Named named : rules) {
            Matcher m = named.pattern().matcher(normalized.text());
            while (m.find()) {
                violations.add(new Violation(rule, normalized.originalStart(m.start()),
                        normalized.originalEnd(m.end()), message));
            }
        }
    }

    /** The same word family counts as the same detail ("diabetes" repeats "diabetic"). */
    private static boolean sameDetail(Set<String> inbound, String detail) {
        for (String known : inbound) {
            int stem = Math.min(6, Math.min(known.length(), detail.length()));
            if (known.equals(detail) || (stem >= 5 && known.regionMatches(0, detail, 0, stem))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String span) {
        return NormalizedText.of(span, Map.of()).text().trim();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.replaceAll("[.,;:]+$", "")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Named> load(String resource) {
        List<Named> rules = new ArrayList<>();
        try (InputStream in = ReplyLinter.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(" : ");
                rules.add(new Named(trimmed.substring(0, colon),
                        Pattern.compile("(?<!\\w)(?:" + trimmed.substring(colon + 3) + ")(?!\\w)")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rules;
    }
}
