package health.commenttriage.reply;

import health.commenttriage.classify.Classification;
import health.commenttriage.classify.Label;
import health.commenttriage.practice.Practice;
import health.commenttriage.practice.PracticeService;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drafts safe replies from the templates in {@code templates/replies/} (one per case and language),
 * filled with the practice's profile: most urgent part first, in the writer's language, short enough
 * for the platform. Nothing here quotes the message.
 */
@ApplicationScoped
public class ReplyDrafter {

    /** An X reply must fit in a post. */
    static final int X_LIMIT = 280;

    private static final Pattern HOURS = Pattern.compile(
            "(?iu)\\b(hours?|open|opens|close[sd]?|closing|horario|abren|cierran|abierto)\\b");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iu)\\b(address|where|location|located|parking|directions|direcci[oó]n|d[oó]nde|ubicaci[oó]n|estacionamiento)\\b");
    private static final Pattern BOOKING = Pattern.compile(
            "(?iu)\\b(book|booking|appointment|appt|schedule|reschedule|cancel|portal|online|cita|citas|agendar|cancelar|reprogramar)\\b");

    private final Engine engine;
    private final PracticeService practices;

    public ReplyDrafter(Engine engine, PracticeService practices) {
        this.engine = engine;
        this.practices = practices;
    }

    /**
     * The classifier's statistical layer flags emergencies the rules missed without saying what kind they are;
     * many are self-harm said indirectly, so such a draft gives the crisis line too.
     */
    static boolean onlyTheModelSawTheEmergency(Classification classification) {
        List<Classification.Evidence> emergency = classification.evidence().stream()
                .filter(e -> e.label() == Label.EMERGENCY).toList();
        return !emergency.isEmpty() && emergency.stream().allMatch(Classification.Evidence::fromStatisticalLayer);
    }

    public Drafts draft(Classification classification, String text, String channel, String platform,
            Practice practice) {
        List<Label> labels = classification.labels();
        boolean spam = labels.contains(Label.SPAM);
        boolean comment = !"dm".equals(channel);
        boolean recommendHide = spam || (comment && labels.contains(Label.PHI_DISCLOSURE));
        if (spam || labels.equals(List.of(Label.OTHER))) {
            return new Drafts(List.of(), recommendHide, true);
        }
        String lang = language(classification.lang(), practice);
        Map<String, String> own = ownWordings(practice);

        List<String> urgent = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean emergency = labels.contains(Label.EMERGENCY);
        if (emergency) {
            urgent.add(render("emergency", lang, practice, own));
            if (classification.selfHarm() || onlyTheModelSawTheEmergency(classification)) {
                urgent.add(render("crisis", lang, practice, own));
            }
        }
        if (labels.contains(Label.MEDICAL_ADVICE) || labels.contains(Label.PRESCRIPTION)) {
            rest.add(render("care", lang, practice, own));
            if (!emergency) {
                rest.add(render("urgent", lang, practice, own));
            }
        }
        if (comment && labels.contains(Label.PHI_DISCLOSURE)) {
            rest.add(render("privacy", lang, practice, own));
        }
        if (labels.contains(Label.COMPLAINT)) {
            rest.add(render("complaint", lang, practice, own));
        }
        if (labels.contains(Label.GENERAL_INQUIRY) && !emergency) {
            rest.add(render(inquiryTopic(text), lang, practice, own));
            practices.activeNotices(practice.id, lang).forEach(notice -> rest.add(notice.text));
        }
        if (labels.contains(Label.PRAISE) && urgent.isEmpty() && rest.isEmpty()) {
            rest.add(render("praise", lang, practice, own));
        }
        if (urgent.isEmpty() && rest.isEmpty()) {
            // a disclosure in a direct message needs no privacy warning: thank them and invite a call
            rest.add(render("inquiry", lang, practice, own));
        }

        String full = join(urgent, rest, signOff(practice));
        List<Draft> drafts = new ArrayList<>();
        if (comment) {
            drafts.add(new Draft(Draft.Kind.PUBLIC_REPLY, lang, publicReply(urgent, rest, platform)));
            if (!urgent.isEmpty() || labels.contains(Label.MEDICAL_ADVICE) || labels.contains(Label.PRESCRIPTION)
                    || labels.contains(Label.PHI_DISCLOSURE) || labels.contains(Label.COMPLAINT)) {
                drafts.add(new Draft(Draft.Kind.PRIVATE_REPLY, lang, full));
            }
        } else {
            drafts.add(new Draft(Draft.Kind.DM_REPLY, lang, full));
        }
        return new Drafts(drafts, recommendHide, false);
    }

    /** The public reply: the urgent part whole, then as much of the rest as the platform allows. */
    private static String publicReply(List<String> urgent, List<String> rest, String platform) {
        int limit = "x".equals(platform) ? X_LIMIT : 600;
        StringBuilder reply = new StringBuilder();
        for (String part : urgent) {
            append(reply, part);
        }
        for (String part : rest) {
            if (reply.length() + 1 + part.length() <= limit) {
                append(reply, part);
            }
        }
        if (reply.length() == 0 && !rest.isEmpty()) {
            append(reply, rest.get(0));
        }
        return reply.length() > limit ? reply.substring(0, limit) : reply.toString();
    }

    /** The cases a template exists for, in both languages. */
    public static final Set<String> TEMPLATES = Set.of("emergency", "crisis", "care", "urgent",
            "privacy", "complaint", "praise", "hours", "address", "portal", "inquiry");

    /** The practice's own wordings, by {@code template.lang}. */
    private static Map<String, String> ownWordings(Practice practice) {
        Map<String, String> own = new HashMap<>();
        if (practice.id != null) {
            TemplateOverride.<TemplateOverride>list("practiceId", practice.id)
                    .forEach(o -> own.put(o.template + "." + o.lang, o.body));
        }
        return own;
    }

    /** A template filled with the practice's profile: the practice's own wording when it has one. */
    private String render(String template, String lang, Practice practice, Map<String, String> own) {
        String body = own.get(template + "." + lang);
        Template t = body != null ? engine.parse(body)
                : engine.getTemplate("replies/" + template + "." + lang + ".txt");
        if (t == null) {
            throw new IllegalStateException("no reply template replies/" + template + "." + lang + ".txt");
        }
        return t.data("p", practice).render().strip();
    }

    /** The wording a practice uses for a template: its own, or the service's (the template's source). */
    public String wording(String template, String lang, Practice practice) {
        String own = ownWordings(practice).get(template + "." + lang);
        if (own != null) {
            return own;
        }
        try (var in = ReplyDrafter.class.getResourceAsStream("/templates/replies/" + template + "." + lang + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no reply template " + template + "." + lang);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fills a proposed wording with the practice's profile, to check it before it is saved. */
    String preview(String body, Practice practice) {
        return engine.parse(body).data("p", practice).render().strip();
    }

    private static String inquiryTopic(String text) {
        String message = text == null ? "" : text;
        if (HOURS.matcher(message).find()) {
            return "hours";
        }
        if (ADDRESS.matcher(message).find()) {
            return "address";
        }
        if (BOOKING.matcher(message).find()) {
            return "portal";
        }
        return "inquiry";
    }

    private static String language(String lang, Practice practice) {
        String wanted = "es".equals(lang) ? "es" : "en";
        if (practice.languages == null || practice.languages.isEmpty() || practice.languages.contains(wanted)) {
            return wanted;
        }
        return practice.languages.get(0).toLowerCase(Locale.ROOT);
    }

    private static String signOff(Practice practice) {
        return practice.signOff == null || practice.signOff.isBlank() ? null : "— " + practice.signOff;
    }

    private static String join(List<String> urgent, List<String> rest, String signOff) {
        StringBuilder text = new StringBuilder();
        urgent.forEach(part -> append(text, part));
        rest.forEach(part -> append(text, part));
        if (signOff != null) {
            text.append("\n").append(signOff);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(part);
    }
}
