package health.commenttriage.web;

import health.commenttriage.reports.ReportRange;
import health.commenttriage.reports.Reports;
import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The five reports as pictures: a chart, its legend, a summary in words and where its CSV is. */
final class ReportCharts {

    /** A legend entry: the series' name and CSS class (the same class colours its bars). */
    public record Legend(String name, String cssClass) {
    }

    public record Chart(String id, String heading, String about, RawString svg, List<Legend> legend, String summary,
            String csvHref) {
    }

    private static final DoubleFunction<String> COUNT = v -> String.valueOf(Math.round(v));
    private static final DoubleFunction<String> PERCENT = v -> Math.round(v) + "%";
    private static final UnaryOperator<String> SAME = c -> c;
    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");

    private ReportCharts() {
    }

    static String csvHref(Reports.Kind kind, ReportRange range) {
        return "/reports/" + kind.slug + ".csv?from=" + range.from() + "&to=" + range.to();
    }

    static Chart labelsPerDay(ReportRange range, List<Reports.LabelDay> rows) {
        List<String> days = new ArrayList<>();
        for (var day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        List<String> labels = new ArrayList<>(PageGlobals.labels);
        rows.stream().map(Reports.LabelDay::label).distinct().filter(l -> !labels.contains(l)).forEach(labels::add);
        Map<String, Long> totals = new LinkedHashMap<>();
        List<SvgChart.Series> series = new ArrayList<>();
        List<Legend> legend = new ArrayList<>();
        for (String label : labels) {
            double[] values = new double[days.size()];
            long total = 0;
            for (Reports.LabelDay row : rows) {
                int at = days.indexOf(row.day());
                if (row.label().equals(label) && at >= 0) {
                    values[at] += row.items();
                    total += row.items();
                }
            }
            if (total > 0) {
                String css = labelClass(label);
                series.add(new SvgChart.Series(words(label), css, values));
                legend.add(new Legend(words(label), css));
                totals.put(label, total);
            }
        }
        String summary = totals.isEmpty() ? "No labelled items arrived in this period."
                : "Labels given from " + range.from() + " to " + range.to() + ", most often first: "
                        + totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                                .map(e -> words(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))
                        + ". An item with two labels counts under both.";
        String svg = SvgChart.columns("chart-labels", "Items per label per day",
                "Stacked columns, one per day, split by label. " + summary, days, series, true, true,
                d -> d.substring(5), COUNT);
        return new Chart("labels-per-day", "Messages per label per day",
                "Items that arrived each day, by the labels they carry now.", new RawString(svg), legend, summary,
                csvHref(Reports.Kind.LABELS_PER_DAY, range));
    }

    static Chart responseTimes(ReportRange range, List<Reports.ResponseTime> rows) {
        double slowest = rows.stream().map(Reports.ResponseTime::p90Seconds).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double unit = slowest >= 2 * 3600 ? 3600 : slowest >= 120 ? 60 : 1;
        String unitName = unit == 3600 ? "h" : unit == 60 ? "min" : "s";
        double[] median = new double[rows.size()];
        double[] p90 = new double[rows.size()];
        List<String> categories = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Reports.ResponseTime row = rows.get(i);
            categories.add(row.priority());
            median[i] = row.medianSeconds() == null ? 0 : row.medianSeconds() / unit;
            p90[i] = row.p90Seconds() == null ? 0 : row.p90Seconds() / unit;
            if (row.answered() > 0) {
                parts.add(row.priority() + ": half within " + duration(row.medianSeconds()) + ", 90% within "
                        + duration(row.p90Seconds()) + " (" + row.answered() + " answered)");
            }
        }
        String summary = parts.isEmpty() ? "No replies were sent to items that arrived in this period."
                : "Time from arrival to the reply: " + String.join("; ", parts) + ".";
        DoubleFunction<String> format = v -> trim(v) + " " + unitName;
        String svg = SvgChart.columns("chart-response", "Time to first response per priority",
                "Columns per priority: the median and the 90th percentile. " + summary, categories,
                List.of(new SvgChart.Series("median", "chart-median", median),
                        new SvgChart.Series("90th percentile", "chart-p90", p90)),
                false, false, SAME, format);
        return new Chart("response-times", "Time to first response",
                "From a message's arrival to the reply being sent, per priority.", new RawString(svg),
                List.of(new Legend("median", "chart-median"), new Legend("90th percentile", "chart-p90")), summary,
                csvHref(Reports.Kind.RESPONSE_TIMES, range));
    }

    static Chart slaBreaches(ReportRange range, List<Reports.SlaBreach> rows) {
        double[] late = new double[PRIORITIES.size()];
        double[] open = new double[PRIORITIES.size()];
        long withDue = 0;
        List<String> parts = new ArrayList<>();
        for (Reports.SlaBreach row : rows) {
            int at = PRIORITIES.indexOf(row.priority());
            late[at] += row.answeredLate();
            open[at] += row.openLate();
            withDue += row.withDueTime();
            if (row.breaches() > 0) {
                parts.add(row.priority() + " " + row.breaches() + " of " + row.withDueTime());
            }
        }
        long answeredLate = Math.round(java.util.Arrays.stream(late).sum());
        long openLate = Math.round(java.util.Arrays.stream(open).sum());
        String summary = withDue == 0 ? "No item with a due time arrived in this period."
                : (answeredLate + openLate) + " of " + withDue + " items with a due time missed it: " + answeredLate
                        + " answered late, " + openLate + " still open past due."
                        + (parts.isEmpty() ? "" : " Per priority: " + String.join(", ", parts) + ".");
        String svg = SvgChart.columns("chart-sla", "Missed due times per priority",
                "Stacked columns per priority: answered late and still open past due. " + summary, PRIORITIES,
                List.of(new SvgChart.Series("answered late", "chart-late", late),
                        new SvgChart.Series("open past due", "chart-open-late", open)),
                true, true, SAME, COUNT);
        return new Chart("sla-breaches", "Service-level breaches",
                "Items answered after their due time, or still open past it (P5 has no due time).",
                new RawString(svg), List.of(new Legend("answered late", "chart-late"),
                        new Legend("open past due", "chart-open-late")),
                summary, csvHref(Reports.Kind.SLA_BREACHES, range));
    }

    static Chart draftEdits(ReportRange range, List<Reports.DraftEdits> rows) {
        List<String> categories = new ArrayList<>();
        double[] unedited = new double[rows.size()];
        double[] edited = new double[rows.size()];
        Reports.DraftEdits all = null;
        for (int i = 0; i < rows.size(); i++) {
            Reports.DraftEdits row = rows.get(i);
            categories.add(row.priority());
            unedited[i] = row.unedited();
            edited[i] = row.edited();
            if (row.priority().equals("all")) {
                all = row;
            }
        }
        String summary = all == null || all.sent() == 0 ? "No replies were sent to items that arrived in this period."
                : "Of " + all.sent() + " replies sent, " + all.unedited() + " went as drafted"
                        + (all.uneditedShare() == null ? "" : " (" + Math.round(all.uneditedShare() * 100) + "%)")
                        + " and " + all.edited() + " were edited first"
                        + (all.unknown() > 0 ? "; " + all.unknown() + " were not recorded" : "") + ".";
        String svg = SvgChart.columns("chart-drafts", "Replies sent as drafted or edited, per priority",
                "Stacked columns per priority and for all: sent as drafted and edited first. " + summary, categories,
                List.of(new SvgChart.Series("as drafted", "chart-unedited", unedited),
                        new SvgChart.Series("edited", "chart-edited", edited)),
                true, true, SAME, COUNT);
        return new Chart("draft-edits", "Drafts sent as they were",
                "How often staff sent a suggested draft unchanged.", new RawString(svg),
                List.of(new Legend("as drafted", "chart-unedited"), new Legend("edited", "chart-edited")), summary,
                csvHref(Reports.Kind.DRAFT_EDITS, range));
    }

    static Chart relabelRate(ReportRange range, List<Reports.Relabel> rows) {
        List<Reports.Relabel> given = rows.stream().filter(r -> r.items() > 0)
                .sorted(Comparator.comparing((Reports.Relabel r) -> r.relabelledShare()).reversed()
                        .thenComparing(Reports.Relabel::label))
                .toList();
        List<String> categories = given.stream().map(r -> words(r.label())).toList();
        double[] share = given.stream().mapToDouble(r -> r.relabelledShare() * 100).toArray();
        List<Reports.Relabel> changed = given.stream().filter(r -> r.relabelled() > 0).toList();
        String summary = given.isEmpty() ? "No labelled items arrived in this period."
                : changed.isEmpty() ? "Staff changed no labels the classifier gave in this period."
                        : "Staff changed the labels most often on items labelled "
                                + changed.stream().limit(3).map(r -> words(r.label()) + " ("
                                        + Math.round(r.relabelledShare() * 100) + "% of " + r.items() + ")")
                                        .collect(Collectors.joining(", "))
                                + ".";
        String svg = SvgChart.columns("chart-relabel", "Share of items relabelled by staff, per label",
                "Columns per label the classifier gave, highest first. " + summary, categories,
                List.of(new SvgChart.Series("relabelled", "chart-relabelled", share)), false, false, SAME,
                PERCENT);
        return new Chart("relabel-rate", "Where the classifier is corrected",
                "Per label the classifier gave, the share of those items whose labels staff changed.",
                new RawString(svg), List.of(new Legend("relabelled", "chart-relabelled")), summary,
                csvHref(Reports.Kind.RELABEL_RATE, range));
    }

    /** {@code GENERAL_INQUIRY} reads "general inquiry". */
    static String words(String label) {
        return label.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String labelClass(String label) {
        int at = PageGlobals.labels.indexOf(label);
        return at >= 0 ? "chart-label-" + label : "chart-s" + (Math.abs(label.hashCode()) % 4);
    }

    static String duration(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        if (seconds < 120) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 2 * 3600) {
            return trim(seconds / 60) + " min";
        }
        if (seconds < 2 * 86400) {
            return trim(seconds / 3600) + " h";
        }
        return trim(seconds / 86400) + " days";
    }

    private static String trim(double value) {
        return value >= 10 || value == Math.rint(value) ? String.valueOf(Math.round(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
