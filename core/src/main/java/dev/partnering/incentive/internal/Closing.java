package dev.partnering.incentive.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.CarriedCredit;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.internal.Secret;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;
import dev.partnering.scorecard.Scorecard;

/**
 * Turns opening balances into the earlier periods components read, and the periods of a statement
 * into its closing balance, kept to the look-back the scheme's rules need. Not part of the API (the
 * package is not exported). This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Closing {

    private Closing() {
    }

    /**
     * @param opening  the opening balance, not null
     * @param scheme  the scheme, not null
     * @param currency  the agreement's currency, not null
     * @return the carried periods as earlier periods, oldest first, never null
     */
    public static List<IncentiveContext.Past> carried(OpeningBalance opening, IncentiveScheme scheme, Currency currency) {
        List<IncentiveContext.Past> pasts = new ArrayList<>();
        opening.history().forEach(p -> pasts.add(CarriedPast.of(p, scheme, currency)));
        return pasts;
    }

    /**
     * How many periods before a period the scheme's rules look back: the rolling twelve months (in
     * periods of the granularity, which also covers a contract year), the earn-back periods of every
     * at-risk pool, and the window of every remedy trigger.
     *
     * @param scheme  the scheme, not null
     * @param months  the months per period
     * @return the number of earlier periods to keep, at least 1
     */
    public static int lookBack(IncentiveScheme scheme, int months) {
        int periods = Math.max(1, (12 + months - 1) / months);
        for (IncentiveComponent c : scheme.components()) {
            if (c instanceof AtRiskPool pool && pool.earnBackPeriods().isPresent()) {
                periods = Math.max(periods, pool.earnBackPeriods().get());
            }
        }
        for (RemedyTrigger t : scheme.remedyTriggers()) {
            if (t instanceof RemedyTrigger.ConsecutiveBelowMinimum c) {
                periods = Math.max(periods, c.periods());
            } else if (t instanceof RemedyTrigger.BreachesInWindow w) {
                periods = Math.max(periods, w.window());
            } else if (t instanceof RemedyTrigger.ScoreBelow s) {
                periods = Math.max(periods, s.window());
            }
        }
        return periods;
    }

    /**
     * @param earlier  the earlier periods of a calculation, carried ones first, oldest first, not null
     * @param scheme  the scheme, not null
     * @param next  the period after the last one, not null
     * @return the opening balance of {@code next}: the periods within the look-back, never null
     */
    public static OpeningBalance closing(List<IncentiveContext.Past> earlier, IncentiveScheme scheme, ReportingPeriod next) {
        ReportingPeriod from = next.plus(-lookBack(scheme, next.granularity().months()));
        OpeningBalance.Builder b = OpeningBalance.builder().firstPeriod(next);
        Carrier carrier = new Carrier();
        for (IncentiveContext.Past past : earlier) {
            if (past.period().compareTo(from) >= 0) {
                b.addPeriods(past instanceof CarriedPast c ? c.carried() : carrier.carry(past));
            }
        }
        return b.build();
    }

    /**
     * The builder's way of carrying a period, which {@link Carrier#carry} does without the builder where the
     * KPI ids are valid; the value is the same (see {@code CarriedPeriodMakerProperties}).
     *
     * @param past  a computed period, not null
     * @return the carried period, never null
     */
    static CarriedPeriod carry(IncentiveContext.Past past) {
        CarriedPeriod.Builder b = CarriedPeriod.builder().period(past.period()).score(past.score()).limits(past.limits());
        past.fee().ifPresent(b::charge);
        for (ComponentOutcome o : past.outcomes()) {
            List<OutcomeLine> credits = o.lines(OutcomeLine.Kind.CREDIT);
            if (!o.amount().isZero() || !credits.isEmpty()) {
                b.putAmounts(o.componentId(), o.amount());
            }
            for (OutcomeLine l : credits) {
                if (l.kpiId().isPresent() && !l.amount().isPositive()) {
                    b.addCredits(CarriedCredit.of(o.componentId(), l.kpiId().get(), l.amount().negated()));
                }
            }
        }
        if (past.inputs().scorecard().isPresent()) {
            // every line's status, read without making the lines
            Scorecard s = past.inputs().scorecard().get();
            Secret.LineFigures figures = Secret.LINE_FIGURES.get();
            for (int i = 0, n = s.lines().size(); i < n; i++) {
                b.putKpiStatuses(figures.kpiIdAt(s, i), PastPeriod.statusOf(figures.at(s, i)));
            }
        }
        return b.build();
    }

    /**
     * Carries the periods of one closing balance through the carried period's trusted maker: the KPI ids of the
     * scorecards are checked once (not once per period, as the builder checks every status it is given), the
     * statuses are an array over them. Not thread-safe: one per closing balance.
     */
    static final class Carrier {
        private static final KpiStatus[] NO_STATUSES = new KpiStatus[0];
        private static final String[] NO_IDS = new String[0];

        private final Secret.CarriedPeriodMaker maker = Secret.CARRIED_PERIOD.get();
        private final Secret.LineFigures figures = Secret.LINE_FIGURES.get();
        private String[] ids;
        private Object checked;

        /**
         * @param past  a computed period, not null
         * @return the carried period, equal to what {@link Closing#carry} makes of it, never null
         * @throws dev.partnering.ValidationException as {@link Closing#carry} throws it
         */
        CarriedPeriod carry(IncentiveContext.Past past) {
            Money charge = past.fee().orElse(null);
            Map<String, Money> amounts = Map.of();
            List<CarriedCredit> credits = List.of();
            for (ComponentOutcome o : past.outcomes()) {
                // the credit lines read in place (the order of the puts alone orders the amounts)
                boolean anyCredit = false;
                List<OutcomeLine> lines = o.lines();
                for (int i = 0, n = lines.size(); i < n; i++) {
                    OutcomeLine l = lines.get(i);
                    if (l.kind() != OutcomeLine.Kind.CREDIT) {
                        continue;
                    }
                    anyCredit = true;
                    Optional<String> kpiId = l.amount().isPositive() ? Optional.empty() : l.kpiId();
                    if (kpiId.isPresent()) {
                        if (credits.isEmpty()) {
                            credits = new ArrayList<>();
                        }
                        credits.add(CarriedCredit.of(o.componentId(), kpiId.get(), l.amount().negated()));
                    }
                }
                if (!o.amount().isZero() || anyCredit) {
                    if (amounts.isEmpty()) {
                        amounts = new LinkedHashMap<>();
                    }
                    amounts.put(o.componentId(), o.amount());
                }
            }
            KpiStatus[] statuses = NO_STATUSES;
            Object kpiIds;
            if (past.inputs().scorecard().isPresent()) {
                Scorecard s = past.inputs().scorecard().get();
                int n = s.lines().size();
                if (!sameIds(s, n)) {
                    ids = new String[n];
                    for (int i = 0; i < n; i++) {
                        ids[i] = figures.kpiIdAt(s, i);
                    }
                    checked = maker.kpiIds(ids);
                }
                if (checked == null) {
                    return Closing.carry(past);
                }
                statuses = new KpiStatus[n];
                for (int i = 0; i < n; i++) {
                    statuses[i] = PastPeriod.statusOf(figures.at(s, i));
                }
                kpiIds = checked;
            } else {
                kpiIds = maker.kpiIds(NO_IDS);
            }
            return (CarriedPeriod) maker.make(past.period(), charge, amounts, credits, kpiIds, statuses,
                    past.score().orElse(null), past.limits());
        }

        /** @return true if the scorecard's lines are of the ids checked last, in their order */
        private boolean sameIds(Scorecard s, int n) {
            if (ids == null || ids.length != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!ids[i].equals(figures.kpiIdAt(s, i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
