package dev.partnering.examples.report;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/**
 * The attainment of one KPI (or the score) over successive periods as an SVG line chart: target
 * (1) dashed, points coloured by status, gaps where the KPI was left out.
 */
final class TrendChart {

    static final int WIDTH = 340;
    static final int HEIGHT = 170;
    private static final double LEFT = 34;
    private static final double RIGHT = 14;
    private static final double TOP = 30;
    private static final double BOTTOM = 30;

    private TrendChart() {
    }

    /** One point: a period label, the value if counted, and the status class. */
    private record Point(ReportingPeriod period, Optional<BigDecimal> value, String cls, String tooltip) {
    }

    /** A short axis label: {@code Jan 26}, {@code Mar}, {@code Q1 26}, {@code 2026}. */
    static String label(ReportingPeriod p, boolean first) {
        String yy = String.format("%02d", p.year() % 100);
        switch (p.granularity()) {
            case MONTH:
                String m = p.firstMonth().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                return first || p.firstMonth().getMonthValue() == 1 ? m + " " + yy : m;
            case QUARTER:
                return "Q" + ((p.firstMonth().getMonthValue() + 2) / 3) + " " + yy;
            default:
                return String.valueOf(p.year());
        }
    }

    static String kpi(String kpiId, String name, List<Scorecard> scorecards) {
        List<Point> points = new ArrayList<>();
        for (Scorecard s : scorecards) {
            Optional<ScorecardLine> line = s.line(kpiId);
            if (line.isEmpty()) {
                points.add(new Point(s.period(), Optional.empty(), "gap", s.period() + ": no line"));
                continue;
            }
            ScorecardLine l = line.get();
            String unit = l.definition().map(d -> d.unit()).orElse("");
            String value = l.value().map(v -> ", value " + Format.kpiValue(v, unit)).orElse("");
            points.add(new Point(s.period(), l.attainment(), HtmlReport.statusClass(l.status()),
                    s.period() + ": " + Format.status(l.status()) + value + l.attainment()
                            .map(a -> ", attainment " + Format.decimal(a, 4)).orElse(", not counted")));
        }
        return chart("trend", kpiId, name, "Attainment of " + name + " per period", points);
    }

    static String score(List<Scorecard> scorecards) {
        List<Point> points = new ArrayList<>();
        for (Scorecard s : scorecards) {
            String cls = s.score().map(v -> v.compareTo(BigDecimal.ONE) >= 0 ? "met" : "below-target").orElse("gap");
            points.add(new Point(s.period(), s.score(), cls, s.period() + ": score "
                    + Format.decimal(s.score(), 4)));
        }
        return chart("trend", "score", "Score", "Scorecard score per period", points);
    }

    private static String chart(String kind, String key, String title, String label, List<Point> points) {
        double top = 1.2;
        for (Point p : points) {
            if (p.value.isPresent()) {
                top = Math.max(top, Math.ceil(p.value.get().doubleValue() * 5) / 5);
            }
        }
        double max = top;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = points.size();
        Svg svg = new Svg().open(kind, key, WIDTH, HEIGHT, label);
        svg.text(LEFT - 26, 16, "start", "chart-title", Format.fit(title, WIDTH - (LEFT - 26) - 10, 12.5));
        for (double g : new double[] {0, 0.5, 1.0, max}) {
            double y = TOP + plotH - g / max * plotH;
            svg.line(LEFT, y, LEFT + plotW, y, g == 1.0 ? "target" : "grid");
            svg.text(LEFT - 4, y + 3.5, "end", g == 1.0 ? "axis target-label" : "axis", Format.decimal(BigDecimal.valueOf(g), 1));
        }
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? LEFT + plotW / 2 : LEFT + 6 + i * (plotW - 12) / (n - 1);
        }
        // the line, broken where a period is left out
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (i < n && points.get(i).value.isPresent()) {
                run.add(i);
                continue;
            }
            if (run.size() > 1) {
                double[] rx = new double[run.size()];
                double[] ry = new double[run.size()];
                for (int k = 0; k < run.size(); k++) {
                    rx[k] = xs[run.get(k)];
                    ry[k] = y(points.get(run.get(k)).value.get(), max, plotH);
                }
                svg.polyline(rx, ry, "series");
            }
            run.clear();
        }
        int every = Math.max(1, (int) Math.ceil(n / 6.0));
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value.isPresent()) {
                svg.circle(xs[i], y(p.value.get(), max, plotH), 3.5, "point " + p.cls, p.tooltip);
            } else {
                svg.circle(xs[i], TOP + plotH, 3.5, "point gap", p.tooltip);
            }
            if ((n - 1 - i) % every == 0) { // counted back from the last period, which is always labelled
                svg.text(xs[i], HEIGHT - 10, "middle", "axis", label(p.period, i < every));
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (points.get(i).value.isPresent()) {
                double y = y(points.get(i).value.get(), max, plotH);
                svg.text(Math.min(xs[i], WIDTH - 18.0), y - 8, "middle", "value-label",
                        Format.decimal(points.get(i).value.get(), 2));
                break;
            }
        }
        return svg.close().toString();
    }

    private static double y(BigDecimal v, double max, double plotH) {
        return TOP + plotH - Math.min(v.doubleValue(), max) / max * plotH;
    }
}
