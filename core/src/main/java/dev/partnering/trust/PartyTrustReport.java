package dev.partnering.trust;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.governance.GovernanceLevel;

/**
 * Trust per party and per pair of parties, for several suppliers (or customers) in one room: per
 * dimension, the figure of each party's respondents, of each party's respondents at each level, of
 * each party's respondents about each party they answered about (a supplier about another supplier
 * included), and of everyone about each party. Computed by {@link TrustCalculator#assessParties}
 * from the same survey as the {@link TrustReport} per side.
 * <p>
 * Anonymity: the figures shown here, together with those of the {@link TrustReport} of the same
 * survey, never expose a group of fewer than {@link #minimumGroupSize()} respondents, by
 * subtraction, by bounds at the ends of the scale or in combination: see
 * {@link TrustCalculator#assessParties}. A suppressed figure carries no number; no figure carries a
 * respondent count.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param assessmentDate  the date of the assessment, not null
 * @param minimumGroupSize  the minimum group size in force
 * @param figures  the figures, dimension by dimension in survey order, then party by party in the
 *        survey's order of parties; only groups that hold answers; not null
 * @param explanation  how the figures were computed and which were suppressed, not null
 * @since 0.1.0
 */
public record PartyTrustReport(LocalDate assessmentDate, int minimumGroupSize, List<PartyFigure> figures,
        Explanation explanation) {

    /**
     * Creates the value, checking that no component is null and copying the list.
     *
     * @param assessmentDate  the date of the assessment, not null
     * @param minimumGroupSize  the minimum group size in force
     * @param figures  the figures, not null
     * @param explanation  the explanation, not null
     */
    public PartyTrustReport {
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        figures = List.copyOf(figures);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param group  a group, not null
     * @return its figure, empty when the group holds no answers
     */
    public Optional<PartyFigure> figure(PartyTrustGroup group) {
        Objects.requireNonNull(group, "group");
        return figures.stream().filter(f -> f.group().equals(group)).findFirst();
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @return the figure of the party's respondents, empty when they gave no answer on the dimension
     */
    public Optional<PartyFigure> party(TrustDimension dimension, String party) {
        return figure(PartyTrustGroup.party(dimension, party));
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @param level  the level, not null
     * @return the figure of the party's respondents at the level, empty when they gave no answer there
     */
    public Optional<PartyFigure> level(TrustDimension dimension, String party, GovernanceLevel level) {
        return figure(PartyTrustGroup.level(dimension, party, level));
    }

    /**
     * @param dimension  the dimension, not null
     * @param party  the respondents' party id, not null
     * @param about  the id of the party the answers are about, not null
     * @return the figure of the pair, empty when the party's respondents gave no answer about the other
     */
    public Optional<PartyFigure> pair(TrustDimension dimension, String party, String about) {
        return figure(PartyTrustGroup.pair(dimension, party, about));
    }

    /** @return the figures withheld, never null */
    public List<PartyFigure> suppressed() {
        return figures.stream().filter(f -> !f.isShown()).toList();
    }

    /** @return the figures shown, never null */
    public List<PartyFigure> shown() {
        return figures.stream().filter(PartyFigure::isShown).toList();
    }
}
