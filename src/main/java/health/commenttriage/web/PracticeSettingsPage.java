package health.commenttriage.web;

import health.commenttriage.practice.ChannelAccount;
import health.commenttriage.practice.Practice;
import health.commenttriage.practice.PracticeService;
import health.commenttriage.practice.PracticesAdminResource;
import health.commenttriage.reply.ReplyDrafter;
import health.commenttriage.reply.ReplyLinter;
import health.commenttriage.reply.TemplatesAdminResource;
import health.commenttriage.user.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The practice's settings for admins: contact details that drafts use, service levels, its own template
 * wordings (previewed and linted before they are saved), and its channel accounts with the last message
 * each platform brought. Changes go through the admin API's resources, so they are checked and audited
 * the same way.
 */
@Path("/admin/practice")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class PracticeSettingsPage {

    public record AccountStatus(ChannelAccount account, OffsetDateTime lastMessage) {
    }

    public record Result(boolean ok, String message) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance practice(Practice practice, Map<String, String> serviceLevels,
                List<String> templates, List<AccountStatus> accounts);

        static native TemplateInstance practiceResult(Result result);

        static native TemplateInstance practiceTemplate(String template, String lang, String wording);

        static native TemplateInstance practiceCheck(String preview, List<ReplyLinter.Violation> violations,
                String error, Result saved);
    }

    private final PracticeService practices;
    private final PracticesAdminResource profiles;
    private final TemplatesAdminResource wordings;
    private final ReplyDrafter drafter;
    private final EntityManager em;

    public PracticeSettingsPage(PracticeService practices, PracticesAdminResource profiles,
            TemplatesAdminResource wordings, ReplyDrafter drafter, EntityManager em) {
        this.practices = practices;
        this.profiles = profiles;
        this.wordings = wordings;
        this.drafter = drafter;
        this.em = em;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page() {
        Practice practice = practices.mainPractice();
        Map<String, String> levels = PracticesAdminResource.serviceLevels(practice);
        levels.replaceAll((priority, level) -> "default".equals(level) ? "" : level); // the field's placeholder says it
        return Templates.practice(practice, levels, ReplyDrafter.TEMPLATES.stream().sorted().toList(), accounts(practice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance save(@FormParam("name") String name, @FormParam("timeZone") String timeZone,
            @FormParam("phone") String phone, @FormParam("portalUrl") String portalUrl,
            @FormParam("website") String website, @FormParam("hours") String hours,
            @FormParam("address") String address, @FormParam("emergencyNumber") String emergencyNumber,
            @FormParam("crisisLine") String crisisLine, @FormParam("managerContact") String managerContact,
            @FormParam("signOff") String signOff, @FormParam("languages") List<String> languages,
            @FormParam("slaP1") String slaP1, @FormParam("slaP2") String slaP2, @FormParam("slaP3") String slaP3,
            @FormParam("slaP4") String slaP4, @FormParam("retentionDays") Integer retentionDays) {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("P1", blankToDefault(slaP1));
        levels.put("P2", blankToDefault(slaP2));
        levels.put("P3", blankToDefault(slaP3));
        levels.put("P4", blankToDefault(slaP4));
        Response answer = profiles.update(practices.mainPractice().id, new PracticesAdminResource.ProfileChange(name,
                timeZone, blankToNull(phone), blankToNull(portalUrl), blankToNull(website), blankToNull(hours),
                blankToNull(address), emergencyNumber, crisisLine, blankToNull(managerContact), blankToNull(signOff),
                languages == null ? List.of() : languages, levels, retentionDays == null ? 0 : retentionDays));
        return Templates.practiceResult(answer.getStatus() == 200 ? new Result(true, "Saved. New drafts use these details.")
                : new Result(false, Refusals.detail(answer)));
    }

    /** One template's wording in an editor. */
    @GET
    @Path("template")
    @Operation(hidden = true)
    public Response template(@QueryParam("template") String template, @QueryParam("lang") String lang) {
        if (!ReplyDrafter.TEMPLATES.contains(template) || !("en".equals(lang) || "es".equals(lang))) {
            return Response.status(400).entity(Templates.practiceResult(new Result(false,
                    "choose a template and a language"))).build();
        }
        return Response.ok(Templates.practiceTemplate(template, lang,
                drafter.wording(template, lang, practices.mainPractice()))).build();
    }

    /** The wording filled with the practice's details, and what the linter says; saved when asked and clean. */
    @POST
    @Path("template")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance checkTemplate(@FormParam("template") String template, @FormParam("lang") String lang,
            @FormParam("body") String body, @FormParam("save") boolean save) {
        Practice practice = practices.mainPractice();
        if (!ReplyDrafter.TEMPLATES.contains(template) || !("en".equals(lang) || "es".equals(lang))
                || body == null || body.isBlank()) {
            return Templates.practiceCheck(null, List.of(), "choose a template and a language, and write a wording",
                    null);
        }
        TemplatesAdminResource.Check check = wordings.check(practice, template, lang, body);
        Result saved = null;
        if (save && check.error() == null && check.violations().isEmpty()) {
            Response answer = wordings.save(practice.id, template, lang, new TemplatesAdminResource.TemplateBody(body));
            saved = answer.getStatus() == 200 ? new Result(true, "Saved: new drafts use this wording.")
                    : new Result(false, Refusals.detail(answer));
        } else if (save) {
            saved = new Result(false, "Not saved: fix what the checker found first.");
        }
        return Templates.practiceCheck(check.preview(), check.violations(), check.error(), saved);
    }

    private List<AccountStatus> accounts(Practice practice) {
        Map<String, OffsetDateTime> last = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT m.platform, max(m.receivedAt) FROM Message m"
                + " WHERE m.practiceId = :p GROUP BY m.platform", Object[].class)
                .setParameter("p", practice.id).getResultList()) {
            last.put((String) row[0], (OffsetDateTime) row[1]);
        }
        List<AccountStatus> accounts = new ArrayList<>();
        for (ChannelAccount account : practices.channelAccounts()) {
            if (account.practiceId.equals(practice.id)) {
                accounts.add(new AccountStatus(account, last.get(account.platform)));
            }
        }
        return accounts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToDefault(String value) {
        return value == null || value.isBlank() ? "default" : value.strip();
    }
}
