package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.party.PartyKind;

/**
 * Writes the explanation of a {@link TrustReport}. It reads only the report's figures, so a
 * suppressed figure can never appear in it, and the explanation of a report is determined by its
 * figures. Stateless; not instantiable.
 */
final class TrustExplanation {

    private TrustExplanation() {
    }

    /**
     * @param r  the report, whose explanation is ignored
     * @return the explanation of the report's figures; depends on nothing else
     */
    static Explanation of(TrustReport r) {
        TrustPolicy policy = r.policy();
        LikertScale scale = r.scale();
        Explanation.Builder b = Explanation.builder("Trust report of " + r.assessmentDate());
        b.add(Step.of(StepKind.INPUT, "survey of " + r.assessmentDate() + ": " + r.respondents() + " respondents, "
                 + r.dimensions().size() + " dimensions, scale " + scale.label()));
        b.add(StepKind.RULE, "normalised answer = (answer - " + scale.minimum() + ") / (" + scale.maximum() + " - "
                + scale.minimum() + ") x 100; a group's score is the mean of its normalised answers, divided once from the"
                + " exact sum and rounded to " + TrustReport.DECIMALS + " decimals");
        b.add(StepKind.RULE, "minimum group size " + policy.minimumGroupSize()
                + ": a group with fewer respondents is suppressed, and so is every figure from which such a group"
                + " could be worked out by subtraction or whose answers the figures shown and the ends of the scale"
                + " could narrow down");
        b.add(StepKind.RULE, "trust index = weighted mean of the dimension scores shown; weights "
                + weights(r.dimensions(), policy));
        b.add(StepKind.RULE, "in balance when every perception gap |customer - supplier| is at most "
                + Decimals.show(policy.balanceThreshold()));
        for (DimensionTrust d : r.dimensions()) {
            b.add(dimension(d, policy));
        }
        b.add(indexStep("trust index", r.index(), policy, d -> r.dimension(d).overall()));
        for (PartyKind side : List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER)) {
            b.add(indexStep("trust index, " + TrustGroup.sideName(side) + " side", r.index(side), policy,
                    d -> r.dimension(d).side(side)));
        }
        for (LevelTrust l : r.levels()) {
            b.add(level(l, policy));
        }
        b.add(balance(r));
        r.trend().ifPresent(t -> b.add(trend(t)));
        if (!r.suppressed().isEmpty()) {
            b.add(Step.of(StepKind.WARNING, r.suppressed().size() + " figures suppressed to protect anonymity",
                    Map.of(), r.suppressed().stream().map(s -> Step.of(StepKind.WARNING, s.explanation())).toList()));
        }
        return b.build();
    }

    private static String weights(List<DimensionTrust> dimensions, TrustPolicy policy) {
        StringBuilder sb = new StringBuilder();
        for (DimensionTrust dt : dimensions) {
            TrustDimension d = dt.dimension();
            sb.append(sb.length() == 0 ? "" : ", ").append(d.id()).append(' ').append(Decimals.show(policy.weightOf(d)));
        }
        return sb.toString();
    }

    private static Step dimension(DimensionTrust d, TrustPolicy policy) {
        Step step = Step.of(StepKind.COMPUTATION, d.dimension().id() + " (" + d.dimension().name() + ")");
        step = step.withChild(figure(d.overall()));
        step = step.withChild(figure(d.customer()));
        step = step.withChild(figure(d.supplier()));
        step = step.withChild(gap(d, policy));
        for (PartyKind side : List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER)) {
            SelfImage s = d.selfImage(side);
            if (!(s.self() instanceof GroupScore.NoAnswers) || !(s.seenByPartner() instanceof GroupScore.NoAnswers)) {
                step = step.withChild(selfImage(s));
            }
        }
        return step;
    }

    private static Step level(LevelTrust l, TrustPolicy policy) {
        String name = TrustGroup.sideName(l.side()) + " side, level " + l.level().letter();
        Step step = Step.of(StepKind.COMPUTATION, name);
        for (GroupScore s : l.scores()) {
            step = step.withChild(figure(s));
        }
        return step.withChild(indexStep("trust index, " + name, l.index(), policy, d -> l.score(d).orElseThrow()));
    }

    static Step figure(GroupScore s) {
        if (s instanceof GroupScore.Shown shown) {
            return Step.of(StepKind.COMPUTATION, shown.group().label() + ": mean of " + shown.answers()
                    + " normalised answers from " + shown.respondents() + " respondents = " + Decimals.show(shown.value()));
        }
        if (s instanceof GroupScore.Suppressed hidden) {
            return Step.of(StepKind.WARNING, hidden.explanation());
        }
        return Step.of(StepKind.COMPUTATION, s.group().label() + ": no answers");
    }

    private static Step gap(DimensionTrust d, TrustPolicy policy) {
        Optional<BigDecimal> gap = d.perceptionGap();
        if (gap.isEmpty()) {
            return Step.of(StepKind.COMPUTATION, "perception gap: not available, a side's score is not shown");
        }
        boolean above = gap.get().compareTo(policy.balanceThreshold()) > 0;
        return Step.of(StepKind.COMPUTATION, "perception gap = |" + Decimals.show(d.customer().score().orElseThrow())
                + " - " + Decimals.show(d.supplier().score().orElseThrow()) + "| = " + Decimals.show(gap.get())
                + (above ? " > " : " <= ") + Decimals.show(policy.balanceThreshold())
                + (above ? ": out of balance" : ": in balance"));
    }

    private static Step selfImage(SelfImage s) {
        String side = TrustGroup.sideName(s.side()) + " side";
        String self = s.self().score().map(Decimals::show).orElse(absent(s.self()));
        String seen = s.seenByPartner().score().map(Decimals::show).orElse(absent(s.seenByPartner()));
        String gap = s.gap().map(g -> ", self-image gap " + (g.signum() > 0 ? "+" : "") + Decimals.show(g)).orElse("");
        return Step.of(StepKind.COMPUTATION, "self-image of the " + side + ": " + self + " in its own eyes, " + seen
                + " in its partner's" + gap);
    }

    private static String absent(GroupScore s) {
        return s instanceof GroupScore.Suppressed ? "suppressed" : "no answers";
    }

    static Step indexStep(String name, TrustIndex index, TrustPolicy policy, Function<TrustDimension, GroupScore> score) {
        if (index.value().isEmpty()) {
            return Step.of(StepKind.RESULT, name + ": not available, no dimension score is shown ("
                    + index.leftOut().stream().map(TrustDimension::id).toList() + " suppressed or without answers)");
        }
        StringBuilder terms = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        for (TrustDimension d : index.included()) {
            String sep = terms.length() == 0 ? "" : " + ";
            terms.append(sep).append(Decimals.show(policy.weightOf(d))).append(" x ")
                    .append(Decimals.show(score.apply(d).score().orElseThrow()));
            weights.append(sep).append(Decimals.show(policy.weightOf(d)));
        }
        Step step = Step.of(StepKind.RESULT, name + " = (" + terms + ") / (" + weights + ") = "
                + Decimals.show(index.value().get()));
        if (!index.leftOut().isEmpty()) {
            step = step.withFact("left out", index.leftOut().stream().map(TrustDimension::id).toList());
        }
        return step;
    }

    private static Step balance(TrustReport r) {
        Step step = Step.of(StepKind.RESULT, "balance: " + r.balance());
        for (DimensionTrust d : r.gapsAboveThreshold()) {
            step = step.withChild(Step.of(StepKind.WARNING, "trust perception gap on " + d.dimension().id() + " "
                    + Decimals.show(d.perceptionGap().orElseThrow()) + " > " + Decimals.show(r.policy().balanceThreshold())));
        }
        return step;
    }

    private static Step trend(TrustTrend t) {
        Step step = Step.of(StepKind.COMPUTATION, "trend against the assessment of " + t.previousAssessment());
        step = step.withChild(Step.of(StepKind.RULE, "a change is shown for a figure shown in both assessments whose"
                + " respondents and answers are as many in both, or whose respondents differ in number by at least the"
                + " minimum group size (an index: every figure it weighs so)"));
        for (TrustChange c : t.changes()) {
            String sign = c.change().signum() > 0 ? "+" : "";
            step = step.withChild(Step.of(StepKind.COMPUTATION, c.figure() + ": " + Decimals.show(c.previous()) + " -> "
                    + Decimals.show(c.current()) + " (" + sign + Decimals.show(c.change()) + ")"));
        }
        if (t.changes().isEmpty()) {
            step = step.withChild(Step.of(StepKind.COMPUTATION, "no change can be shown"));
        }
        return step;
    }
}
