package dev.partnering.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.immutables.value.Value;

import java.math.BigInteger;

import dev.partnering.action.ActionReport;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskReview;
import dev.partnering.governance.LevelActivity;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.Balance;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.TrustReport;
import dev.partnering.internal.Limits;

/**
 * What the {@link HealthCalculator} combines for one period: the three pillar scores from 0 to 100,
 * each optional, whether trust is in balance, and the concerns found in the trust and governance
 * reports.
 * <p>
 * Performance is the scorecard score on a 0 to 100 scale. The builder's
 * {@link Builder#scorecardScore(BigDecimal)} converts a scorecard score (1 = every KPI at target,
 * up to 1.2 with stretch) by multiplying by 100 and capping at 100: performance beyond target does
 * not make a relationship healthier. {@link Builder#trust(TrustReport)} and
 * {@link Builder#governance(GovernanceReport)} take the score and the concerns from the reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HealthInputs {

    HealthInputs() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableHealthInputs.builder();
    }

    /** @return the period the health is for, never null */
    public abstract ReportingPeriod period();

    /** @return the performance from 0 to 100, if known */
    public abstract Optional<BigDecimal> performance();

    /** @return the trust index from 0 to 100, if known */
    public abstract Optional<BigDecimal> trustIndex();

    /** @return whether the two sides see the relationship alike, if known */
    public abstract Optional<Balance> trustBalance();

    /** @return the governance score from 0 to 100, if known */
    public abstract Optional<BigDecimal> governanceScore();

    /**
     * @return the relationship management score from 0 to 100, if known
     * @since 0.1.0
     */
    public abstract Optional<BigDecimal> managementScore();

    /** @return concerns from the trust and governance reports, listed among the reasons; never null */
    public abstract List<HealthReason> concerns();

    /**
     * @param pillar  a pillar, not null
     * @return its score from 0 to 100, if known
     */
    public Optional<BigDecimal> score(Pillar pillar) {
        switch (pillar) {
            case PERFORMANCE:
                return performance();
            case TRUST:
                return trustIndex();
            case MANAGEMENT:
                return managementScore();
            default:
                return governanceScore();
        }
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("HealthInputs");
        attrs.required("period", period());
        Limits.check(attrs, "performance", performance().orElse(null));
        Limits.check(attrs, "trustIndex", trustIndex().orElse(null));
        Limits.check(attrs, "governanceScore", governanceScore().orElse(null));
        Limits.check(attrs, "managementScore", managementScore().orElse(null));
        attrs.requiredAll("concerns", concerns());
        attrs.throwIfAny();
        Violations v = Violations.of("HealthInputs " + period());
        for (Pillar p : Pillar.values()) {
            score(p).ifPresent(s -> v.require(s.signum() >= 0 && s.compareTo(Decimals.HUNDRED) <= 0,
                    attributeOf(p),
                    s.toPlainString(), p.label() + " " + s.toPlainString() + " must be between 0 and 100"));
        }
        v.throwIfAny();
    }

    private static String attributeOf(Pillar p) {
        switch (p) {
            case PERFORMANCE:
                return "performance";
            case TRUST:
                return "trustIndex";
            case MANAGEMENT:
                return "managementScore";
            default:
                return "governanceScore";
        }
    }

    /**
     * The relationship management score from the action, risk and backlog reports of a day: the
     * mean of three shares, times 100, computed exactly and rounded once, HALF_EVEN, to 6 decimals:
     * the open actions not overdue, the open risks neither unreviewed nor high without mitigation,
     * and the undecided proposals not stalled. A share with nothing to count is 1.
     *
     * @param actions  the action report, not null
     * @param risks  the risk review, not null
     * @param backlog  the backlog report, not null
     * @return the score from 0 to 100, never null
     * @since 0.1.0
     */
    public static BigDecimal managementScore(ActionReport actions, RiskReview risks, BacklogReport backlog) {
        long n1 = actions.total().open();
        long x1 = n1 - actions.total().overdue();
        List<RiskAssessment> open = risks.open();
        long n2 = open.size();
        long x2 = open.stream().filter(a -> !a.unreviewed() && !a.isUnmitigatedHigh()).count();
        long n3 = backlog.initiatives().stream()
                .filter(i -> i.statusOn(backlog.asOf()) == InitiativeStatus.PROPOSED).count();
        long x3 = n3 - backlog.stalled().size();
        BigInteger d1 = BigInteger.valueOf(Math.max(n1, 1));
        BigInteger d2 = BigInteger.valueOf(Math.max(n2, 1));
        BigInteger d3 = BigInteger.valueOf(Math.max(n3, 1));
        BigInteger a1 = BigInteger.valueOf(n1 == 0 ? 1 : x1);
        BigInteger a2 = BigInteger.valueOf(n2 == 0 ? 1 : x2);
        BigInteger a3 = BigInteger.valueOf(n3 == 0 ? 1 : x3);
        // 100 x (a1/d1 + a2/d2 + a3/d3) / 3 as one exact fraction, divided once
        BigInteger num = a1.multiply(d2).multiply(d3).add(a2.multiply(d1).multiply(d3)).add(a3.multiply(d1).multiply(d2))
                .multiply(BigInteger.valueOf(100));
        BigInteger den = d1.multiply(d2).multiply(d3).multiply(BigInteger.valueOf(3));
        return Decimals.quotient(new BigDecimal(num), new BigDecimal(den), Decimals.DEFAULT_DECIMALS);
    }

    /**
     * A builder of {@link HealthInputs}; {@code period} is required, every score optional.
     * <p>
     * Obtained from {@link HealthInputs#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link HealthInputs#period() period} attribute.
         * @param period The value for period (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder period(ReportingPeriod period);

        /**
         * Initializes the optional value {@link HealthInputs#performance() performance} to performance.
         * @param performance The value for performance
         * @return {@code this} builder for chained invocation
         */
        Builder performance(BigDecimal performance);

        /**
         * Initializes the optional value {@link HealthInputs#performance() performance} to performance.
         * @param performance The value for performance
         * @return {@code this} builder for use in a chained invocation
         */
        Builder performance(Optional<? extends BigDecimal> performance);

        /**
         * Initializes the optional value {@link HealthInputs#trustIndex() trustIndex} to trustIndex.
         * @param trustIndex The value for trustIndex
         * @return {@code this} builder for chained invocation
         */
        Builder trustIndex(BigDecimal trustIndex);

        /**
         * Initializes the optional value {@link HealthInputs#trustIndex() trustIndex} to trustIndex.
         * @param trustIndex The value for trustIndex
         * @return {@code this} builder for use in a chained invocation
         */
        Builder trustIndex(Optional<? extends BigDecimal> trustIndex);

        /**
         * Initializes the optional value {@link HealthInputs#trustBalance() trustBalance} to trustBalance.
         * @param trustBalance The value for trustBalance
         * @return {@code this} builder for chained invocation
         */
        Builder trustBalance(Balance trustBalance);

        /**
         * Initializes the optional value {@link HealthInputs#trustBalance() trustBalance} to trustBalance.
         * @param trustBalance The value for trustBalance
         * @return {@code this} builder for use in a chained invocation
         */
        Builder trustBalance(Optional<? extends Balance> trustBalance);

        /**
         * Initializes the optional value {@link HealthInputs#governanceScore() governanceScore} to governanceScore.
         * @param governanceScore The value for governanceScore
         * @return {@code this} builder for chained invocation
         */
        Builder governanceScore(BigDecimal governanceScore);

        /**
         * Initializes the optional value {@link HealthInputs#governanceScore() governanceScore} to governanceScore.
         * @param governanceScore The value for governanceScore
         * @return {@code this} builder for use in a chained invocation
         */
        Builder governanceScore(Optional<? extends BigDecimal> governanceScore);

        /**
         * Adds one element to {@link HealthInputs#concerns() concerns} list.
         * @param element A concerns element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addConcerns(HealthReason element);

        /**
         * Adds elements to {@link HealthInputs#concerns() concerns} list.
         * @param elements An array of concerns elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addConcerns(HealthReason... elements);

        /**
         * Adds elements to {@link HealthInputs#concerns() concerns} list.
         * @param elements An iterable of concerns elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllConcerns(Iterable<? extends HealthReason> elements);

        /**
         * Sets the performance from a scorecard score: {@code min(score x 100, 100)}.
         *
         * @param score  the scorecard score, 0 or more (1 = at target), not null
         * @return this builder
         */
        default Builder scorecardScore(BigDecimal score) {
            Objects.requireNonNull(score, "score");
            performance(score.multiply(Decimals.HUNDRED).min(Decimals.HUNDRED));
            return this;
        }

        /**
         * Takes the trust index, the balance and, as concerns, every perception gap above the
         * threshold (e.g. {@code trust perception gap on transparency 22 > 15}) from a trust report.
         *
         * @param report  the trust report, not null
         * @return this builder
         */
        default Builder trust(TrustReport report) {
            Objects.requireNonNull(report, "report");
            report.trustIndex().ifPresent(this::trustIndex);
            trustBalance(report.balance());
            for (DimensionTrust d : report.gapsAboveThreshold()) {
                addConcerns(HealthReason.of(Pillar.TRUST, "trust perception gap on " + d.dimension().id() + " "
                        + Decimals.show(d.perceptionGap().orElseThrow()) + " > "
                        + Decimals.show(report.policy().balanceThreshold())));
            }
            if (report.trustIndex().isEmpty()) {
                addConcerns(HealthReason.of(Pillar.TRUST,
                        "trust index not available: every dimension suppressed or without answers"));
            }
            return this;
        }

        /**
         * Takes the governance score and, as concerns, every stale level (e.g. {@code level B forum
         * not held since 2026-01}) and the overdue escalations per level (e.g. {@code 2 escalations
         * overdue at level C}) from a governance report.
         *
         * @param report  the governance report, not null
         * @return this builder
         */
        default Builder governance(GovernanceReport report) {
            Objects.requireNonNull(report, "report");
            report.score().ifPresent(this::governanceScore);
            for (LevelActivity l : report.levels()) {
                l.staleness().ifPresent(s -> addConcerns(HealthReason.of(Pillar.GOVERNANCE, s)));
            }
            for (LevelActivity l : report.levels()) {
                int n = l.overdue().size();
                if (n > 0) {
                    addConcerns(HealthReason.of(Pillar.GOVERNANCE, n + (n == 1 ? " escalation" : " escalations")
                            + " overdue at level " + l.level().letter()));
                }
            }
            return this;
        }

        /**
         * @param managementScore  the relationship management score from 0 to 100, not null
         * @return this builder
         * @since 0.1.0
         */
        Builder managementScore(BigDecimal managementScore);

        /**
         * Takes the relationship management score ({@link HealthInputs#managementScore(ActionReport,
         * RiskReview, BacklogReport)}) and, as concerns, the overdue actions per party (e.g.
         * {@code 2 actions overdue, owned by acme}), the unreviewed risks, the high risks without
         * mitigation and the stalled improvement proposals.
         *
         * @param actions  the action report of the day, not null
         * @param risks  the risk review of the day, not null
         * @param backlog  the backlog report of the day, not null
         * @return this builder
         * @since 0.1.0
         */
        default Builder management(ActionReport actions, RiskReview risks, BacklogReport backlog) {
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(risks, "risks");
            Objects.requireNonNull(backlog, "backlog");
            managementScore(HealthInputs.managementScore(actions, risks, backlog));
            actions.byParty().forEach((party, c) -> {
                if (c.overdue() > 0) {
                    addConcerns(HealthReason.of(Pillar.MANAGEMENT, c.overdue() + (c.overdue() == 1 ? " action" : " actions")
                            + " overdue, owned by " + party));
                }
            });
            for (RiskAssessment a : risks.unreviewed()) {
                addConcerns(HealthReason.of(Pillar.MANAGEMENT, "risk '" + a.risk().id() + "' unreviewed since "
                        + a.risk().reviewBy()));
            }
            for (RiskAssessment a : risks.unmitigatedHigh()) {
                addConcerns(HealthReason.of(Pillar.MANAGEMENT, "high risk '" + a.risk().id() + "' ("
                        + a.score() + ") without mitigation"));
            }
            int stalled = backlog.stalled().size();
            if (stalled > 0) {
                addConcerns(HealthReason.of(Pillar.MANAGEMENT, stalled + (stalled == 1 ? " improvement proposal" : " improvement proposals")
                        + " waiting for a decision longer than allowed"));
            }
            return this;
        }

        /**
         * @return the HealthInputs, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        HealthInputs build();
    }
}
