package health.commenttriage.web;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Column charts as inline SVG, drawn on the server: stacked or side by side, scaled by their viewBox,
 * coloured by CSS classes ({@code chart-s0} ...), each bar with a tooltip title, the chart itself with a
 * title and description that screen readers announce. No script, no inline style.
 */
public final class SvgChart {

    /** One series: its name (legend and tooltips), CSS class and a value per category. */
    public record Series(String name, String cssClass, double[] values) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 44;
    private static final int MAX_TICK_LABELS = 12;

    private SvgChart() {
    }

    /**
     * The chart's markup.
     *
     * @param id unique on the page, for the title and description ids
     * @param counts whether the values are whole numbers (the axis then steps by whole numbers)
     * @param tick how a category reads under its column (dates shortened, for example)
     * @param format how a value reads on the axis and in tooltips
     */
    public static String columns(String id, String title, String description, List<String> categories,
            List<Series> series, boolean stacked, boolean counts, UnaryOperator<String> tick,
            DoubleFunction<String> format) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" preserveAspectRatio=\"xMidYMid meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            double sum = 0;
            for (Series s : series) {
                double v = Math.max(0, s.values()[c]);
                sum = stacked ? sum + v : Math.max(sum, v);
            }
            max = Math.max(max, sum);
        }
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        if (categories.isEmpty() || max <= 0) {
            svg.append("<line class=\"chart-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(baseline)
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(baseline).append("\"/>");
            svg.append("<text class=\"chart-empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">No data in this period</text></svg>");
            return svg.toString();
        }
        double top = 4 * step(max / 4, counts);
        for (int g = 0; g <= 4; g++) {
            double value = top * g / 4;
            double y = baseline - plotHeight * g / 4.0;
            svg.append("<line class=\"").append(g == 0 ? "chart-axis" : "chart-grid").append("\" x1=\"").append(LEFT)
                    .append("\" y1=\"").append(num(y)).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"")
                    .append(num(y)).append("\"/>");
            svg.append("<text class=\"chart-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(format.apply(value))).append("</text>");
        }
        double band = (double) plotWidth / categories.size();
        double groupWidth = Math.max(1, band * 0.72);
        int every = (int) Math.ceil(categories.size() / (double) MAX_TICK_LABELS);
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c);
            double groupX = LEFT + band * c + (band - groupWidth) / 2;
            double stackTop = baseline;
            svg.append("<g class=\"chart-column\">");
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                double value = Math.max(0, one.values()[c]);
                double height = plotHeight * value / top;
                double x;
                double width;
                double y;
                if (stacked) {
                    x = groupX;
                    width = groupWidth;
                    y = stackTop - height;
                    stackTop = y;
                } else {
                    width = groupWidth / series.size();
                    x = groupX + width * s;
                    y = baseline - height;
                }
                if (value <= 0) {
                    continue;
                }
                svg.append("<rect class=\"chart-bar ").append(escape(one.cssClass())).append("\" x=\"").append(num(x))
                        .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(width))
                        .append("\" height=\"").append(num(Math.max(height, 0.5))).append("\"><title>")
                        .append(escape(category + " · " + one.name() + ": " + format.apply(value)))
                        .append("</title></rect>");
            }
            svg.append("</g>");
            if (c % every == 0) {
                svg.append("<text class=\"chart-tick\" x=\"").append(num(LEFT + band * c + band / 2))
                        .append("\" y=\"").append(baseline + 18).append("\" text-anchor=\"middle\">")
                        .append(escape(tick.apply(category))).append("</text>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The axis's step: 1, 2, 2.5 (not for counts) or 5 times a power of ten, at least the value. */
    static double step(double value, boolean counts) {
        if (counts && value <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : counts && power < 10 ? new double[] { 1, 2, 5, 10 } : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
