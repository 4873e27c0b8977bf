package dev.partnering.trust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import dev.partnering.governance.GovernanceLevel;
import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;

/**
 * A test oracle for {@link TrustCalculator}: everything about a report that can be checked without
 * the survey it was computed from (reports are written to JSON only, never read back, so the SDK
 * itself no longer re-validates them). Above all the anonymity rules: no figure is shown for fewer
 * respondents than the minimum group size, and the figures shown do not let a figure suppressed
 * for that reason be worked out by subtraction. Stateless; not instantiable.
 */
final class TrustReportCheck {

    private static final List<PartyKind> SIDES = List.of(PartyKind.CUSTOMER, PartyKind.SUPPLIER);
    private static final int LEVELS = GovernanceLevel.values().length;
    private static final int FOCI = Focus.values().length;
    /** The cells of one dimension: side x level x focus, every level (the cautious assumption). */
    private static final int CELLS = SIDES.size() * LEVELS * FOCI;

    private TrustReportCheck() {
    }

    /** A figure of the report, where it stands and the group whose figure belongs there. */
    private record Placed(String path, GroupScore score, TrustGroup expected) {

        boolean isInPlace() {
            return score.group().equals(expected);
        }
    }

    /**
     * @param r  the report, not null
     * @throws dev.partnering.ValidationException listing every violation, if any
     */
    static void check(TrustReport r) {
        Violations v = Violations.of("TrustReport of " + r.assessmentDate());
        v.require(r.respondents() >= 0, "respondents", r.respondents(),
                "respondents " + r.respondents() + " must not be negative");
        List<Placed> figures = new ArrayList<>();
        dimensions(r, v, figures);
        boolean levelsComplete = levels(r, v, figures);
        figures.forEach(p -> figure(r, p, v));
        suppressedList(r, figures, v);
        subtraction(r, figures, v);
        List<DimensionTrust> dims = r.dimensions();
        index(v, r.policy(), "index", "the trust index", r.index(), dims, k -> dims.get(k).overall());
        for (PartyKind side : SIDES) {
            index(v, r.policy(), TrustGroup.sideName(side) + "Index", "the trust index of the " + TrustGroup.sideName(side) + " side",
                    r.index(side), dims, k -> dims.get(k).side(side));
        }
        if (levelsComplete) {
            for (int j = 0; j < r.levels().size(); j++) {
                LevelTrust l = r.levels().get(j);
                index(v, r.policy(), "levels[" + j + "].index", "the trust index of the " + TrustGroup.sideName(l.side())
                        + " side at level " + l.level().letter(), l.index(), dims, k -> l.scores().get(k));
            }
        }
        balance(r, v);
        r.trend().ifPresent(t -> trend(r, t, v));
        if (v.isEmpty() && !r.explanation().equals(TrustExplanation.of(r))) {
            v.add("explanation", r.explanation().subject(), "the explanation must be the one the figures of the report"
                    + " give, so that no figure the report suppresses can appear in it; it differs");
        }
        v.throwIfAny();
    }

    // ---------------------------------------------------------------- where each figure stands

    private static void dimensions(TrustReport r, Violations v, List<Placed> figures) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < r.dimensions().size(); i++) {
            DimensionTrust d = r.dimensions().get(i);
            TrustDimension dim = d.dimension();
            String path = "dimensions[" + i + "]";
            if (!ids.add(dim.id())) {
                v.add(path + ".dimension.id", dim.id(), "dimension '" + dim.id() + "' is listed more than once");
            }
            BigDecimal weight = r.policy().weightOf(dim);
            v.require(d.weight().compareTo(weight) == 0, path + ".weight", Decimals.plain(d.weight()), "weight "
                    + Decimals.plain(d.weight()) + " of dimension '" + dim.id() + "' must be the policy's weight "
                    + Decimals.plain(weight));
            figures.add(new Placed(path + ".overall", d.overall(), TrustGroup.overall(dim)));
            for (PartyKind side : SIDES) {
                String name = TrustGroup.sideName(side);
                figures.add(new Placed(path + "." + name, d.side(side), TrustGroup.side(dim, side)));
            }
            for (PartyKind side : SIDES) {
                String name = TrustGroup.sideName(side);
                SelfImage s = d.selfImage(side);
                String sp = path + "." + name + "SelfImage";
                v.require(s.side() == side, sp + ".side", s.side(), "the self-image of the " + name + " side on '"
                        + dim.id() + "' must be about the " + name + " side, not the " + TrustGroup.sideName(s.side()) + " side");
                figures.add(new Placed(sp + ".self", s.self(), TrustGroup.view(dim, side, Focus.OWN_SIDE)));
                figures.add(new Placed(sp + ".seenByPartner", s.seenByPartner(),
                        TrustGroup.view(dim, side.other(), Focus.PARTNER_SIDE)));
            }
        }
    }

    /** @return true if every level has one figure per dimension */
    private static boolean levels(TrustReport r, Violations v, List<Placed> figures) {
        Set<String> seen = new HashSet<>();
        boolean complete = true;
        for (int j = 0; j < r.levels().size(); j++) {
            LevelTrust l = r.levels().get(j);
            String path = "levels[" + j + "]";
            String name = "the " + TrustGroup.sideName(l.side()) + " side at level " + l.level().letter();
            v.require(seen.add(l.side() + "/" + l.level()), path, l.side() + "/" + l.level(),
                    name + " is listed more than once");
            if (l.scores().size() != r.dimensions().size()) {
                v.add(path + ".scores", l.scores().size(), name + " has " + l.scores().size()
                        + " figures, but it must have one per dimension of the report, " + r.dimensions().size());
                complete = false;
                continue;
            }
            for (int k = 0; k < l.scores().size(); k++) {
                figures.add(new Placed(path + ".scores[" + k + "]", l.scores().get(k),
                        TrustGroup.level(r.dimensions().get(k).dimension(), l.side(), l.level())));
            }
        }
        return complete;
    }

    // ---------------------------------------------------------------- each figure

    private static void figure(TrustReport r, Placed p, Violations v) {
        GroupScore s = p.score();
        String label = p.expected().label();
        if (!p.isInPlace()) {
            v.add(p.path() + ".group", s.group().label(), "the figure of '" + s.group().label()
                    + "' stands where the figure of '" + label + "' belongs");
            return;
        }
        int minimum = r.policy().minimumGroupSize();
        if (s instanceof GroupScore.Shown shown) {
            BigDecimal value = shown.value();
            v.require(value.signum() >= 0 && value.compareTo(Decimals.HUNDRED) <= 0, p.path() + ".value",
                    Decimals.plain(value), "score " + Decimals.plain(value) + " of '" + label + "' must be between 0 and 100");
            v.require(decimals(value) <= TrustReport.DECIMALS, p.path() + ".value", Decimals.plain(value), "score "
                    + Decimals.plain(value) + " of '" + label + "' must carry at most " + TrustReport.DECIMALS
                    + " decimals, as every figure is rounded once to them");
            v.require(shown.respondents() >= minimum, p.path() + ".respondents", shown.respondents(), "'" + label
                    + "' is shown with " + shown.respondents() + " respondents, fewer than the minimum group size "
                    + minimum + "; it must be suppressed");
            v.require(shown.respondents() <= r.respondents(), p.path() + ".respondents", shown.respondents(), "'" + label
                    + "' counts " + shown.respondents() + " respondents, more than the " + r.respondents()
                    + " of the survey");
            v.require(shown.answers() >= shown.respondents(), p.path() + ".answers", shown.answers(), "'" + label
                    + "' averages " + shown.answers() + " answers, fewer than its " + shown.respondents()
                    + " respondents, each of whom answered at least once");
        } else if (s instanceof GroupScore.Suppressed hidden) {
            v.require(hidden.minimumGroupSize() == minimum, p.path() + ".minimumGroupSize", hidden.minimumGroupSize(),
                    "'" + label + "' is suppressed under a minimum group size of " + hidden.minimumGroupSize()
                            + ", but the policy's is " + minimum);
        }
    }

    /** @return the decimals of a value once trailing zeros are dropped, 0 for a whole number */
    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static void suppressedList(TrustReport r, List<Placed> figures, Violations v) {
        Set<GroupScore.Suppressed> inFigures = new LinkedHashSet<>();
        figures.stream().map(Placed::score).filter(GroupScore.Suppressed.class::isInstance)
                .map(GroupScore.Suppressed.class::cast).forEach(inFigures::add);
        Set<GroupScore.Suppressed> listed = new HashSet<>();
        for (int i = 0; i < r.suppressed().size(); i++) {
            GroupScore.Suppressed s = r.suppressed().get(i);
            String label = s.group().label();
            if (!listed.add(s)) {
                v.add("suppressed[" + i + "]", label, "'" + label + "' is listed as suppressed more than once");
            } else if (!inFigures.contains(s)) {
                v.add("suppressed[" + i + "]", label, "'" + label + "' is listed as suppressed (" + s.reason()
                        + "), but the figures of the report do not suppress it so");
            }
        }
        boolean same = listed.equals(inFigures) && listed.size() == r.suppressed().size();
        for (GroupScore.Suppressed s : inFigures) {
            if (!listed.contains(s)) {
                v.add("suppressed", s.group().label(), "'" + s.group().label() + "' is suppressed (" + s.reason()
                        + ") in the figures of the report, but not listed as suppressed");
            }
        }
        if (same) {
            List<GroupScore.Suppressed> ordered = new ArrayList<>(r.suppressed());
            ordered.sort(Comparator.comparingInt((GroupScore.Suppressed s) -> dimensionIndex(r, s.group().dimension()))
                    .thenComparingInt(s -> TrustCalculator.groups(s.group().dimension(), ALL_LEVELS).indexOf(s.group())));
            v.require(ordered.equals(r.suppressed()), "suppressed", labels(r.suppressed()), "the suppressed figures must"
                    + " be listed in the order of the figures of the report (by dimension; both sides, then each side with"
                    + " its 360° views and its levels from A down): " + labels(ordered));
        }
    }

    private static final List<GovernanceLevel> ALL_LEVELS = List.of(GovernanceLevel.values());

    private static int dimensionIndex(TrustReport r, TrustDimension d) {
        for (int i = 0; i < r.dimensions().size(); i++) {
            if (r.dimensions().get(i).dimension().equals(d)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<String> labels(List<GroupScore.Suppressed> figures) {
        return figures.stream().map(s -> s.group().label()).toList();
    }

    // ---------------------------------------------------------------- subtraction

    /**
     * Per dimension: no figure suppressed for having fewer respondents than the minimum may be a
     * linear combination of the figures shown (their answer counts give their sums). The answers
     * of a dimension fall into cells by side, level and focus; every cell is assumed to hold
     * answers unless a figure without answers covers it, which exposes at least as much as the
     * report's real cells, so a report the calculator computed always passes.
     */
    private static void subtraction(TrustReport r, List<Placed> figures, Violations v) {
        for (DimensionTrust d : r.dimensions()) {
            List<Placed> own = figures.stream()
                    .filter(p -> p.isInPlace() && p.expected().dimension().equals(d.dimension())).toList();
            int empty = 0;
            for (Placed p : own) {
                if (p.score() instanceof GroupScore.NoAnswers) {
                    empty |= cells(p.expected());
                }
            }
            Disclosure.Span shown = new Disclosure.Span();
            for (Placed p : own) {
                if (p.score().isShown()) {
                    shown.add(Disclosure.Span.vector(cells(p.expected()) & ~empty, CELLS));
                }
            }
            for (Placed p : own) {
                if (p.score() instanceof GroupScore.Suppressed s && s.reason() == SuppressionReason.BELOW_MINIMUM
                        && shown.contains(Disclosure.Span.vector(cells(p.expected()) & ~empty, CELLS))) {
                    v.add(p.path(), p.expected().label(), "'" + p.expected().label() + "' is suppressed for having fewer"
                            + " than " + s.minimumGroupSize() + " respondents, but the figures shown on '"
                            + d.dimension().id() + "' let it be worked out by subtraction");
                }
            }
        }
    }

    /** @return the bit mask of the cells of a group */
    private static int cells(TrustGroup g) {
        int mask = 0;
        for (PartyKind side : SIDES) {
            for (GovernanceLevel level : GovernanceLevel.values()) {
                for (Focus focus : Focus.values()) {
                    if (g.side().map(s -> s == side).orElse(true) && g.level().map(l -> l == level).orElse(true)
                            && g.focus().map(f -> f == focus).orElse(true)) {
                        mask |= 1 << ((side.ordinal() * LEVELS + level.ordinal()) * FOCI + focus.ordinal());
                    }
                }
            }
        }
        return mask;
    }

    // ---------------------------------------------------------------- indexes, balance, trend

    private static void index(Violations v, TrustPolicy policy, String path, String name, TrustIndex index, List<DimensionTrust> dims,
            IntFunction<GroupScore> score) {
        List<TrustDimension> included = new ArrayList<>();
        List<TrustDimension> leftOut = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int k = 0; k < dims.size(); k++) {
            Optional<BigDecimal> s = score.apply(k).score();
            DimensionTrust d = dims.get(k);
            if (s.isPresent()) {
                included.add(d.dimension());
                BigDecimal w = policy.weightOf(d.dimension());
                weighted = weighted.add(w.multiply(s.get()));
                weights = weights.add(w);
            } else {
                leftOut.add(d.dimension());
            }
        }
        if (!index.included().equals(included) || !index.leftOut().equals(leftOut)) {
            v.add(path + ".included", ids(index.included()), name + " includes " + ids(index.included())
                    + " and leaves out " + ids(index.leftOut()) + ", but the dimensions with a shown score are "
                    + ids(included) + " and the others " + ids(leftOut));
            return;
        }
        Optional<BigDecimal> expected = TrustCalculator.weightedMean(weighted, weights);
        if (!sameValue(index.value(), expected)) {
            v.add(path + ".value", index.value().map(Decimals::plain).orElse(null), name + " is "
                    + index.value().map(Decimals::plain).orElse("absent") + ", but the weighted mean of the scores shown is "
                    + expected.map(Decimals::plain).orElse("absent"));
        }
    }

    private static List<String> ids(List<TrustDimension> dimensions) {
        return dimensions.stream().map(TrustDimension::id).toList();
    }

    private static boolean sameValue(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && a.map(x -> x.compareTo(b.get()) == 0).orElse(true);
    }

    private static void balance(TrustReport r, Violations v) {
        BigDecimal threshold = r.policy().balanceThreshold();
        Balance expected = Balance.IN_BALANCE;
        for (DimensionTrust d : r.dimensions()) {
            Optional<BigDecimal> gap = d.perceptionGap();
            if (gap.isEmpty()) {
                expected = expected == Balance.OUT_OF_BALANCE ? expected : Balance.UNDETERMINED;
            } else if (gap.get().compareTo(threshold) > 0) {
                expected = Balance.OUT_OF_BALANCE;
            }
        }
        v.require(r.balance() == expected, "balance", r.balance(), "balance " + r.balance() + " does not follow from"
                + " the perception gaps and the threshold " + Decimals.plain(threshold) + ", which give " + expected);
    }

    private static void trend(TrustReport r, TrustTrend t, Violations v) {
        v.require(t.previousAssessment().isBefore(r.assessmentDate()), "trend.previousAssessment", t.previousAssessment(),
                "the previous assessment of " + t.previousAssessment() + " must be before this one of " + r.assessmentDate());
        Map<String, Optional<BigDecimal>> figures = new LinkedHashMap<>();
        figures.put(TrustTrend.INDEX, r.trustIndex());
        for (PartyKind side : SIDES) {
            figures.put(TrustTrend.indexName(side), r.trustIndex(side));
        }
        for (DimensionTrust d : r.dimensions()) {
            figures.put(TrustGroup.overall(d.dimension()).label(), d.overall().score());
            for (PartyKind side : SIDES) {
                figures.put(TrustGroup.side(d.dimension(), side).label(), d.side(side).score());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.changes().size(); i++) {
            TrustChange c = t.changes().get(i);
            String path = "trend.changes[" + i + "]";
            String figure = c.figure();
            BigDecimal previous = c.previous();
            v.require(previous.signum() >= 0 && previous.compareTo(Decimals.HUNDRED) <= 0, path + ".previous",
                    Decimals.plain(previous), "the previous value " + Decimals.plain(previous) + " of '" + figure
                            + "' must be between 0 and 100");
            v.require(decimals(previous) <= TrustReport.DECIMALS, path + ".previous", Decimals.plain(previous),
                    "the previous value " + Decimals.plain(previous) + " of '" + figure + "' must carry at most "
                            + TrustReport.DECIMALS + " decimals, as every figure is rounded once to them");
            if (!seen.add(figure)) {
                v.add(path + ".figure", figure, "the change of '" + figure + "' is listed more than once");
            } else if (!figures.containsKey(figure)) {
                v.add(path + ".figure", figure, "'" + figure + "' is not a figure a trend compares: the trust indexes"
                        + " and each dimension of the report overall and per side");
            } else if (figures.get(figure).isEmpty()) {
                v.add(path + ".current", Decimals.plain(c.current()), "'" + figure
                        + "' is not shown in this report, so the trend cannot hold its change");
            } else {
                BigDecimal now = figures.get(figure).get();
                v.require(now.compareTo(c.current()) == 0, path + ".current", Decimals.plain(c.current()), "the current"
                        + " value " + Decimals.plain(c.current()) + " of '" + figure + "' must be the figure this report"
                        + " shows, " + Decimals.plain(now));
            }
        }
    }
}
