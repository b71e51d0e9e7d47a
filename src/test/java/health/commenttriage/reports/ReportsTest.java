package health.commenttriage.reports;

import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.queue.TestItems;
import health.commenttriage.queue.TriageItem;
import health.commenttriage.user.Roles;
import health.commenttriage.web.PageSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reports count what staff did: items made through the webhook, worked through the API, and each
 * report's numbers compared before and after (other tests share the database).
 */
@QuarkusTest
class ReportsTest {

    static final String SUPERVISOR = "reports-supervisor";
    static final String STAFF = "reports-staff";
    static final String SAFE_REPLY = "Thanks for reaching out. Please call our office at (555) 010-0100 so we can help you privately.";

    /** Today in every time zone a practice may have. */
    static final String FROM = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    static final String TO = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    @Inject
    InboxWorker worker;

    @BeforeEach
    void users() {
        user(SUPERVISOR, Roles.SUPERVISOR);
        user(STAFF, Roles.STAFF);
    }

    @Test
    void eachReportCountsWhatStaffDid() {
        Snapshot before = Snapshot.take();

        // sent as drafted, after its due time
        long drafted = TestItems.comment(worker, "do you take medicaid");
        JsonPath item = asAdmin().get("/api/v1/items/" + drafted).then().statusCode(200).extract().jsonPath();
        assertThat(item.getList("labels", String.class)).containsExactly("GENERAL_INQUIRY");
        assertThat(item.getString("priority")).isEqualTo("P4");
        as(STAFF).post("/api/v1/items/" + drafted + "/claim").then().statusCode(200);
        as(STAFF).contentType("application/json").body(Map.of("text", item.getString("drafts[0].text")))
                .post("/api/v1/items/" + drafted + "/sent").then().statusCode(200);
        sql("UPDATE triage_item SET due_at = created_at WHERE id = " + drafted);

        // sent edited, in time
        long edited = TestItems.comment(worker, "do you take medicaid");
        as(STAFF).post("/api/v1/items/" + edited + "/claim").then().statusCode(200);
        as(STAFF).contentType("application/json").body(Map.of("text", SAFE_REPLY))
                .post("/api/v1/items/" + edited + "/sent").then().statusCode(200);

        // relabelled a complaint (P3), still open past its due time
        long relabelled = TestItems.comment(worker, "do you take medicaid");
        long version = asAdmin().get("/api/v1/items/" + relabelled).then().extract().jsonPath().getLong("version");
        as(STAFF).contentType("application/json").body(Map.of("labels", List.of("COMPLAINT"), "version", version))
                .put("/api/v1/items/" + relabelled + "/labels").then().statusCode(200);
        sql("UPDATE triage_item SET due_at = now() - INTERVAL '1 minute' WHERE id = " + relabelled);

        Snapshot after = Snapshot.take();

        // labels per day: the labels items carry now
        assertThat(after.labelItems("GENERAL_INQUIRY") - before.labelItems("GENERAL_INQUIRY")).isEqualTo(2);
        assertThat(after.labelItems("COMPLAINT") - before.labelItems("COMPLAINT")).isEqualTo(1);

        // response times: two answered P4 items, each with a median and 90th percentile
        assertThat(after.answered("P4") - before.answered("P4")).isEqualTo(2);
        JsonPath times = after.reports.get("response-times");
        assertThat(times.getList("rows.priority")).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertThat(times.getDouble("rows.find { it.priority == 'P4' }.medianSeconds")).isGreaterThanOrEqualTo(0);
        assertThat(times.getDouble("rows.find { it.priority == 'P4' }.p90Seconds"))
                .isGreaterThanOrEqualTo(times.getDouble("rows.find { it.priority == 'P4' }.medianSeconds"));

        // SLA: one P4 answered late, one P3 open past due
        assertThat(after.sla("P4", "answeredLate") - before.sla("P4", "answeredLate")).isEqualTo(1);
        assertThat(after.sla("P4", "withDueTime") - before.sla("P4", "withDueTime")).isEqualTo(2);
        assertThat(after.sla("P3", "openLate") - before.sla("P3", "openLate")).isEqualTo(1);
        assertThat(after.sla("P3", "breaches") - before.sla("P3", "breaches")).isEqualTo(1);

        // draft edits: one of each, in P4 and in all
        for (String priority : List.of("P4", "all")) {
            assertThat(after.drafts(priority, "sent") - before.drafts(priority, "sent")).isEqualTo(2);
            assertThat(after.drafts(priority, "unedited") - before.drafts(priority, "unedited")).isEqualTo(1);
            assertThat(after.drafts(priority, "edited") - before.drafts(priority, "edited")).isEqualTo(1);
        }

        // relabel rate: three items the classifier called general inquiries, one of them relabelled
        assertThat(after.relabel("GENERAL_INQUIRY", "items") - before.relabel("GENERAL_INQUIRY", "items")).isEqualTo(3);
        assertThat(after.relabel("GENERAL_INQUIRY", "relabelled") - before.relabel("GENERAL_INQUIRY", "relabelled"))
                .isEqualTo(1);
        assertThat(after.relabel("GENERAL_INQUIRY", "removed") - before.relabel("GENERAL_INQUIRY", "removed"))
                .isEqualTo(1);
        assertThat(after.relabel("COMPLAINT", "added") - before.relabel("COMPLAINT", "added")).isEqualTo(1);
        assertThat(after.reports.get("relabel-rate").getDouble("rows.find { it.label == 'GENERAL_INQUIRY' }.relabelledShare"))
                .isBetween(0.0, 1.0);

        // per day, the breaches are dated
        JsonPath byDay = report("sla-breaches").queryParam("by", "day").get("/api/v1/reports/sla-breaches").then()
                .statusCode(200).extract().jsonPath();
        assertThat(byDay.getList("rows.day", String.class)).isNotEmpty().allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(byDay.getList("rows.findAll { it.priority == 'P3' }.openLate", Integer.class).stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo((int) after.sla("P3", "openLate"));
    }

    /**
     * A day is the practice's own: an item from the first and one from the last minutes of a local day count on
     * that day in the furthest time zones (UTC+14 and UTC-11), and not on the days beside it.
     */
    @Test
    void aDayIsTheLocalDayOfEachPracticeAtBothEnds() {
        String day = "2020-03-10";
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            long practice = ((Number) QuarkusTransaction.requiringNew().call(() -> TriageItem.getEntityManager()
                    .createNativeQuery("INSERT INTO practice (slug, name, time_zone) VALUES (:slug, 'Far away', :zone)"
                            + " RETURNING id")
                    .setParameter("slug", "reports-" + zone.toLowerCase().replace('/', '-'))
                    .setParameter("zone", zone).getSingleResult())).longValue();
            for (String local : List.of(day + "T00:05", day + "T23:55")) {
                long item = TestItems.comment(worker, "do you take medicaid");
                java.time.Instant at = java.time.LocalDateTime.parse(local).atZone(java.time.ZoneId.of(zone)).toInstant();
                sql("UPDATE triage_item SET practice_id = " + practice + ", created_at = '" + at + "' WHERE id = " + item);
            }
        }
        assertThat(inquiries(day, day)).isEqualTo(4);
        assertThat(inquiries("2020-03-09", "2020-03-09")).isZero();
        assertThat(inquiries("2020-03-11", "2020-03-11")).isZero();
    }

    private static int inquiries(String from, String to) {
        return asAdmin().queryParam("from", from).queryParam("to", to).get("/api/v1/reports/labels-per-day").then()
                .statusCode(200).extract().jsonPath().getList("rows.findAll { it.label == 'GENERAL_INQUIRY' }.items",
                        Integer.class).stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void csvHasAHeaderRowAndIsADownload() {
        Map<String, String> headers = Map.of(
                "labels-per-day", "day,label,items",
                "response-times", "priority,answered,median_seconds,p90_seconds",
                "sla-breaches", "day,priority,with_due_time,answered_late,open_late,breaches",
                "draft-edits", "priority,sent,unedited,edited,unknown,unedited_share",
                "relabel-rate", "label,items,relabelled,relabelled_share,removed,added");
        TestItems.comment(worker, "do you take medicaid");
        for (Map.Entry<String, String> report : headers.entrySet()) {
            Response csv = report(report.getKey()).queryParam("format", "csv")
                    .get("/api/v1/reports/" + report.getKey());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"" + report.getKey() + "_" + FROM + "_" + TO + ".csv\"");
            String[] lines = csv.asString().split("\r\n");
            assertThat(lines[0]).isEqualTo(report.getValue());
            int columns = report.getValue().split(",", -1).length;
            assertThat(lines).hasSizeGreaterThan(1);
            for (String line : lines) {
                assertThat(line.split(",", -1)).hasSize(columns);
            }
        }
        String relabel = report("relabel-rate").queryParam("format", "csv").get("/api/v1/reports/relabel-rate").asString();
        assertThat(relabel).contains("\r\nGENERAL_INQUIRY,");
        String drafts = report("draft-edits").queryParam("format", "csv").get("/api/v1/reports/draft-edits").asString();
        assertThat(drafts.split("\r\n")).hasSize(7).anyMatch(l -> l.startsWith("all,"));
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("=HYPERLINK()")).isEqualTo("'=HYPERLINK()");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field(-1.5)).isEqualTo("-1.5");
    }

    @Test
    void badParametersAreNamedAndOnlySupervisorsMayRead() {
        as(SUPERVISOR).queryParam("from", "yesterday").get("/api/v1/reports/labels-per-day").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("from"));
        as(SUPERVISOR).queryParam("to", "2026-13-01").get("/api/v1/reports/response-times").then().statusCode(400)
                .body("detail", containsString("to"));
        as(SUPERVISOR).queryParam("from", "2026-03-02").queryParam("to", "2026-03-01")
                .get("/api/v1/reports/draft-edits").then().statusCode(400).body("detail", containsString("from"));
        as(SUPERVISOR).queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .get("/api/v1/reports/relabel-rate").then().statusCode(400).body("detail", containsString("366"));
        as(SUPERVISOR).queryParam("format", "xml").get("/api/v1/reports/sla-breaches").then().statusCode(400)
                .body("detail", containsString("format"));
        as(SUPERVISOR).queryParam("by", "week").get("/api/v1/reports/sla-breaches").then().statusCode(400)
                .body("detail", containsString("by"));
        // a full year is allowed, and the default is the last 30 days
        as(SUPERVISOR).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/api/v1/reports/labels-per-day").then().statusCode(200);
        JsonPath defaults = as(SUPERVISOR).get("/api/v1/reports/labels-per-day").then().statusCode(200).extract()
                .jsonPath();
        assertThat(LocalDate.parse(defaults.getString("from")).plusDays(29))
                .isEqualTo(LocalDate.parse(defaults.getString("to")));

        for (String report : List.of("labels-per-day", "response-times", "sla-breaches", "draft-edits", "relabel-rate")) {
            as(STAFF).get("/api/v1/reports/" + report).then().statusCode(403);
            given().get("/api/v1/reports/" + report).then().statusCode(401);
        }
    }

    @Test
    void thePageDrawsChartsAndDownloadsCsvForASupervisorSession() {
        TestItems.comment(worker, "do you take medicaid");
        PageSession supervisor = PageSession.login(SUPERVISOR);
        String page = supervisor.cookiesOnly().queryParam("from", FROM).queryParam("to", TO).get("/reports").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<svg").contains("role=\"img\"").contains("<title id=\"chart-labels-title\">")
                .contains("<rect class=\"chart-bar chart-label-GENERAL_INQUIRY\"")
                .contains("href=\"/reports/labels-per-day.csv?from=" + FROM + "&amp;to=" + TO + "\"")
                .contains("Download CSV").doesNotContain("style=\"").doesNotContain("<script>");
        for (String report : List.of("labels-per-day", "response-times", "sla-breaches", "draft-edits", "relabel-rate")) {
            assertThat(page).contains("/reports/" + report + ".csv");
        }

        Response csv = supervisor.cookiesOnly().queryParam("from", FROM).queryParam("to", TO)
                .get("/reports/labels-per-day.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"labels-per-day_");
        assertThat(csv.asString()).startsWith("day,label,items\r\n").contains(",GENERAL_INQUIRY,");
        supervisor.cookiesOnly().get("/reports/no-such-report.csv").then().statusCode(404);

        supervisor.cookiesOnly().queryParam("from", "soon").get("/reports").then().statusCode(400)
                .body(containsString("from must be an ISO date")).body(containsString("<svg"));

        PageSession staff = PageSession.login(STAFF);
        staff.cookiesOnly().get("/reports").then().statusCode(403);
        staff.cookiesOnly().get("/reports/labels-per-day.csv").then().statusCode(403);
        given().redirects().follow(false).get("/reports").then().statusCode(302);
    }

    private static RequestSpecification report(String name) {
        return as(SUPERVISOR).queryParam("from", FROM).queryParam("to", TO);
    }

    private static void sql(String update) {
        QuarkusTransaction.requiringNew().run(() -> TriageItem.getEntityManager().createNativeQuery(update)
                .executeUpdate());
    }

    /** Every report's JSON for the test's days. */
    record Snapshot(Map<String, JsonPath> reports) {

        static Snapshot take() {
            Map<String, JsonPath> reports = new java.util.HashMap<>();
            for (String name : List.of("labels-per-day", "response-times", "sla-breaches", "draft-edits", "relabel-rate")) {
                reports.put(name, report(name).get("/api/v1/reports/" + name).then().statusCode(200)
                        .contentType("application/json").extract().jsonPath());
            }
            return new Snapshot(reports);
        }

        long labelItems(String label) {
            return reports.get("labels-per-day").getList("rows.findAll { it.label == '" + label + "' }.items",
                    Long.class).stream().mapToLong(Long::longValue).sum();
        }

        long answered(String priority) {
            return reports.get("response-times").getLong("rows.find { it.priority == '" + priority + "' }.answered");
        }

        long sla(String priority, String field) {
            return reports.get("sla-breaches").getLong("rows.find { it.priority == '" + priority + "' }." + field);
        }

        long drafts(String priority, String field) {
            return reports.get("draft-edits").getLong("rows.find { it.priority == '" + priority + "' }." + field);
        }

        long relabel(String label, String field) {
            return reports.get("relabel-rate").getLong("rows.find { it.label == '" + label + "' }." + field);
        }
    }
}
