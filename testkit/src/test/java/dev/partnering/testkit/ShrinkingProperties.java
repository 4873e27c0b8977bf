package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.trust.Answer;
import dev.partnering.trust.Focus;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.TrustDimension;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Shrinking ends in small, readable values. Each property here fails on purpose; a lifecycle hook
 * runs it, takes the shrunk sample jqwik reports, and turns the run into a success only if that
 * sample is as small as the failure allows (and into a failure naming the sample otherwise, or if
 * the property did not fail at all).
 */
class ShrinkingProperties {

    @Property(tries = 200)
    @AddLifecycleHook(ShrinksToThreeKpis.class)
    void failsForAnAgreementWithThreeKpisOrMore(@ForAll("agreements") Agreement agreement) {
        assertTrue(agreement.kpis().size() < 3, "fails on purpose");
    }

    @Provide
    Arbitrary<Agreement> agreements() {
        return PartneringArbitraries.agreements();
    }

    @Property(tries = 200)
    @AddLifecycleHook(ShrinksToSevenKpisAndTwoSuppliers.class)
    void failsForAnAgreementWithSevenKpisOrMore(@ForAll("twoSupplierAgreements") Agreement agreement) {
        assertTrue(agreement.kpis().size() < 7, "fails on purpose");
    }

    @Provide
    Arbitrary<Agreement> twoSupplierAgreements() {
        return PartneringArbitraries.agreements().withSuppliers(2).withKpis(5, 20);
    }

    @Property(tries = 200)
    @AddLifecycleHook(ShrinksToAPenaltyAlone.class)
    void failsForASchemeWithAPenalty(@ForAll("schemes") IncentiveScheme scheme) {
        assertTrue(scheme.component(Penalty.TYPE).isEmpty(), "fails on purpose");
    }

    @Provide
    Arbitrary<IncentiveScheme> schemes() {
        return PartneringArbitraries.incentiveSchemes();
    }

    @Property(tries = 200)
    @AddLifecycleHook(ShrinksToOneAnswerJustAboveTheMidpoint.class)
    void failsForASurveyWithAnAnswerAboveTheMidpoint(@ForAll("surveys") TrustSurvey survey) {
        LikertScale scale = survey.scale();
        int midpoint = scale.minimum() + (scale.maximum() - scale.minimum()) / 2;
        assertTrue(survey.responses().stream().flatMap(r -> r.answers().stream()).allMatch(a -> a.value() <= midpoint),
                "fails on purpose");
    }

    @Provide
    Arbitrary<TrustSurvey> surveys() {
        return PartneringArbitraries.trustSurveys();
    }

    /** Runs the property and judges its shrunk sample instead of its failure. */
    abstract static class ExpectShrunk implements AroundPropertyHook {

        /** @return what is too large in the shrunk sample, empty if it is small enough */
        abstract List<String> tooLarge(Object sample);

        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            PropertyExecutionResult result = property.execute();
            if (result.status() != PropertyExecutionResult.Status.FAILED || result.falsifiedParameters().isEmpty()) {
                return result.mapToFailed("the property should have failed on purpose, but was " + result.status());
            }
            Object sample = result.falsifiedParameters().get().get(0);
            List<String> problems = tooLarge(sample);
            return problems.isEmpty() ? result.mapToSuccessful()
                    : result.mapToFailed("shrinking ended in a larger sample than needed: " + problems + "\n" + sample);
        }
    }

    /** One customer, one supplier, two levels, exactly three KPIs, a one-year term without options, no scheme. */
    static class ShrinksToThreeKpis extends ExpectShrunk {
        @Override
        List<String> tooLarge(Object sample) {
            Agreement a = (Agreement) sample;
            List<String> problems = smallFrame(a, 1);
            check(problems, a.kpis().size() == 3, "kpis " + a.kpis().size());
            check(problems, a.incentiveScheme().isEmpty(), "scheme " + a.incentiveScheme());
            check(problems, a.kpis().stream().allMatch(ShrinkingProperties::readable), "kpis " + a.kpis());
            return problems;
        }
    }

    /** Exactly seven KPIs, still two suppliers, otherwise as small as possible. */
    static class ShrinksToSevenKpisAndTwoSuppliers extends ExpectShrunk {
        @Override
        List<String> tooLarge(Object sample) {
            Agreement a = (Agreement) sample;
            List<String> problems = smallFrame(a, 2);
            check(problems, a.kpis().size() == 7, "kpis " + a.kpis().size());
            return problems;
        }
    }

    /** A scheme of the penalty alone, without floor, cap or remedy triggers. */
    static class ShrinksToAPenaltyAlone extends ExpectShrunk {
        @Override
        List<String> tooLarge(Object sample) {
            IncentiveScheme s = (IncentiveScheme) sample;
            List<String> problems = new ArrayList<>();
            check(problems, s.components().size() == 1, "components " + s.components());
            check(problems, s.floor().isEmpty() && s.cap().isEmpty(), "floor " + s.floor() + ", cap " + s.cap());
            check(problems, s.remedyTriggers().isEmpty(), "remedy triggers " + s.remedyTriggers());
            return problems;
        }
    }

    /**
     * One respondent {@code r-1} answering 5 about loyalty and the relationship, the only dimension
     * of a plain 1-7 survey assessed on 2026-01-01.
     */
    static class ShrinksToOneAnswerJustAboveTheMidpoint extends ExpectShrunk {
        @Override
        List<String> tooLarge(Object sample) {
            TrustSurvey s = (TrustSurvey) sample;
            List<String> problems = new ArrayList<>();
            check(problems, s.scale().equals(LikertScale.oneToSeven()), "scale " + s.scale().label());
            check(problems, s.dimensions().equals(List.of(TrustDimension.LOYALTY)), "dimensions " + s.dimensions());
            check(problems, s.assessmentDate().equals(LocalDate.of(2026, 1, 1)), "assessed " + s.assessmentDate());
            check(problems, s.responses().size() == 1, "respondents " + s.responses().size());
            check(problems, s.responses().get(0).respondent().equals("r-1"), "respondent " + s.responses().get(0).respondent());
            check(problems, s.responses().get(0).answers().equals(List.of(Answer.of(TrustDimension.LOYALTY, Focus.RELATIONSHIP, 5))),
                    "answers " + s.responses().get(0).answers());
            return problems;
        }
    }

    static List<String> smallFrame(Agreement a, int suppliers) {
        List<String> problems = new ArrayList<>();
        check(problems, a.customers().size() == 1, "customers " + a.customers().size());
        check(problems, a.suppliers().size() == suppliers, "suppliers " + a.suppliers().size());
        check(problems, a.governance().levels().size() == 2, "levels " + a.governance().levels());
        check(problems, a.term().initialDuration().equals(Period.ofYears(1)) && a.term().optionCount() == 0, "term " + a.term());
        return problems;
    }

    /** A higher-is-better KPI with minimum 0, target 10, no stretch, weight 1: the readable end of shrinking. */
    static boolean readable(KpiDefinition k) {
        return k.direction() == Direction.HIGHER_IS_BETTER && k.minimum().orElseThrow().signum() == 0
                && k.target().orElseThrow().intValueExact() == 10 && k.stretch().isEmpty() && k.weight().intValueExact() == 1;
    }

    private static void check(List<String> problems, boolean ok, String what) {
        if (!ok) {
            problems.add(what);
        }
    }
}
