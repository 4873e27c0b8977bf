package dev.partnering.trust;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.party.Party;

/**
 * Computes the figures of a {@link PartyTrustReport}; see {@link TrustCalculator#assessParties}
 * for the rule of anonymity and why it holds.
 * <p>
 * Stateless; not instantiable.
 */
final class PartyTrust {

    private PartyTrust() {
    }

    static PartyTrustReport assess(TrustSurvey survey, int minimum) {
        long range = (long) survey.scale().maximum() - survey.scale().minimum();
        List<String> parties = survey.parties().stream().map(Party::id).toList();
        Set<GovernanceLevel> levels = EnumSet.noneOf(GovernanceLevel.class);
        survey.responses().forEach(r -> levels.add(r.level()));
        List<PartyFigure> figures = new ArrayList<>();
        Explanation.Builder b = Explanation.builder("Trust per party of " + survey.assessmentDate());
        b.add(Step.of(StepKind.INPUT, "survey of " + survey.assessmentDate() + ": " + survey.responses().size()
                + " respondents, parties " + parties));
        b.add(StepKind.RULE, "normalised answer = (answer - " + survey.scale().minimum() + ") / ("
                + survey.scale().maximum() + " - " + survey.scale().minimum() + ") x 100; a figure = mean of its"
                + " group's normalised answers");
        b.add(StepKind.RULE, "minimum group size " + minimum + ": a figure of fewer respondents is suppressed; the"
                + " figures of a dimension are shown only when every cell of its answers (side, party, level, focus,"
                + " party answered about) has at least " + minimum + " respondents");
        for (TrustDimension d : survey.dimensions()) {
            figures.addAll(dimension(survey, d, parties, List.copyOf(levels), minimum, range, b));
        }
        return new PartyTrustReport(survey.assessmentDate(), minimum, figures, b.build());
    }

    private static List<PartyFigure> dimension(TrustSurvey survey, TrustDimension d, List<String> parties,
            List<GovernanceLevel> levels, int minimum, long range, Explanation.Builder b) {
        Map<List<Object>, Set<String>> cells = new HashMap<>();
        Map<PartyTrustGroup, Tally> tallies = new HashMap<>();
        for (SurveyResponse r : survey.responses()) {
            for (Answer a : r.answers()) {
                if (!a.dimension().equals(d)) {
                    continue;
                }
                long step = (long) a.value() - survey.scale().minimum();
                cells.computeIfAbsent(List.of(r.side(), r.party().orElse(""), r.level(), a.focus(), a.about().orElse("")),
                        k -> new HashSet<>()).add(r.respondent());
                r.party().ifPresent(p -> {
                    tally(tallies, PartyTrustGroup.party(d, p), r, step);
                    tally(tallies, PartyTrustGroup.level(d, p, r.level()), r, step);
                    a.about().ifPresent(x -> tally(tallies, PartyTrustGroup.pair(d, p, x), r, step));
                });
                a.about().ifPresent(x -> tally(tallies, PartyTrustGroup.about(d, x), r, step));
            }
        }
        boolean smallCell = cells.values().stream().anyMatch(s -> s.size() < minimum);
        if (smallCell && !tallies.isEmpty()) {
            b.add(StepKind.WARNING, d.id() + ": every figure per party withheld, since some cell of its answers has"
                    + " fewer than " + minimum + " respondents");
        }
        List<PartyFigure> out = new ArrayList<>();
        for (PartyTrustGroup g : order(d, parties, levels)) {
            Tally t = tallies.get(g);
            if (t == null) {
                continue;
            }
            PartyFigure f;
            if (t.respondents.size() < minimum) {
                f = new PartyFigure(g, Optional.empty(), Optional.of(SuppressionReason.BELOW_MINIMUM));
            } else if (smallCell) {
                f = new PartyFigure(g, Optional.empty(), Optional.of(SuppressionReason.COMPLEMENTARY));
            } else {
                f = new PartyFigure(g, Optional.of(TrustCalculator.mean(t.steps, t.answers, range)), Optional.empty());
            }
            b.add(StepKind.RESULT, f.describe(minimum));
            out.add(f);
        }
        return out;
    }

    /** The groups of a dimension in report order: each party, its levels and pairs; then everyone about each party. */
    private static Set<PartyTrustGroup> order(TrustDimension d, List<String> parties,
            List<GovernanceLevel> levels) {
        Set<PartyTrustGroup> order = new LinkedHashSet<>();
        for (String p : parties) {
            order.add(PartyTrustGroup.party(d, p));
            levels.forEach(l -> order.add(PartyTrustGroup.level(d, p, l)));
            parties.forEach(x -> order.add(PartyTrustGroup.pair(d, p, x)));
        }
        parties.forEach(x -> order.add(PartyTrustGroup.about(d, x)));
        return order;
    }

    private static void tally(Map<PartyTrustGroup, Tally> tallies, PartyTrustGroup g, SurveyResponse r, long step) {
        Tally t = tallies.computeIfAbsent(g, k -> new Tally());
        t.respondents.add(r.respondent());
        t.steps += step;
        t.answers++;
    }

    /** The answers of one group: the exact sum of their steps, their count and their respondents. */
    private static final class Tally {
        private final Set<String> respondents = new HashSet<>();
        private long steps;
        private long answers;
    }
}
