package dev.partnering.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.internal.Decimals;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.KpiStatus;

/**
 * A condition that gives the customer a {@link Remedy} (remediation plan, step-in, termination),
 * evaluated each period on the history of the calculation and reported on the statement with the
 * facts that fired it. A closed family: {@link #consecutiveBelowMinimum}, {@link #breachesInWindow},
 * {@link #scoreBelow} (on the overall score) and {@link #delayBeyond}. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface RemedyTrigger {

    /**
     * "Below minimum for 3 consecutive periods".
     *
     * @param kpiId  the KPI, not null
     * @param periods  how many consecutive periods, at least 1
     * @param remedy  the right it gives, not null
     * @return the trigger, never null
     */
    static RemedyTrigger consecutiveBelowMinimum(String kpiId, int periods, Remedy remedy) {
        return new ConsecutiveBelowMinimum(kpiId, periods, remedy);
    }

    /**
     * "3 breaches within any 6 consecutive periods", a breach being the KPI below its target (or,
     * with {@code belowMinimumOnly}, below its minimum).
     *
     * @param kpiId  the KPI, not null
     * @param breaches  how many breaches, at least 1
     * @param window  within how many consecutive periods, at least {@code breaches}
     * @param belowMinimumOnly  true to count only periods below the minimum
     * @param remedy  the right it gives, not null
     * @return the trigger, never null
     */
    static RemedyTrigger breachesInWindow(String kpiId, int breaches, int window, boolean belowMinimumOnly, Remedy remedy) {
        return new BreachesInWindow(kpiId, breaches, window, belowMinimumOnly, remedy);
    }

    /**
     * "Delay beyond 15 days": a breach event of a penalty with more units than the limit.
     *
     * @param penaltyId  the penalty whose events count, not null
     * @param units  the limit, e.g. 15 (days), not negative
     * @param remedy  the right it gives, not null
     * @return the trigger, never null
     */
    static RemedyTrigger delayBeyond(String penaltyId, BigDecimal units, Remedy remedy) {
        return new DelayBeyond(penaltyId, units, remedy);
    }

    /**
     * "The overall score below 0.80 in 3 consecutive periods" ({@code breaches == window}) or "in 3 of
     * any 6 consecutive periods": a period counts when its scorecard score (or a carried-in score) is
     * defined and below the threshold. Like {@link #breachesInWindow}, it fires only in a period that
     * is itself below the threshold.
     *
     * @param threshold  the score below which a period counts, not null
     * @param breaches  how many periods below, at least 1
     * @param window  within how many consecutive periods, at least {@code breaches}
     * @param remedy  the right it gives, not null
     * @return the trigger, never null
     * @since 0.1.0
     */
    static RemedyTrigger scoreBelow(BigDecimal threshold, int breaches, int window, Remedy remedy) {
        return new ScoreBelow(threshold, breaches, window, remedy);
    }

    /** @return the right the trigger gives, never null */
    Remedy remedy();

    /** @return the trigger in words, never null */
    String describe();

    /**
     * @param context  the period and its history, not null
     * @return the facts that fired the trigger, or empty if it did not fire
     */
    Optional<List<String>> evaluate(IncentiveContext context);

    /** The KPI's status in a period: from the period's scorecard, or from an earlier (or carried-in) period. */
    private static Optional<KpiStatus> statusOf(IncentiveContext context, ReportingPeriod p, String kpiId) {
        return p.equals(context.period()) ? context.inputs().scorecard().flatMap(s -> s.line(kpiId)).map(l -> l.status())
                : context.earlier(p).flatMap(past -> past.kpiStatus(kpiId));
    }

    /** " (carried in)" when the period was carried in, else nothing. */
    private static String carried(IncentiveContext context, ReportingPeriod p) {
        return context.earlier(p).filter(IncentiveContext.Past::carriedIn).isPresent() ? " (carried in)" : "";
    }

    private static void invalid(String path, Object value, String rule) {
        throw new ValidationException("RemedyTrigger", List.of(Violation.of(path, value, rule)));
    }

    /**
     * Below the minimum in consecutive periods.
     *
     * @param kpiId  the KPI
     * @param periods  how many consecutive periods
     * @param remedy  the right it gives
     */
    record ConsecutiveBelowMinimum(String kpiId, int periods, Remedy remedy) implements RemedyTrigger {
        /**
         * @throws ValidationException if periods is below 1
         *
         * @param kpiId  the KPI
         * @param periods  how many consecutive periods
         * @param remedy  the right it gives
         */
        public ConsecutiveBelowMinimum {
            dev.partnering.internal.Violations.requirePresent("ConsecutiveBelowMinimum", "kpiId", kpiId, "remedy", remedy);
            if (periods < 1) {
                invalid("periods", periods, "remedy trigger on '" + kpiId + "': periods " + periods + " must be at least 1");
            }
        }

        @Override
        public String describe() {
            return kpiId + " below minimum for " + periods + " consecutive periods → " + remedy;
        }

        @Override
        public Optional<List<String>> evaluate(IncentiveContext context) {
            List<String> facts = new ArrayList<>();
            for (int k = periods - 1; k >= 0; k--) {
                ReportingPeriod p = context.period().plus(-k);
                Optional<KpiStatus> status = statusOf(context, p, kpiId);
                if (status.isEmpty() || status.get() != KpiStatus.BELOW_MINIMUM) {
                    return Optional.empty();
                }
                facts.add(kpiId + " below minimum in " + p + carried(context, p));
            }
            return Optional.of(facts);
        }
    }

    /**
     * Breaches within a window of consecutive periods.
     *
     * @param kpiId  the KPI
     * @param breaches  how many breaches
     * @param window  within how many periods
     * @param belowMinimumOnly  true to count only periods below the minimum
     * @param remedy  the right it gives
     */
    record BreachesInWindow(String kpiId, int breaches, int window, boolean belowMinimumOnly, Remedy remedy)
            implements RemedyTrigger {
        /**
         * @throws ValidationException if the counts are inconsistent
         *
         * @param kpiId  the KPI
         * @param breaches  how many breaches
         * @param window  within how many periods
         * @param belowMinimumOnly  true to count only periods below the minimum
         * @param remedy  the right it gives
         */
        public BreachesInWindow {
            dev.partnering.internal.Violations.requirePresent("BreachesInWindow", "kpiId", kpiId, "remedy", remedy);
            if (breaches < 1 || window < breaches) {
                invalid("window", window, "remedy trigger on '" + kpiId + "': " + breaches + " breaches within " + window
                        + " periods needs at least 1 breach and a window at least as long");
            }
        }

        @Override
        public String describe() {
            return breaches + " breaches of " + kpiId + (belowMinimumOnly ? " (below minimum)" : " (below target)")
                    + " within " + window + " consecutive periods → " + remedy;
        }

        @Override
        public Optional<List<String>> evaluate(IncentiveContext context) {
            List<String> facts = new ArrayList<>();
            for (int k = window - 1; k >= 0; k--) {
                ReportingPeriod p = context.period().plus(-k);
                boolean current = k == 0;
                statusOf(context, p, kpiId).ifPresent(status -> {
                    boolean breach = belowMinimumOnly ? status == KpiStatus.BELOW_MINIMUM
                            : status == KpiStatus.BELOW_MINIMUM || status == KpiStatus.BELOW_TARGET;
                    if (breach) {
                        facts.add(kpiId + " " + status + " in " + p + (current ? "" : carried(context, p)));
                    }
                });
            }
            // fire only in the period that completes the count, so a run of breaches is reported once per new breach
            boolean currentIsBreach = !facts.isEmpty() && facts.get(facts.size() - 1).endsWith(" in " + context.period());
            return facts.size() >= breaches && currentIsBreach ? Optional.of(facts) : Optional.empty();
        }
    }

    /**
     * The overall score below a threshold in N of M consecutive periods.
     *
     * @param threshold  the score below which a period counts
     * @param breaches  how many periods below
     * @param window  within how many consecutive periods
     * @param remedy  the right it gives
     * @since 0.1.0
     */
    record ScoreBelow(BigDecimal threshold, int breaches, int window, Remedy remedy) implements RemedyTrigger {
        /**
         * @param threshold the score below which a period counts
         * @param breaches how many periods below
         * @param window within how many consecutive periods
         * @param remedy the right it gives
         * @throws ValidationException if a part is missing or the counts are inconsistent
         */
        public ScoreBelow {
            dev.partnering.internal.Violations.requirePresent("ScoreBelow", "threshold", threshold, "remedy", remedy);
            if (breaches < 1 || window < breaches) {
                invalid("window", window, "remedy trigger on the score: " + breaches + " periods below "
                        + Decimals.plain(threshold) + " within " + window + " needs at least 1 and a window at least as long");
            }
        }

        @Override
        public String describe() {
            return "score below " + Decimals.plain(threshold) + (breaches == window ? " for " + breaches + " consecutive periods"
                    : " in " + breaches + " of " + window + " consecutive periods") + " → " + remedy;
        }

        @Override
        public Optional<List<String>> evaluate(IncentiveContext context) {
            List<String> facts = new ArrayList<>();
            boolean current = false;
            for (int k = window - 1; k >= 0; k--) {
                ReportingPeriod p = context.period().plus(-k);
                Optional<BigDecimal> score = k == 0 ? context.inputs().scorecard().flatMap(s -> s.score())
                        : context.earlier(p).flatMap(IncentiveContext.Past::score);
                if (score.isPresent() && score.get().compareTo(threshold) < 0) {
                    facts.add("score " + Decimals.plain(score.get()) + " in " + p + (k == 0 ? "" : carried(context, p)));
                    current = k == 0;
                }
            }
            return facts.size() >= breaches && current ? Optional.of(facts) : Optional.empty();
        }
    }

    /**
     * A delay beyond a limit.
     *
     * @param penaltyId  the penalty whose events count
     * @param units  the limit
     * @param remedy  the right it gives
     */
    record DelayBeyond(String penaltyId, BigDecimal units, Remedy remedy) implements RemedyTrigger {
        /**
         * @throws ValidationException if units is negative
         *
         * @param penaltyId  the penalty whose events count
         * @param units  the limit
         * @param remedy  the right it gives
         */
        public DelayBeyond {
            dev.partnering.internal.Violations.requirePresent("DelayBeyond", "penaltyId", penaltyId, "units", units, "remedy", remedy);
            if (units.signum() < 0) {
                invalid("units", units.toPlainString(), "remedy trigger on '" + penaltyId + "': limit "
                        + units.toPlainString() + " must not be negative");
            }
        }

        @Override
        public String describe() {
            return "a '" + penaltyId + "' breach beyond " + Decimals.plain(units) + " units → " + remedy;
        }

        @Override
        public Optional<List<String>> evaluate(IncentiveContext context) {
            List<String> facts = new ArrayList<>();
            context.inputs().events().stream()
                    .filter(e -> e.penaltyId().equals(penaltyId) && !e.isExcluded() && e.units().compareTo(units) > 0)
                    .sorted((a, b) -> a.id().compareTo(b.id()))
                    .forEach(e -> facts.add("event '" + e.id() + "' on " + e.date() + ": " + Decimals.plain(e.units())
                            + " units, beyond " + Decimals.plain(units)));
            return facts.isEmpty() ? Optional.empty() : Optional.of(facts);
        }
    }
}
