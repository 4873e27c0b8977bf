package dev.partnering.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.money.Money;

/**
 * The steps from the fee to the supplier's net payout over an incentive statement's periods:
 * fee → service credits → penalties → bonus/malus → gain share → (other components) → floor/cap →
 * net payout. Components are grouped by type; a step is shown when the scheme has such a
 * component, the floor/cap step only when it bit.
 *
 * @param fee  the fees of the periods summed, if every period has one
 * @param steps  the adjustments in order, label to amount
 * @param net  Σ net adjustments
 */
record Waterfall(Optional<Money> fee, Map<String, Money> steps, Money net) {

    static final String CREDITS = "Service credits";
    static final String PENALTIES = "Penalties";
    static final String BONUS_MALUS = "Bonus/malus";
    static final String GAIN_SHARE = "Gain share";
    static final String LIMIT = "Floor/cap";
    static final String FEE = "Fee";
    static final String NET = "Net payout";

    static Waterfall of(IncentiveStatement statement) {
        Map<String, Money> steps = new LinkedHashMap<>();
        Money zero = Money.zero(statement.totalNet().currency());
        for (String label : List.of(CREDITS, PENALTIES, BONUS_MALUS, GAIN_SHARE)) {
            if (statement.periods().stream().flatMap(p -> p.outcomes().stream()).anyMatch(o -> label(o).equals(label))) {
                steps.put(label, zero);
            }
        }
        Money fee = zero;
        boolean allFees = true;
        Money limit = zero;
        for (PeriodStatement p : statement.periods()) {
            for (ComponentOutcome o : p.outcomes()) {
                steps.merge(label(o), o.amount(), Money::plus);
            }
            limit = limit.plus(p.net().minus(p.gross()));
            allFees &= p.fee().isPresent();
            fee = p.fee().map(fee::plus).orElse(fee);
        }
        if (!limit.isZero()) {
            steps.put(LIMIT, limit);
        }
        return new Waterfall(allFees ? Optional.of(fee.rounded()) : Optional.empty(), steps, statement.totalNet());
    }

    static String label(ComponentOutcome o) {
        switch (o.type()) {
            case AtRiskPool.TYPE:
            case ServiceCreditTiers.TYPE:
                return CREDITS;
            case Penalty.TYPE:
                return PENALTIES;
            case BonusMalusCurve.TYPE:
                return BONUS_MALUS;
            case GainShare.TYPE:
                return GAIN_SHARE;
            default:
                return o.componentId();
        }
    }

    /** @return the supplier's payout after the adjustments, if the fee is known */
    Optional<Money> payout() {
        return fee.map(f -> f.plus(net));
    }

    String svg(String key) {
        int width = 100 + 104 * (steps.size() + 2);
        int height = 270;
        double left = 16;
        double top = 34;
        double plotH = height - top - 56;
        double barW = 64;
        double slot = 104;
        Money start = fee.orElse(Money.zero(net.currency()));
        List<Money> running = new ArrayList<>();
        Money total = start;
        running.add(total);
        for (Money m : steps.values()) {
            total = total.plus(m);
            running.add(total);
        }
        double lo = running.stream().mapToDouble(m -> m.amount().doubleValue()).min().orElse(0);
        double hi = running.stream().mapToDouble(m -> m.amount().doubleValue()).max().orElse(0);
        double pad = Math.max((hi - lo) * 0.25, Math.abs(hi) * 0.002 + 1);
        boolean broken = fee.isPresent() && lo - pad > 0;
        double min = broken ? lo - pad : Math.min(0, lo - pad);
        double max = hi + pad;
        Svg svg = new Svg().open("waterfall", key, width, height, "Incentive waterfall: fee, adjustments and net payout");
        svg.text(left, 18, "start", "chart-title", fee.isPresent() ? "From the fee to the net payout" : "Adjustments");
        double base = top + plotH;
        svg.line(left, base, width - 10, base, "grid");
        double x = left + 40;
        if (fee.isPresent()) {
            bar(svg, x, barW, start.amount().doubleValue(), broken ? min : 0, min, max, top, plotH, "total", FEE,
                    Format.compact(start).replace("+", ""), FEE + " " + Format.money(start));
            if (broken) {
                svg.path(breakMark(x, barW, base - 10), "axis-break");
            }
            x += slot;
        }
        Money level = start;
        for (Map.Entry<String, Money> e : steps.entrySet()) {
            Money next = level.plus(e.getValue());
            String cls = e.getValue().isNegative() ? "down" : e.getValue().isPositive() ? "up" : "zero";
            bar(svg, x, barW, level.amount().doubleValue(), next.amount().doubleValue(), min, max, top, plotH, cls,
                    e.getKey(), Format.compact(e.getValue()), e.getKey() + " " + Format.signed(e.getValue()));
            svg.line(x + barW, py(next.amount().doubleValue(), min, max, top, plotH), x + slot,
                    py(next.amount().doubleValue(), min, max, top, plotH), "connector");
            level = next;
            x += slot;
        }
        if (fee.isPresent()) {
            bar(svg, x, barW, level.amount().doubleValue(), broken ? min : 0, min, max, top, plotH, "total", NET,
                    Format.compact(level).replace("+", ""), NET + " " + Format.money(level));
            if (broken) {
                svg.path(breakMark(x, barW, base - 10), "axis-break");
            }
        } else {
            bar(svg, x, barW, 0, level.amount().doubleValue(), min, max, top, plotH, net.isNegative() ? "down" : "up",
                    "Net", Format.compact(net), "Net adjustment " + Format.signed(net));
        }
        if (broken) {
            svg.text(width - 10, height - 6, "end", "axis", "axis starts at " + Format.compact(
                    Money.of(java.math.BigDecimal.valueOf(Math.floor(min)), net.currency())).replace("+", ""));
        }
        return svg.close().toString();
    }

    private static void bar(Svg svg, double x, double w, double from, double to, double min, double max, double top,
            double plotH, String cls, String label, String value, String tooltip) {
        double y1 = py(Math.max(from, to), min, max, top, plotH);
        double y2 = py(Math.min(from, to), min, max, top, plotH);
        svg.rect(x, y1, w, y2 - y1, "bar " + cls, tooltip);
        svg.text(x + w / 2, y1 - 5, "middle", "value-label", value);
        svg.text(x + w / 2, top + plotH + 16, "middle", "bar-label", label);
    }

    private static double py(double v, double min, double max, double top, double plotH) {
        return top + plotH - (Math.max(v, min) - min) / (max - min) * plotH;
    }

    private static String breakMark(double x, double w, double y) {
        return "M" + Svg.n(x - 3) + "," + Svg.n(y + 3) + " l" + Svg.n(w / 4 + 3) + ",-6 l" + Svg.n(w / 4) + ",6 l"
                + Svg.n(w / 4) + ",-6 l" + Svg.n(w / 4 + 3) + ",6";
    }
}
