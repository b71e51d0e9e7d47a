package health.commenttriage.web;

import health.commenttriage.ingest.ProblemException;
import health.commenttriage.reports.Csv;
import health.commenttriage.reports.ReportRange;
import health.commenttriage.reports.Reports;
import health.commenttriage.reports.ReportsResource;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reports for supervisors as charts drawn on the server, and each report's CSV for the logged-in
 * browser (the API takes HTTP Basic only, so a link to it would not download).
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SUPERVISOR)
public class ReportsPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance reports(String from, String to, List<ReportCharts.Chart> charts,
                String error);
    }

    private final Reports reports;
    private final StaffMember member;
    private final ZoneId zone;

    public ReportsPage(Reports reports, StaffMember member,
            @ConfigProperty(name = "triage.practice.time-zone") String timeZone) {
        this.reports = reports;
        this.member = member;
        this.zone = ZoneId.of(timeZone);
    }

    @GET
    @Operation(hidden = true)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        ReportRange range;
        String error = null;
        try {
            range = ReportRange.parse(from, to, zone);
        } catch (ProblemException e) {
            error = e.getMessage();
            range = ReportRange.parse(null, null, zone);
        }
        List<Long> practices = member.practiceIds();
        List<ReportCharts.Chart> charts = List.of(
                ReportCharts.labelsPerDay(range, reports.labelsPerDay(range, practices)),
                ReportCharts.responseTimes(range, reports.responseTimes(range, practices)),
                ReportCharts.slaBreaches(range, reports.slaBreaches(range, false, practices)),
                ReportCharts.draftEdits(range, reports.draftEdits(range, practices)),
                ReportCharts.relabelRate(range, reports.relabelRate(range, practices)));
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.reports(range.from().toString(), range.to().toString(), charts, error)).build();
    }

    @GET
    @Path("{name}.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response csv(@PathParam("name") String name, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("by") String by) {
        Reports.Kind kind = Reports.Kind.of(name);
        if (kind == null) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN)
                    .entity("No such report.").build();
        }
        ReportRange range = ReportRange.parse(from, to, zone);
        return ReportsResource.csvResponse(kind, range,
                reports.rows(kind, range, ReportsResource.byDay(by), member.practiceIds()));
    }
}
