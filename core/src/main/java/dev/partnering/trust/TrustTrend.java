package dev.partnering.trust;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.party.PartyKind;

/**
 * The trend of a trust report against the previous assessment: the change of every figure shown
 * in both, the trust indexes first, then each dimension overall and per side, whose comparison
 * cannot expose a group below the minimum: a figure's respondents and answers are as many in both
 * assessments, or its respondents differ in number by at least the minimum group size (the larger
 * of both reports' policies); an index's change only when every dimension figure it weighs
 * qualifies, over the same dimensions. A figure without a change here may still be in both
 * reports; see the package documentation for what comparing them by hand can tell.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param previousAssessment  the date of the previous assessment, not null
 * @param changes  the changes, not null
 * @since 0.1.0
 */
public record TrustTrend(LocalDate previousAssessment, List<TrustChange> changes) {


    /** The figure name of the overall trust index. */
    static final String INDEX = "trust index";
    /**
     * Creates the value, checking that no component is null.
     *
     * @param previousAssessment  the date of the previous assessment, not null
     * @param changes  the changes, not null
     */
    public TrustTrend {
        Objects.requireNonNull(previousAssessment, "previousAssessment");
        changes = List.copyOf(changes);
    }

    /** @return the change of the overall trust index, empty unless shown in both reports */
    public Optional<BigDecimal> indexChange() {
        return change(INDEX);
    }

    /**
     * @param side  a side, not null
     * @return the change of the side's trust index, empty unless shown in both reports
     */
    public Optional<BigDecimal> indexChange(PartyKind side) {
        return change(indexName(side));
    }

    /**
     * @param group  an overall or side group, not null
     * @return the change of the group's score, empty unless shown in both reports
     */
    public Optional<BigDecimal> change(TrustGroup group) {
        return change(group.label());
    }

    private Optional<BigDecimal> change(String figure) {
        return changes.stream().filter(c -> c.figure().equals(figure)).findFirst().map(TrustChange::change);
    }

    static String indexName(PartyKind side) {
        return INDEX + ", " + TrustGroup.sideName(side) + " side";
    }
}
