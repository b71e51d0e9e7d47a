package health.commenttriage.practice;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.user.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.ingest.Problem;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Admins keep each practice's profile and notices, which reply drafts use. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/practices")
@Produces(MediaType.APPLICATION_JSON)
public class PracticesAdminResource {

    public record Profile(long id, String slug, String name, String timeZone, String phone, String portalUrl,
            String website, String hours, String address, String emergencyNumber, String crisisLine,
            String managerContact, String signOff, List<String> languages, Map<String, String> serviceLevels,
            Integer retentionDays) {

        static Profile of(Practice p) {
            return new Profile(p.id, p.slug, p.name, p.timeZone, p.phone, p.portalUrl, p.website, p.hours, p.address,
                    p.emergencyNumber, p.crisisLine, p.managerContact, p.signOff, p.languages,
                    PracticesAdminResource.serviceLevels(p), p.retentionDays);
        }
    }

    public record ProfileChange(String name, String timeZone, String phone, String portalUrl, String website,
            String hours, String address, String emergencyNumber, String crisisLine, String managerContact,
            String signOff, List<String> languages, Map<String, String> serviceLevels, Integer retentionDays) {
    }

    public record NewNotice(String lang, String text, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    public record Notice(long id, String lang, String text, OffsetDateTime startsAt, OffsetDateTime endsAt) {

        static Notice of(PracticeNotice n) {
            return new Notice(n.id, n.lang, n.text, n.startsAt, n.endsAt);
        }
    }

    private final AuditTrail audit;
    private final SecurityIdentity caller;

    public PracticesAdminResource(AuditTrail audit, SecurityIdentity caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    public List<Profile> list() {
        return Practice.<Practice>listAll().stream().map(Profile::of).toList();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        return Practice.<Practice>findByIdOptional(id).map(p -> Response.ok(Profile.of(p)).build())
                .orElseGet(() -> notFound(id));
    }

    /** Replaces the profile; every field is required but the optional contact details. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response update(@PathParam("id") long id, ProfileChange change) {
        Practice practice = Practice.findById(id);
        if (practice == null) {
            return notFound(id);
        }
        String problem = problemWith(change);
        if (problem != null) {
            return Problem.response(Response.Status.BAD_REQUEST, problem);
        }
        practice.name = change.name().trim();
        practice.timeZone = change.timeZone();
        practice.phone = change.phone();
        practice.portalUrl = change.portalUrl();
        practice.website = change.website();
        practice.hours = change.hours();
        practice.address = change.address();
        practice.emergencyNumber = change.emergencyNumber().trim();
        practice.crisisLine = change.crisisLine().trim();
        practice.managerContact = change.managerContact();
        practice.signOff = change.signOff();
        practice.languages = List.copyOf(change.languages());
        if (change.serviceLevels() != null) {
            practice.slaP1 = duration(change.serviceLevels().get("P1"));
            practice.slaP2 = duration(change.serviceLevels().get("P2"));
            practice.slaP3 = duration(change.serviceLevels().get("P3"));
            practice.slaP4 = duration(change.serviceLevels().get("P4"));
        }
        if (change.retentionDays() != null) { // 0: back to TRIAGE_RETENTION_DAYS
            practice.retentionDays = change.retentionDays() == 0 ? null : change.retentionDays();
        }
        Profile after = Profile.of(practice);
        // the profile is the practice's public contact details, never a patient's
        audit.record(caller.getPrincipal().getName(), "practice.updated", id, null, Map.of("profile", after));
        return Response.ok(after).build();
    }

    @GET
    @Path("/{id}/notices")
    public Response notices(@PathParam("id") long id) {
        if (Practice.findById(id) == null) {
            return notFound(id);
        }
        return Response.ok(PracticeNotice.<PracticeNotice>list("practiceId = ?1 order by startsAt", id).stream()
                .map(Notice::of).toList()).build();
    }

    @POST
    @Path("/{id}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response addNotice(@PathParam("id") long id, NewNotice request) {
        if (Practice.findById(id) == null) {
            return notFound(id);
        }
        if (request == null || request.text() == null || request.text().isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "text is required");
        }
        if (!Set.of("en", "es").contains(request.lang())) {
            return Problem.response(Response.Status.BAD_REQUEST, "lang must be \"en\" or \"es\"");
        }
        if (request.startsAt() == null || request.endsAt() == null || !request.endsAt().isAfter(request.startsAt())) {
            return Problem.response(Response.Status.BAD_REQUEST, "startsAt and endsAt are required, endsAt after startsAt");
        }
        PracticeNotice notice = new PracticeNotice();
        notice.practiceId = id;
        notice.lang = request.lang();
        notice.text = request.text().trim();
        notice.startsAt = request.startsAt();
        notice.endsAt = request.endsAt();
        notice.persist();
        return Response.status(Response.Status.CREATED).entity(Notice.of(notice)).build();
    }

    @DELETE
    @Path("/{id}/notices/{noticeId}")
    @Transactional
    public Response removeNotice(@PathParam("id") long id, @PathParam("noticeId") long noticeId) {
        long deleted = PracticeNotice.delete("id = ?1 and practiceId = ?2", noticeId, id);
        return deleted > 0 ? Response.noContent().build()
                : Problem.response(Response.Status.NOT_FOUND, "no notice " + noticeId);
    }

    private static String problemWith(ProfileChange change) {
        if (change == null || change.name() == null || change.name().isBlank()) {
            return "name is required";
        }
        try {
            ZoneId.of(change.timeZone());
        } catch (RuntimeException e) {
            return "timeZone must be a time zone such as America/Chicago";
        }
        if (change.emergencyNumber() == null || !change.emergencyNumber().trim().matches("[0-9 ()+-]{2,20}")) {
            return "emergencyNumber must be a phone number such as 911";
        }
        if (change.crisisLine() == null || !change.crisisLine().trim().matches("[0-9 ()+-]{2,20}")) {
            return "crisisLine must be a phone number such as 988";
        }
        for (String url : new String[] {change.portalUrl(), change.website()}) {
            if (url != null && !url.isBlank() && !isWebAddress(url)) {
                return "portalUrl and website must be https:// or http:// addresses";
            }
        }
        if (change.serviceLevels() != null) {
            for (Map.Entry<String, String> level : change.serviceLevels().entrySet()) {
                if (!List.of("P1", "P2", "P3", "P4").contains(level.getKey())) {
                    return "serviceLevels: keys are P1 to P4 (P5 has none)";
                }
                try {
                    Duration d = duration(level.getValue());
                    if (d != null && (d.isNegative() || d.isZero())) {
                        return "serviceLevels." + level.getKey() + " must be a positive duration";
                    }
                } catch (DateTimeParseException e) {
                    return "serviceLevels." + level.getKey() + " must be an ISO-8601 duration such as PT10M, or null";
                }
            }
        }
        if (change.retentionDays() != null && (change.retentionDays() < 0 || change.retentionDays() > 3650)) {
            return "retentionDays must be between 1 and 3650, or 0 for the default";
        }
        if (change.languages() == null || change.languages().isEmpty()
                || !Set.of("en", "es").containsAll(change.languages())) {
            return "languages must list \"en\" and/or \"es\"";
        }
        return null;
    }

    /** P1 to P4 as ISO-8601 durations; "default" where the practice keeps the default. */
    public static Map<String, String> serviceLevels(Practice p) {
        Map<String, String> levels = new LinkedHashMap<>();
        Duration[] own = {p.slaP1, p.slaP2, p.slaP3, p.slaP4};
        for (int i = 0; i < own.length; i++) {
            levels.put("P" + (i + 1), own[i] == null ? "default" : own[i].toString());
        }
        return levels;
    }

    /** Null or "default" keeps the default. */
    private static Duration duration(String value) {
        return value == null || value.isBlank() || "default".equals(value) ? null : Duration.parse(value);
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response notFound(long id) {
        return Problem.response(Response.Status.NOT_FOUND, "no practice " + id);
    }
}
