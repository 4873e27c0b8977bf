package dev.partnering.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.immutables.value.Value;

import dev.partnering.governance.GovernanceReport;
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
        attrs.requiredAll("concerns", concerns());
        attrs.throwIfAny();
        Violations v = Violations.of("HealthInputs " + period());
        for (Pillar p : Pillar.values()) {
            score(p).ifPresent(s -> v.require(s.signum() >= 0 && s.compareTo(Decimals.HUNDRED) <= 0,
                    p == Pillar.PERFORMANCE ? "performance" : p == Pillar.TRUST ? "trustIndex" : "governanceScore",
                    s.toPlainString(), p.label() + " " + s.toPlainString() + " must be between 0 and 100"));
        }
        v.throwIfAny();
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
         * @return the HealthInputs, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        HealthInputs build();
    }
}
