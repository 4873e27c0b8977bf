package dev.partnering.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionStatus;
import dev.partnering.action.RegisteredAction;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.StepKind;

/**
 * The joint risk register reviewed on a day: each risk assessed (score, high, review overdue,
 * mitigations), the open risks ranked, and warnings for every open risk whose review is overdue and
 * every open high risk without a mitigation.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RiskReview {

    private final RiskRegister register;
    private final LocalDate asOf;
    private final List<RiskAssessment> assessments;
    private final Explanation explanation;

    private RiskReview(RiskRegister register, LocalDate asOf, List<RiskAssessment> assessments, Explanation explanation) {
        this.register = register;
        this.asOf = asOf;
        this.assessments = List.copyOf(assessments);
        this.explanation = explanation;
    }

    static RiskReview of(RiskRegister register, ActionRegister actions, LocalDate asOf) {
        List<RiskAssessment> all = new ArrayList<>();
        for (Risk r : register.risks()) {
            if (r.identifiedOn().isAfter(asOf)) {
                continue;
            }
            List<RegisteredAction> mitigations = actions.actionsForRisk(r.id()).stream()
                    .filter(a -> !a.agreedOn().isAfter(asOf))
                    .filter(a -> a.action().statusOn(asOf) != ActionStatus.CANCELLED).toList();
            all.add(new RiskAssessment(r, register.isHigh(r), r.isUnreviewedOn(asOf), mitigations));
        }
        Explanation.Builder b = Explanation.builder("Risk review on " + asOf);
        b.add(StepKind.INPUT, all.size() + " risks identified by " + asOf + " on a " + register.likelihoodScale().size()
                + " x " + register.impactScale().size() + " scale");
        b.add(StepKind.RULE, "score = likelihood x impact; high from " + register.highFrom() + " of " + register.maxScore()
                + "; a mitigation is an action naming the risk, open or done; a review is overdue after its review day");
        for (RiskAssessment a : all) {
            Risk r = a.risk();
            b.add(StepKind.COMPUTATION, "risk '" + r.id() + "' (" + r.owner() + "): "
                    + register.likelihoodScale().level(r.likelihood()) + " x " + register.impactScale().level(r.impact())
                    + " = " + r.likelihood() + " x " + r.impact() + " = " + r.score() + (a.high() ? ", high" : "")
                    + ", " + a.mitigations().size() + " mitigations" + (r.status() == RiskStatus.CLOSED ? ", closed" : ""));
        }
        for (RiskAssessment a : all) {
            if (a.unreviewed()) {
                b.add(StepKind.WARNING, "risk '" + a.risk().id() + "' is unreviewed: due for review by " + a.risk().reviewBy());
            }
        }
        for (RiskAssessment a : all) {
            if (a.isUnmitigatedHigh()) {
                b.add(StepKind.WARNING, "risk '" + a.risk().id() + "' is high (" + a.score() + ") and has no mitigation");
            }
        }
        return new RiskReview(register, asOf, all, b.build());
    }

    /** @return the register reviewed, never null */
    public RiskRegister register() {
        return register;
    }

    /** @return the day of the review, never null */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return every risk identified by the day, assessed, in declaration order; never null */
    public List<RiskAssessment> assessments() {
        return assessments;
    }

    /** @return the open risks whose review day has passed, in declaration order; never null */
    public List<RiskAssessment> unreviewed() {
        return assessments.stream().filter(RiskAssessment::unreviewed).toList();
    }

    /** @return the open high risks without a mitigation, in declaration order; never null */
    public List<RiskAssessment> unmitigatedHigh() {
        return assessments.stream().filter(RiskAssessment::isUnmitigatedHigh).toList();
    }

    /** @return the open risks, by score from the highest, then by id; never null */
    public List<RiskAssessment> open() {
        return assessments.stream().filter(a -> a.risk().status() == RiskStatus.OPEN)
                .sorted(Comparator.comparingInt(RiskAssessment::score).reversed()
                        .thenComparing(a -> a.risk().id()))
                .toList();
    }

    /**
     * @param n  how many, not negative
     * @return the first {@code n} of the {@linkplain #open() open risks by score}, never null
     */
    public List<RiskAssessment> top(int n) {
        List<RiskAssessment> open = open();
        return open.subList(0, Math.min(Math.max(n, 0), open.size()));
    }

    /** @return the rule, each risk's score and the warnings; never null */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskReview r && register.equals(r.register) && asOf.equals(r.asOf)
                && assessments.equals(r.assessments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(register, asOf, assessments);
    }

    /** @return the explanation as text */
    @Override
    public String toString() {
        return explanation.toText();
    }
}
