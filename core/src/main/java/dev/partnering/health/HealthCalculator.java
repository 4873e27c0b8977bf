package dev.partnering.health;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.trust.Balance;

/**
 * Computes a {@link HealthReport} from {@link HealthInputs}, following a {@link HealthPolicy}.
 * <p>
 * Score: the weighted mean of the pillar scores present whose weight is positive, weights
 * renormalised over them, Σ wᵢ·sᵢ / Σ wᵢ computed exactly and rounded once, HALF_EVEN, to 6
 * decimals ({@link dev.partnering.kpi.Precision#DEFAULT_DECIMALS}). Status: GREEN from {@code greenFrom}, AMBER from {@code amberFrom}, RED
 * below; then capped at AMBER when any pillar scores below {@code pillarFloor} or trust is out of
 * balance. Raising any pillar's score never worsens the status.
 * <p>
 * Reasons, in this order: the caps applied; each pillar below {@code greenFrom}; each pillar
 * without a score; the concerns of the inputs (perception gaps, stale levels, overdue escalations).
 * <p>
 * The calculator is stateless apart from its policy and never mutates its inputs. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(HealthCalculator.class);

    private final HealthPolicy policy;

    private HealthCalculator(HealthPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @return a calculator with the default policy, never null */
    public static HealthCalculator standard() {
        return new HealthCalculator(HealthPolicy.defaults());
    }

    /**
     * @param policy  the policy, not null
     * @return a calculator following the policy, never null
     */
    public static HealthCalculator of(HealthPolicy policy) {
        return new HealthCalculator(policy);
    }

    /** @return the policy, never null */
    public HealthPolicy policy() {
        return policy;
    }

    /**
     * Computes the health of a relationship.
     *
     * @param inputs  the pillar scores and concerns, not null
     * @return the report, never null
     */
    public HealthReport assess(HealthInputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Map<Pillar, BigDecimal> present = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            inputs.score(p).filter(s -> policy.weightOf(p).signum() > 0).ifPresent(s -> present.put(p, s));
        }
        Optional<BigDecimal> score = weightedMean(present);
        Map<Pillar, HealthStatus> pillars = new EnumMap<>(Pillar.class);
        present.forEach((p, s) -> pillars.put(p, policy.classify(s)));
        List<HealthReason> caps = caps(inputs, present);
        Optional<HealthStatus> status = score.map(policy::classify)
                .map(s -> caps.isEmpty() ? s : s.worst(HealthStatus.AMBER));
        List<HealthReason> reasons = new ArrayList<>(caps);
        reasons.addAll(shortfalls(inputs, present));
        reasons.addAll(inputs.concerns());
        Explanation explanation = explain(inputs, present, score, status, reasons);
        LOG.debug("health {}: score {}, {}", inputs.period(), score.map(Decimals::show).orElse("n/a"),
                status.map(Enum::name).orElse("no status"));
        return new HealthReport(inputs, policy, score, status, pillars,
                reasons.stream().map(HealthReason::pillar).toList(), explanation);
    }

    private Optional<BigDecimal> weightedMean(Map<Pillar, BigDecimal> present) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<Pillar, BigDecimal> e : present.entrySet()) {
            weighted = weighted.add(policy.weightOf(e.getKey()).multiply(e.getValue()));
            weights = weights.add(policy.weightOf(e.getKey()));
        }
        // the exact weighted mean, rounded once: the products and sums are exact, the one division comes last
        return weights.signum() == 0 ? Optional.empty()
                : Optional.of(Decimals.quotient(weighted, weights, dev.partnering.kpi.Precision.DEFAULT_DECIMALS));
    }

    private List<HealthReason> caps(HealthInputs inputs, Map<Pillar, BigDecimal> present) {
        List<HealthReason> caps = new ArrayList<>();
        present.forEach((p, s) -> {
            if (s.compareTo(policy.pillarFloor()) < 0) {
                caps.add(HealthReason.of(p, "at most AMBER: " + p.label() + " " + Decimals.show(s)
                        + " below the pillar floor " + Decimals.show(policy.pillarFloor())));
            }
        });
        if (inputs.trustBalance().filter(b -> b == Balance.OUT_OF_BALANCE).isPresent()) {
            caps.add(HealthReason.of(Pillar.TRUST, "at most AMBER: the sides' views of trust are out of balance"));
        }
        return caps;
    }

    private List<HealthReason> shortfalls(HealthInputs inputs, Map<Pillar, BigDecimal> present) {
        List<HealthReason> reasons = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            BigDecimal s = present.get(p);
            if (s != null && s.compareTo(policy.greenFrom()) < 0) {
                reasons.add(HealthReason.of(p, p.label() + " " + Decimals.show(s) + " below "
                        + Decimals.show(policy.greenFrom())));
            } else if (s == null && policy.weightOf(p).signum() > 0) {
                reasons.add(HealthReason.of(p, p.label() + " not available"));
            }
        }
        return reasons;
    }

    private Explanation explain(HealthInputs inputs, Map<Pillar, BigDecimal> present, Optional<BigDecimal> score,
            Optional<HealthStatus> status, List<HealthReason> reasons) {
        Explanation.Builder b = Explanation.builder("Relationship health " + inputs.period());
        for (Pillar p : Pillar.values()) {
            if (p == Pillar.MANAGEMENT && inputs.score(p).isEmpty() && policy.weightOf(p).signum() == 0) {
                // the relationship-management pillar is shown only when used: it has a score or a weight above 0
                continue;
            }
            String value = inputs.score(p).map(Decimals::show).orElse("not available");
            Step step = Step.of(StepKind.INPUT, p.label() + ": " + value).withFact("weight", Decimals.show(policy.weightOf(p)));
            b.add(present.containsKey(p) || inputs.score(p).isEmpty() ? step
                    : step.withChild(Step.of(StepKind.RULE, "weight 0: not counted")));
        }
        inputs.trustBalance().ifPresent(t -> b.add(StepKind.INPUT, "trust balance: " + t));
        b.add(StepKind.RULE, "GREEN from " + Decimals.show(policy.greenFrom()) + ", AMBER from "
                + Decimals.show(policy.amberFrom()) + ", RED below; at most AMBER when a pillar is below "
                + Decimals.show(policy.pillarFloor()) + " or trust is out of balance");
        if (score.isEmpty()) {
            b.add(StepKind.RESULT, "no pillar has a score: health not available");
        } else {
            b.add(StepKind.COMPUTATION, "score = " + arithmetic(present) + " = " + Decimals.show(score.get()));
            b.add(StepKind.RESULT, "status " + status.orElseThrow() + " (the score alone gives "
                    + policy.classify(score.get()) + ")");
        }
        for (HealthReason r : reasons) {
            b.add(StepKind.WARNING, r.text());
        }
        return b.build();
    }

    private String arithmetic(Map<Pillar, BigDecimal> present) {
        StringBuilder terms = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        present.forEach((p, s) -> {
            String sep = terms.length() == 0 ? "" : " + ";
            terms.append(sep).append(Decimals.show(policy.weightOf(p))).append(" x ").append(Decimals.show(s));
            weights.append(sep).append(Decimals.show(policy.weightOf(p)));
        });
        return "(" + terms + ") / (" + weights + ")";
    }
}
