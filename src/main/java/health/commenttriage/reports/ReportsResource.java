package health.commenttriage.reports;

import health.commenttriage.ingest.ProblemException;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The supervisor reports over HTTP: JSON by default, CSV with {@code format=csv}. Each covers the items
 * that arrived from {@code from} to {@code to} (ISO dates, both included; by default the last 30 days).
 */
@Path("/api/v1/reports")
@RolesAllowed(Roles.SUPERVISOR)
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
public class ReportsResource {

    /** A report as JSON: the range it covers and its rows. */
    public record Report(String report, LocalDate from, LocalDate to, List<? extends Record> rows) {
    }

    private final Reports reports;
    private final StaffMember member;
    private final ZoneId zone;

    public ReportsResource(Reports reports, StaffMember member,
            @ConfigProperty(name = "triage.practice.time-zone") String timeZone) {
        this.reports = reports;
        this.member = member;
        this.zone = ZoneId.of(timeZone);
    }

    @GET
    @Path("labels-per-day")
    @Operation(summary = "Items per label per day (an item with two labels counts under both)")
    @APIResponse(responseCode = "200", description = "rows of day, label, items")
    @APIResponse(responseCode = "400", description = "from, to or format is not valid")
    public Response labelsPerDay(@QueryParam("from") @Parameter(description = "first day, ISO date") String from,
            @QueryParam("to") @Parameter(description = "last day, ISO date") String to,
            @QueryParam("format") @Parameter(description = "json (default) or csv") String format) {
        return answer(Reports.Kind.LABELS_PER_DAY, from, to, format, null);
    }

    @GET
    @Path("response-times")
    @Operation(summary = "Median and 90th percentile of the time to the first reply, in seconds, per priority")
    @APIResponse(responseCode = "200", description = "a row per priority")
    @APIResponse(responseCode = "400", description = "from, to or format is not valid")
    public Response responseTimes(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        return answer(Reports.Kind.RESPONSE_TIMES, from, to, format, null);
    }

    @GET
    @Path("sla-breaches")
    @Operation(summary = "Items answered after their due time or still open past it, per priority, in total or per day")
    @APIResponse(responseCode = "200", description = "a row per priority (and day with by=day)")
    @APIResponse(responseCode = "400", description = "from, to, by or format is not valid")
    public Response slaBreaches(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") @Parameter(description = "total (default) or day") String by,
            @QueryParam("format") String format) {
        return answer(Reports.Kind.SLA_BREACHES, from, to, format, by);
    }

    @GET
    @Path("draft-edits")
    @Operation(summary = "Sent replies sent as drafted versus edited first, per priority and in total")
    @APIResponse(responseCode = "200", description = "a row per priority and one named all")
    @APIResponse(responseCode = "400", description = "from, to or format is not valid")
    public Response draftEdits(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        return answer(Reports.Kind.DRAFT_EDITS, from, to, format, null);
    }

    @GET
    @Path("relabel-rate")
    @Operation(summary = "Per label, the share of items the classifier gave it whose labels staff changed")
    @APIResponse(responseCode = "200", description = "a row per label")
    @APIResponse(responseCode = "400", description = "from, to or format is not valid")
    public Response relabelRate(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        return answer(Reports.Kind.RELABEL_RATE, from, to, format, null);
    }

    private Response answer(Reports.Kind kind, String from, String to, String format, String by) {
        boolean csv = csv(format);
        ReportRange range = ReportRange.parse(from, to, zone);
        List<? extends Record> rows = reports.rows(kind, range, byDay(by), member.practiceIds());
        if (csv) {
            return csvResponse(kind, range, rows);
        }
        return Response.ok(new Report(kind.slug, range.from(), range.to(), rows), MediaType.APPLICATION_JSON).build();
    }

    /** The rows as a CSV download, named after the report and its range. */
    public static Response csvResponse(Reports.Kind kind, ReportRange range, List<? extends Record> rows) {
        return Response.ok(Csv.of(kind.rowType, rows), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(kind, range) + "\"").build();
    }

    public static String fileName(Reports.Kind kind, ReportRange range) {
        return kind.slug + "_" + range.from() + "_" + range.to() + ".csv";
    }

    private static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new ProblemException(Response.Status.BAD_REQUEST, "format must be json or csv");
    }

    /** Whether the SLA breaches go per day ({@code by=day}) or in total. */
    public static boolean byDay(String by) {
        if (by == null || by.isBlank() || by.equals("total")) {
            return false;
        }
        if (by.equals("day")) {
            return true;
        }
        throw new ProblemException(Response.Status.BAD_REQUEST, "by must be total or day");
    }
}
