package dev.partnering.spark;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a portfolio job produced and rejected.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param agreementsEvaluated  agreements with at least one scorecard
 * @param scorecards  scorecards, one per agreement and period
 * @param statementPeriods  incentive-statement periods, one per agreement with a scheme and period
 * @param statements  incentive statements, one per agreement with a scheme
 * @param rejects  per input ({@code agreements}, {@code measurements}, {@code events}, {@code costs}), the rejects
 * @since 0.1.0
 */
public record JobSummary(long agreementsEvaluated, long scorecards, long statementPeriods, long statements,
        Map<String, Long> rejects) {

    /**
     * Copies the map, sorted by input; checks for nulls.
     *
     * @param agreementsEvaluated agreements with at least one scorecard
     * @param scorecards scorecards, one per agreement and period
     * @param statementPeriods incentive-statement periods, one per agreement with a scheme and period
     * @param statements incentive statements, one per agreement with a scheme
     * @param rejects per input ({@code agreements}, {@code measurements}, {@code events}, {@code costs}), the rejects
     */
    public JobSummary {
        rejects = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(rejects, "rejects")));
    }

    /** @return all rejects together */
    public long rejectCount() {
        return rejects.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return one line: {@code 120 agreements evaluated: 4320 scorecards, ... ; 3 rejects (measurements 2, agreements 1)} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(agreementsEvaluated).append(" agreements evaluated: ").append(scorecards)
                .append(" scorecards, ").append(statements).append(" incentive statements (").append(statementPeriods)
                .append(" periods); ").append(rejectCount()).append(" rejects");
        if (!rejects.isEmpty()) {
            sb.append(" (");
            rejects.forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(k).append(' ').append(v));
            sb.append(')');
        }
        return sb.toString();
    }
}
