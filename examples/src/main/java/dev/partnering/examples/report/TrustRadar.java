package dev.partnering.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.partnering.party.PartyKind;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.TrustReport;

/**
 * A trust survey as an SVG radar: one axis per dimension (0 at the centre, 100 at the rim), one
 * shape per side, and the perception gap written at each axis (in red above the threshold).
 */
final class TrustRadar {

    static final int WIDTH = 366;
    static final int HEIGHT = 318;
    private static final double CX = 183;
    private static final double CY = 170;
    private static final double R = 88;

    private TrustRadar() {
    }

    static String svg(TrustReport report) {
        List<DimensionTrust> dims = report.dimensions();
        int n = dims.size();
        String date = report.assessmentDate().toString();
        Svg svg = new Svg().open("radar", date, WIDTH, HEIGHT, "Trust radar " + date + ": customer and supplier side per dimension");
        svg.text(10, 18, "start", "chart-title", "Survey " + date + " · index "
                + report.trustIndex().map(Format::fixed2).orElse("n/a") + " · "
                + report.balance().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        for (int ring : new int[] {25, 50, 75, 100}) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = x(i, n, ring);
                ys[i] = y(i, n, ring);
            }
            svg.polygon(xs, ys, "ring");
            double a = angle(0, n) + Math.PI / n;
            svg.text(CX + Math.cos(a) * ring / 100 * R + 2, CY + Math.sin(a) * ring / 100 * R, "start", "axis ring-label",
                    String.valueOf(ring));
        }
        BigDecimal threshold = report.policy().balanceThreshold();
        for (int i = 0; i < n; i++) {
            svg.line(CX, CY, x(i, n, 100), y(i, n, 100), "spoke");
            DimensionTrust d = dims.get(i);
            boolean top = Math.abs(x(i, n, 100) - CX) < 8;
            double lx = x(i, n, top ? 120 : 115);
            double ly = y(i, n, 120) + (top ? -12 : 0);
            String anchor = Math.abs(lx - CX) < 8 ? "middle" : lx > CX ? "start" : "end";
            svg.text(lx, ly, anchor, "dimension-label", d.dimension().name());
            Optional<BigDecimal> gap = d.perceptionGap();
            svg.text(lx, ly + 13, anchor, gap.filter(g -> g.compareTo(threshold) > 0).isPresent() ? "gap gap-high" : "gap",
                    gap.map(g -> "gap " + Format.decimal(g, 1)).orElse("gap n/a"));
        }
        side(svg, dims, PartyKind.CUSTOMER, "side-customer");
        side(svg, dims, PartyKind.SUPPLIER, "side-supplier");
        svg.rect(12, HEIGHT - 22, 10, 10, "legend side-customer", null);
        svg.text(26, HEIGHT - 13, "start", "legend-label", "Customer side " + report.trustIndex(PartyKind.CUSTOMER)
                .map(Format::fixed2).orElse("n/a"));
        svg.rect(WIDTH / 2.0 + 10, HEIGHT - 22, 10, 10, "legend side-supplier", null);
        svg.text(WIDTH / 2.0 + 24, HEIGHT - 13, "start", "legend-label", "Supplier side " + report.trustIndex(PartyKind.SUPPLIER)
                .map(Format::fixed2).orElse("n/a"));
        return svg.close().toString();
    }

    private static void side(Svg svg, List<DimensionTrust> dims, PartyKind side, String cls) {
        int n = dims.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        boolean complete = true;
        for (int i = 0; i < n; i++) {
            Optional<BigDecimal> s = dims.get(i).side(side).score();
            complete &= s.isPresent();
            double v = s.map(BigDecimal::doubleValue).orElse(0.0);
            xs[i] = x(i, n, v);
            ys[i] = y(i, n, v);
        }
        if (complete) {
            svg.polygon(xs, ys, "area " + cls);
        }
        String who = side == PartyKind.CUSTOMER ? "customer side" : "supplier side";
        for (int i = 0; i < n; i++) {
            Optional<BigDecimal> s = dims.get(i).side(side).score();
            String tip = dims.get(i).dimension().name() + ", " + who + ": " + s.map(Format::fixed2).orElse("suppressed or no answers");
            if (s.isPresent()) {
                svg.circle(xs[i], ys[i], 3, "point " + cls, tip);
            }
        }
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double x(int i, int n, double value) {
        return CX + Math.cos(angle(i, n)) * value / 100 * R;
    }

    private static double y(int i, int n, double value) {
        return CY + Math.sin(angle(i, n)) * value / 100 * R;
    }
}
