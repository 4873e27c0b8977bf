package dev.partnering.testkit;

import java.util.Objects;

/**
 * Two inputs of the same period where {@link #better()} is no worse than {@link #worse()} in any
 * respect and better in one: a KPI's measurements moved in the KPI's better direction, more of a
 * ratio within its target, a BINARY KPI met, a lower actual cost, fewer or smaller breaches. The
 * monotonicity invariant says the supplier's payout must not fall from one to the other; see
 * {@link IncentiveInvariants#assertMonotone(Improvement)}.
 * <p>
 * When the inputs offer nothing of the kind to improve, {@code better} equals {@code worse} and
 * {@link #isChange()} is false. This class is immutable and thread-safe.
 *
 * @param kind  what was improved, not null
 * @param worse  the inputs before, not null
 * @param better  the inputs after, not null
 * @param change  the change in words, e.g. {@code kpi-2 measurements moved 0.35 in the better direction}, not null
 * @since 0.1.0
 */
public record Improvement(Kind kind, PeriodInputs worse, PeriodInputs better, String change) {

    /** What an improvement changes. */
    public enum Kind {
        /** Every measurement of one value KPI moved in the KPI's better direction (within its valid range). */
        KPI_VALUE,
        /** The numerators of one ratio KPI moved in its better direction, the denominators kept. */
        KPI_RATIO,
        /** Every measurement of one BINARY KPI met. */
        KPI_MET,
        /** A gain-share component's actual cost lowered (or its given savings raised). */
        LOWER_COST,
        /** A breach event dropped, or its units lowered. */
        FEWER_BREACHES
    }

    /**
     * Checks for nulls.
     *
     * @param kind  what was improved, not null
     * @param worse  the inputs before, not null
     * @param better  the inputs after, not null
     * @param change  the change in words, e.g. {@code kpi-2 measurements moved 0.35 in the better direction}, not null
     */
    public Improvement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(worse, "worse");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(change, "change");
    }

    /** @return true if {@code better} differs from {@code worse} */
    public boolean isChange() {
        return !worse.equals(better);
    }

    /** @return the change and both inputs, for a falsified sample's report */
    @Override
    public String toString() {
        return kind + ": " + change + "\n  worse:  " + worse + "\n  better: " + better;
    }
}
