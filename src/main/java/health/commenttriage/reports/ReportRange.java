package health.commenttriage.reports;

import health.commenttriage.ingest.ProblemException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, as dates in each practice's own time zone: by default the
 * last 30 days, at most 366.
 */
public record ReportRange(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /** The range the parameters name, or a 400 naming the parameter that is wrong. */
    public static ReportRange parse(String from, String to, ZoneId zone) {
        LocalDate end = date("to", to);
        if (end == null) {
            end = LocalDate.now(zone);
        }
        LocalDate start = date("from", from);
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new ProblemException(Response.Status.BAD_REQUEST,
                    "from must be at most " + MAX_DAYS + " days before to (both included)");
        }
        return new ReportRange(start, end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, name + " must be an ISO date, e.g. 2026-01-31");
        }
    }
}
