package dev.partnering.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.partnering.Violation;

/**
 * A strict incentive calculation ({@link IncentiveCalculator#strict()}) refused to compute money
 * because the data of one or more periods are incomplete: a KPI without data, a period without any
 * data, a period outside the term. {@link #missing()} names each, as a {@link Violation} whose path
 * is {@code periods[<period>]} or {@code periods[<period>].kpis.<kpiId>}, whose value is the
 * name of the {@link dev.partnering.scorecard.ScorecardWarning.Kind} and whose rule is the warning's words.
 * <p>
 * It is not a {@link dev.partnering.ValidationException}: every input is valid, but the policy
 * forbids computing money from it; an ERP catches it to ask for the missing data. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IncompleteDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The id of the agreement whose data are incomplete. */
    private final String agreementId;
    private final transient List<Violation> missing;

    /**
     * @param agreementId  the agreement's id, not null
     * @param missing  what is missing, not empty, not null
     */
    public IncompleteDataException(String agreementId, List<Violation> missing) {
        super("Incomplete data for '" + Objects.requireNonNull(agreementId, "agreementId") + "', no money computed (strict "
                + "missing-data policy): " + missing.stream().map(Violation::rule).collect(Collectors.joining("; ")));
        this.agreementId = agreementId;
        this.missing = List.copyOf(missing);
    }

    /** @return the agreement's id, never null */
    public String agreementId() {
        return agreementId;
    }

    /** @return what is missing, one violation per KPI and period (or whole period), never empty, never null */
    public List<Violation> missing() {
        return missing;
    }
}
