package dev.partnering.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.internal.Decimals;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.party.Accountability;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.ScorecardLine;

/**
 * Computes the scorecards of a period per party: each supplier's own, the joint one, the customer
 * side's and the whole, from one scorecard of the whole agreement computed by a
 * {@link ScorecardCalculator} (so every line is computed once and is the same line everywhere).
 * <p>
 * Which scorecard holds a KPI is decided by the accountability of the KPI version in force in the
 * period ({@link Agreement#accountabilityOf(KpiDefinition)}); a KPI not in force is placed by its
 * latest version. A single-supplier agreement needs no accountability at all: its one supplier
 * holds every KPI that names no one.
 * <p>
 * This class is stateless and thread-safe; its result does not depend on the order of the measurements.
 *
 * @since 0.1.0
 */
public final class PartyScorecardCalculator {

    private static final PartyScorecardCalculator STANDARD = new PartyScorecardCalculator(ScorecardCalculator.standard());

    private final ScorecardCalculator scorecards;

    private PartyScorecardCalculator(ScorecardCalculator scorecards) {
        this.scorecards = scorecards;
    }

    /** @return the calculator over the standard {@link ScorecardCalculator}, never null */
    public static PartyScorecardCalculator standard() {
        return STANDARD;
    }

    /**
     * @param scorecards  the calculator of the whole scorecard, not null
     * @return a calculator over it, never null
     */
    public static PartyScorecardCalculator over(ScorecardCalculator scorecards) {
        return new PartyScorecardCalculator(Objects.requireNonNull(scorecards, "scorecards"));
    }

    /**
     * Computes the party scorecards of one period.
     *
     * @param agreement  the agreement, not null
     * @param period  the period, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scorecards, never null
     * @throws dev.partnering.ValidationException if a measurement is for an unknown KPI or does not fit its KPI
     */
    public PartyScorecards calculate(Agreement agreement, ReportingPeriod period, Collection<Measurement> measurements) {
        Objects.requireNonNull(period, "period");
        return calculate(agreement, List.of(period), measurements).get(0);
    }

    /**
     * Computes the party scorecards of several periods, each with its trend against the period before.
     *
     * @param agreement  the agreement, not null
     * @param periods  the periods, in any order, not null
     * @param measurements  the raw measurements, in any order, not null
     * @return the scorecards in the order of the periods, never null
     * @throws dev.partnering.ValidationException if a measurement is for an unknown KPI or does not fit its KPI
     */
    public List<PartyScorecards> calculate(Agreement agreement, List<ReportingPeriod> periods,
            Collection<Measurement> measurements) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measurements, "measurements");
        LinkedHashSet<ReportingPeriod> all = new LinkedHashSet<>();
        for (ReportingPeriod p : periods) {
            all.add(Objects.requireNonNull(p, "periods contains null").previous());
            all.add(p);
        }
        List<ReportingPeriod> order = new ArrayList<>(all);
        List<Scorecard> computed = scorecards.calculate(agreement, order, measurements);
        Map<ReportingPeriod, Scorecard> byPeriod = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            byPeriod.put(order.get(i), computed.get(i));
        }
        List<PartyScorecards> result = new ArrayList<>();
        for (ReportingPeriod p : periods) {
            result.add(split(agreement, byPeriod.get(p), Optional.of(byPeriod.get(p.previous()))));
        }
        return List.copyOf(result);
    }

    /**
     * Cuts a computed scorecard of the whole agreement into the party scorecards.
     *
     * @param agreement  the agreement the scorecard was computed for, not null
     * @param whole  the scorecard of the whole, not null
     * @param previous  the scorecard of the whole of the period before, for the trends; empty for none
     * @return the scorecards, never null
     */
    public PartyScorecards split(Agreement agreement, Scorecard whole, Optional<Scorecard> previous) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(previous, "previous");
        Map<String, Optional<Accountability>> who = new LinkedHashMap<>();
        Map<String, String> why = new LinkedHashMap<>();
        for (ScorecardLine l : whole.lines()) {
            KpiDefinition k = l.definition().orElseGet(() -> latest(agreement, l.kpiId()));
            Optional<Accountability> a = agreement.accountabilityOf(k);
            who.put(l.kpiId(), a);
            why.put(l.kpiId(), a.map(x -> x.describe() + (k.accountability().isPresent() ? " (named on " + k.label() + ")"
                    : " (implied: " + (agreement.suppliers().size() == 1 ? "the only supplier" : "the lead supplier")
                            + ", none named on " + k.label() + ")"))
                    .orElse("no one (several suppliers, no lead, none named on " + k.label() + ")"));
        }
        Explanation.Builder ex = Explanation.builder("Party scorecards " + agreement.id() + " " + whole.period());
        Map<String, Scorecard> suppliers = new LinkedHashMap<>();
        for (Party s : agreement.suppliers()) {
            Predicate<String> holds = id -> who.getOrDefault(id, Optional.empty()).filter(a -> a instanceof Accountability.Supplier x
                    && x.partyId().equals(s.id())).isPresent();
            suppliers.put(s.id(), part(agreement, whole, previous, holds, "supplier " + s.id(), why, ex));
        }
        Scorecard joint = part(agreement, whole, previous,
                id -> who.getOrDefault(id, Optional.empty()).filter(a -> a instanceof Accountability.Joint).isPresent(), "joint",
                why, ex);
        Scorecard customer = part(agreement, whole, previous,
                id -> who.getOrDefault(id, Optional.empty()).filter(a -> a instanceof Accountability.CustomerSide).isPresent(),
                "customer side", why, ex);
        List<String> unassigned = who.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(Collectors.toList());
        if (!unassigned.isEmpty()) {
            ex.add(Step.of(StepKind.WARNING, "kpis " + unassigned + " are answered for by no one: they count only in the "
                    + "whole; name an accountability on them"));
        }
        ex.add(Step.of(StepKind.RESULT, "whole: every kpi, score " + show(whole)));
        return new PartyScorecards(whole.period(), whole, suppliers, joint, customer, unassigned, ex.build());
    }

    private static KpiDefinition latest(Agreement agreement, String kpiId) {
        List<KpiDefinition> versions = agreement.kpiVersions(kpiId);
        return versions.get(versions.size() - 1);
    }

    private static Scorecard part(Agreement agreement, Scorecard whole, Optional<Scorecard> previous,
            Predicate<String> holds, String name, Map<String, String> why, Explanation.Builder parent) {
        List<ScorecardLine> lines = whole.lines().stream().filter(l -> holds.test(l.kpiId())).collect(Collectors.toList());
        Optional<BigDecimal> score = score(agreement, lines);
        Optional<BigDecimal> before = previous.flatMap(p -> score(agreement,
                p.lines().stream().filter(l -> holds.test(l.kpiId())).collect(Collectors.toList())));
        Explanation.Builder ex = Explanation.builder("Scorecard " + agreement.id() + " " + whole.period() + " of " + name);
        ex.add(Step.of(StepKind.RULE, "missing-data policy " + whole.policy()));
        for (ScorecardLine l : lines) {
            ex.add(LazySteps.lazy(() -> Step.of(StepKind.INPUT, l.kpiId() + ": answered for by " + why.get(l.kpiId()))));
            ex.add(l.explanation());
        }
        Optional<String> undefined = Optional.empty();
        if (score.isPresent()) {
            BigDecimal s = score.get();
            ex.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "score = Σ w·a / Σ w over " + lines.stream()
                    .filter(ScorecardLine::counted).map(l -> l.weight().toPlainString() + "×" + Decimals.plain(l.attainment().get()))
                    .collect(Collectors.joining(" + ", "(", ")")) + " / " + weights(lines).toPlainString() + " = "
                    + s.toPlainString(), Map.of("score", s.toPlainString()), List.of())));
        } else {
            undefined = Optional.of(lines.isEmpty() ? "no kpi is answered for by " + name
                    : "every kpi of " + name + " was left out of the weighting, so the score is undefined");
            ex.add(Step.of(StepKind.RESULT, "score undefined: " + undefined.get()));
        }
        Scorecard card = new Scorecard(whole.agreementId(), whole.period(), whole.policy(), lines, score, undefined, before,
                // a warning about the whole period (no input at all, outside the term) concerns every part
                whole.warnings().stream().filter(w -> w.kpiId().isEmpty() || holds.test(w.kpiId())).collect(Collectors.toList()),
                ex.build());
        parent.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, name + " holds " + lines.stream().map(ScorecardLine::kpiId)
                .collect(Collectors.toList()) + ", score " + show(card))));
        return card;
    }

    private static BigDecimal weights(List<ScorecardLine> lines) {
        return lines.stream().filter(ScorecardLine::counted).map(ScorecardLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<BigDecimal> score(Agreement agreement, List<ScorecardLine> lines) {
        BigDecimal w = weights(lines);
        if (w.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal weighted = lines.stream().filter(ScorecardLine::counted).map(l -> l.contribution().get())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(Decimals.quotient(weighted, w, agreement.precision().scoreDecimals()));
    }

    private static String show(Scorecard s) {
        return s.score().map(BigDecimal::toPlainString).orElse("undefined");
    }
}
