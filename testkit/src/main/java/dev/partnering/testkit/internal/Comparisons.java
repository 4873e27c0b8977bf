package dev.partnering.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.Measurement;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;
import dev.partnering.testkit.PeriodInputs;

/**
 * Whether one period's inputs are no worse than another's in every respect, so that the
 * monotonicity invariant applies to them: per KPI the same kind of status and a period value no
 * worse in the KPI's direction; the same earlier measurements; per gain-share component savings at
 * least as high; per penalty no more counted events and no more units; the same fee.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /**
     * @param worse  the inputs before, not null
     * @param worseScorecard  their scorecard, not null
     * @param better  the inputs after, not null
     * @param betterScorecard  their scorecard, not null
     * @return why {@code better} is not an improvement on {@code worse}, empty if it is one
     */
    public static List<String> whyNotAnImprovement(PeriodInputs worse, Scorecard worseScorecard, PeriodInputs better,
            Scorecard betterScorecard) {
        List<String> why = new ArrayList<>();
        if (!worse.period().equals(better.period())) {
            why.add("the periods differ: " + worse.period() + " and " + better.period());
            return why;
        }
        if (!Inputs.sorted(earlier(worse)).equals(Inputs.sorted(earlier(better)))) {
            why.add("the measurements of other periods differ");
        }
        kpis(worseScorecard, betterScorecard, why);
        costs(worse, better, why);
        events(worse, better, why);
        if (!worse.fee().equals(better.fee())) {
            why.add("the fees differ: " + worse.fee() + " and " + better.fee());
        }
        return why;
    }

    private static List<Measurement> earlier(PeriodInputs in) {
        return in.measurements().stream().filter(m -> !m.period().equals(in.period())).toList();
    }

    private static void kpis(Scorecard w, Scorecard b, List<String> why) {
        for (ScorecardLine lw : w.lines()) {
            ScorecardLine lb = b.line(lw.kpiId()).orElseThrow();
            String cw = kind(lw);
            String cb = kind(lb);
            if (!cw.equals(cb)) {
                why.add("kpi '" + lw.kpiId() + "' is " + lw.status() + " in the worse inputs but " + lb.status() + " in the better ones");
            } else if (lw.value().isPresent() && lb.value().isPresent()) {
                Direction d = lw.definition().map(k -> k.direction()).orElse(Direction.HIGHER_IS_BETTER);
                int sign = d == Direction.LOWER_IS_BETTER ? -1 : 1;
                if (lb.value().get().compareTo(lw.value().get()) * sign < 0) {
                    why.add("kpi '" + lw.kpiId() + "' (" + d + ") is " + lb.value().get().toPlainString() + " in the better inputs, worse than "
                            + lw.value().get().toPlainString());
                }
            }
        }
    }

    private static String kind(ScorecardLine l) {
        return l.status().isMeasured() ? "measured" : l.status().name();
    }

    private static void costs(PeriodInputs worse, PeriodInputs better, List<String> why) {
        if (!worse.costs().keySet().equals(better.costs().keySet())) {
            why.add("the cost outcomes are for different components: " + worse.costs().keySet() + " and " + better.costs().keySet());
            return;
        }
        for (Map.Entry<String, CostOutcome> e : worse.costs().entrySet()) {
            CostOutcome b = better.costs().get(e.getKey());
            if (b.savings().isLessThan(e.getValue().savings())) {
                why.add("the savings of '" + e.getKey() + "' are " + b.savings() + " in the better inputs, less than "
                        + e.getValue().savings());
            }
        }
    }

    private static void events(PeriodInputs worse, PeriodInputs better, List<String> why) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, BigDecimal[]> units = new HashMap<>();
        tally(worse, 0, counts, units);
        tally(better, 1, counts, units);
        counts.forEach((penalty, c) -> {
            BigDecimal[] u = units.get(penalty);
            if (c[1] > c[0] || u[1].compareTo(u[0]) > 0) {
                why.add("penalty '" + penalty + "' counts " + c[1] + " events of " + u[1].toPlainString()
                        + " units in the better inputs, more than " + c[0] + " of " + u[0].toPlainString());
            }
        });
    }

    private static void tally(PeriodInputs in, int side, Map<String, int[]> counts, Map<String, BigDecimal[]> units) {
        for (BreachEvent e : in.events()) {
            if (e.isExcluded()) {
                continue;
            }
            counts.computeIfAbsent(e.penaltyId(), x -> new int[2])[side]++;
            BigDecimal[] u = units.computeIfAbsent(e.penaltyId(), x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            u[side] = u[side].add(e.units());
        }
    }
}
