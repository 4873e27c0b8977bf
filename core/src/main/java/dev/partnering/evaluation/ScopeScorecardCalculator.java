package dev.partnering.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.Scope;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.kpi.Measurement;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScopeScorecards;

/**
 * Computes the scorecard of each {@linkplain Agreement#scopes() scope} of an agreement and rolls
 * them up to the agreement.
 * <p>
 * A scope's scorecard is what {@link ScorecardCalculator} computes from the measurements that name
 * that scope, and nothing else: every KPI, its version in force, the missing-data policy and the
 * trend apply per scope as they do to the agreement (a KPI without a measurement in a scope is
 * missing there). Measurements that name no scope belong to no scope's scorecard; the result counts
 * them. The roll-up is Σ vₛ·scoreₛ / Σ vₛ over the scopes whose score is defined: vₛ is the
 * scope's declared {@linkplain Scope#volume() volume} when the scopes declare volumes, 1 otherwise
 * (equal weights); it is rounded once, HALF_EVEN, to the agreement's score decimals from the
 * rounded scope scores, and a scope whose score is undefined is left out of it and named.
 * <p>
 * The roll-up is not the score of one scorecard over all measurements pooled (which
 * {@link ScorecardCalculator} gives): pooling weighs a scope by how many measurements it has,
 * the roll-up by its declared volume or equally.
 * <p>
 * This class is stateless and thread-safe; its result does not depend on the order of the
 * measurements, and a scope's scorecard does not depend on another scope's measurements.
 *
 * @since 0.1.0
 */
public final class ScopeScorecardCalculator {

    private static final ScopeScorecardCalculator STANDARD = new ScopeScorecardCalculator(ScorecardCalculator.standard());

    private final ScorecardCalculator scorecards;

    private ScopeScorecardCalculator(ScorecardCalculator scorecards) {
        this.scorecards = scorecards;
    }

    /** @return the calculator over the standard {@link ScorecardCalculator}, never null */
    public static ScopeScorecardCalculator standard() {
        return STANDARD;
    }

    /**
     * @param scorecards  the calculator of each scope's scorecard, not null
     * @return a calculator over it, never null
     */
    public static ScopeScorecardCalculator over(ScorecardCalculator scorecards) {
        return new ScopeScorecardCalculator(Objects.requireNonNull(scorecards, "scorecards"));
    }

    /**
     * Computes the scope scorecards of one period and their roll-up.
     *
     * @param agreement  the agreement, declaring at least one scope, not null
     * @param period  the period, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scope scorecards, never null
     * @throws ValidationException if the agreement declares no scope, a measurement names a scope
     *         the agreement does not declare, or a measurement is for an unknown KPI or does not fit it
     */
    public ScopeScorecards calculate(Agreement agreement, ReportingPeriod period, Collection<Measurement> measurements) {
        Objects.requireNonNull(period, "period");
        return calculate(agreement, List.of(period), measurements).get(0);
    }

    /**
     * Computes the scope scorecards of several periods; the same as calling
     * {@link #calculate(Agreement, ReportingPeriod, Collection)} for each period.
     *
     * @param agreement  the agreement, declaring at least one scope, not null
     * @param periods  the periods, in any order, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scope scorecards in the order of the periods, never null
     * @throws ValidationException if the agreement declares no scope, a measurement names a scope
     *         the agreement does not declare, or a measurement is for an unknown KPI or does not fit it
     */
    public List<ScopeScorecards> calculate(Agreement agreement, List<ReportingPeriod> periods,
            Collection<Measurement> measurements) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measurements, "measurements");
        periods.forEach(p -> Objects.requireNonNull(p, "periods contains null"));
        Map<String, List<Integer>> indexes = new HashMap<>();
        Map<String, List<Measurement>> byScope = byScope(agreement, measurements, indexes);
        Map<String, List<Scorecard>> series = new LinkedHashMap<>();
        // each scope's measurements are its own list: misfits are named at their index in the caller's, every scope's
        // together; any other refusal (a period, an aggregation) is given as the first scope raised it
        List<Violation> misfits = new ArrayList<>();
        ValidationException other = null;
        for (Scope s : agreement.scopes()) {
            try {
                series.put(s.id(), scorecards.calculate(agreement, periods, byScope.get(s.id())));
            } catch (ValidationException e) {
                if (e.subject().equals(ScorecardCalculator.measurementsOf(agreement))) {
                    for (Violation v : e.violations()) {
                        misfits.add(inCallersList(v, indexes.get(s.id())));
                    }
                    for (Throwable t : e.getSuppressed()) {
                        other = other == null && t instanceof ValidationException o ? o : other;
                    }
                } else if (other == null) {
                    other = e;
                }
            }
        }
        if (!misfits.isEmpty()) {
            ValidationException refused = new ValidationException(ScorecardCalculator.measurementsOf(agreement),
                    ScorecardCalculator.byMeasurement(misfits));
            if (other != null) {
                refused.addSuppressed(other);
            }
            throw refused;
        }
        if (other != null) {
            throw other;
        }
        List<Measurement> unscoped = byScope.get(null);
        List<ScopeScorecards> result = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod period = periods.get(i);
            Map<String, Scorecard> cards = new LinkedHashMap<>();
            for (Map.Entry<String, List<Scorecard>> e : series.entrySet()) {
                cards.put(e.getKey(), e.getValue().get(i));
            }
            int outside = (int) unscoped.stream().filter(m -> period.contains(m.period())).count();
            result.add(rollUp(agreement, period, cards, outside));
        }
        return List.copyOf(result);
    }

    /** @return the violation with a path {@code measurements[j]...} of a scope's list named at its index in the caller's */
    private static Violation inCallersList(Violation v, List<Integer> indexes) {
        long j = ScorecardCalculator.measurementIndex(v.path());
        if (j < 0 || j >= indexes.size()) {
            return v;
        }
        String rest = v.path().substring(v.path().indexOf(']') + 1);
        return Violation.of("measurements[" + indexes.get((int) j) + "]" + rest, v.value(), v.rule());
    }

    /**
     * @param indexes  filled with each scope's measurements' indexes in the caller's collection, in the same order
     * @return the measurements by scope id (null for those naming none), every declared scope present
     */
    private static Map<String, List<Measurement>> byScope(Agreement agreement, Collection<Measurement> measurements,
            Map<String, List<Integer>> indexes) {
        List<Violation> violations = new ArrayList<>();
        if (agreement.scopes().isEmpty()) {
            violations.add(Violation.of("scopes", 0, "agreement '" + agreement.id()
                    + "' declares no scope, so there is nothing to compute per scope"));
        }
        Map<String, List<Measurement>> byScope = new HashMap<>();
        agreement.scopes().forEach(s -> byScope.put(s.id(), new ArrayList<>()));
        agreement.scopes().forEach(s -> indexes.put(s.id(), new ArrayList<>()));
        byScope.put(null, new ArrayList<>());
        int i = -1;
        for (Measurement m : measurements) {
            i++;
            String scope = m.scope().orElse(null);
            List<Measurement> list = byScope.get(scope);
            if (list == null) {
                violations.add(Violation.of("measurements[" + i + "].scope", scope, "measurement of kpi '" + m.kpiId()
                        + "' in " + m.period() + " names scope '" + scope + "', which agreement '" + agreement.id()
                        + "' does not declare"));
            } else {
                list.add(m);
                if (scope != null) {
                    indexes.get(scope).add(i);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("Scoped measurements for agreement '" + agreement.id() + "'", violations);
        }
        return byScope;
    }

    private static ScopeScorecards rollUp(Agreement agreement, ReportingPeriod period, Map<String, Scorecard> cards,
            int unscoped) {
        boolean weighted = agreement.scopes().stream().allMatch(s -> s.volume().isPresent());
        ScopeScorecards.RollUp rule = weighted ? ScopeScorecards.RollUp.VOLUME_WEIGHTED : ScopeScorecards.RollUp.EQUAL;
        Explanation.Builder ex = Explanation.builder("Scope roll-up " + agreement.id() + " " + period);
        ex.add(StepKind.RULE, weighted
                ? "roll-up weighted by the declared volume of each scope: Σ v·score / Σ v over the scopes with a defined score"
                : "roll-up with equal weights (no scope declares a volume): the mean of the defined scope scores");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder arithmetic = new StringBuilder();
        for (Scope s : agreement.scopes()) {
            BigDecimal w = s.volume().orElse(BigDecimal.ONE);
            weights.put(s.id(), w);
            Scorecard card = cards.get(s.id());
            ex.add(Step.of(StepKind.INPUT, "scope '" + s.id() + "' (" + s.name() + "), weight " + w.toPlainString()
                    + ": score " + card.score().map(BigDecimal::toPlainString).orElse("undefined"),
                    Map.of("scope", s.id()), List.of(card.explanation().asStep())));
            if (card.score().isEmpty()) {
                leftOut.add(s.id());
                ex.add(StepKind.RULE, "scope '" + s.id() + "' (" + s.name() + ") left out of the roll-up: its score is undefined");
                continue;
            }
            BigDecimal score = card.score().get();
            total = total.add(w);
            sum = sum.add(w.multiply(score));
            arithmetic.append(arithmetic.length() == 0 ? "" : " + ").append(w.toPlainString()).append("×")
                    .append(score.toPlainString());
        }
        if (unscoped > 0) {
            ex.add(StepKind.INPUT, unscoped + " measurement(s) of " + period + " name no scope: in no scope's scorecard");
        }
        Optional<BigDecimal> rolledUp = Optional.empty();
        if (total.signum() == 0) {
            ex.add(StepKind.RESULT, "rolled-up score undefined: no scope has a defined score");
        } else {
            BigDecimal r = Decimals.quotient(sum, total, agreement.precision().scoreDecimals());
            rolledUp = Optional.of(r);
            ex.add(Step.of(StepKind.RESULT, "rolled-up score = Σ v·score / Σ v = (" + arithmetic + ") / "
                    + total.toPlainString() + " = " + r.toPlainString(), Map.of("score", r.toPlainString()), List.of()));
        }
        return new ScopeScorecards(period, rule, cards, weights, rolledUp, leftOut, unscoped, ex.build());
    }
}
