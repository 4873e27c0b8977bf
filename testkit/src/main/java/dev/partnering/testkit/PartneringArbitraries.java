package dev.partnering.testkit;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.internal.Costs;
import dev.partnering.testkit.internal.DefaultAgreementArbitrary;
import dev.partnering.testkit.internal.DefaultContractTermArbitrary;
import dev.partnering.testkit.internal.DefaultIncentiveSchemeArbitrary;
import dev.partnering.testkit.internal.DefaultKpiDefinitionArbitrary;
import dev.partnering.testkit.internal.DefaultMoneyArbitrary;
import dev.partnering.testkit.internal.DefaultPeriodInputsArbitrary;
import dev.partnering.testkit.internal.DefaultReportingPeriodArbitrary;
import dev.partnering.testkit.internal.DefaultTrustSurveyArbitrary;
import dev.partnering.testkit.internal.Events;
import dev.partnering.testkit.internal.Measurements;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The entry point to the testkit's generators: an arbitrary for every domain type of the SDK,
 * each valid by construction (built through the SDK's own builders, so its rules are checked) and
 * shrinking toward small, readable values. Fluent knobs narrow them down, e.g.
 * {@code agreements().withSuppliers(2).withKpis(5, 20)} or
 * {@code incentiveSchemes(myAgreement).withComponents(AtRiskPool.class, Penalty.class)} or
 * {@code trustSurveys(myAgreement).withScale(1, 5).withRespondents(0, 4)}.
 * <p>
 * Use them in {@code @Provide} methods, or register {@link PartneringDomain} to let
 * {@code @ForAll Agreement} and friends resolve on their own.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PartneringArbitraries {

    private PartneringArbitraries() {
    }

    /** @return money in a common currency, 0 to 1,000,000 at the minor unit; see {@link MoneyArbitrary}, never null */
    public static MoneyArbitrary money() {
        return new DefaultMoneyArbitrary();
    }

    /** @return EUR, SEK, USD, GBP, NOK, DKK, CHF or JPY, shrinking toward EUR, never null */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(DefaultMoneyArbitrary.COMMON_CURRENCIES);
    }

    /** @return months, quarters and years from 2020 to 2030; see {@link ReportingPeriodArbitrary}, never null */
    public static ReportingPeriodArbitrary periods() {
        return new DefaultReportingPeriodArbitrary();
    }

    /** @return contract terms with extension options; see {@link ContractTermArbitrary}, never null */
    public static ContractTermArbitrary contractTerms() {
        return new DefaultContractTermArbitrary();
    }

    /** @return KPI definitions of every direction with valid thresholds; see {@link KpiDefinitionArbitrary}, never null */
    public static KpiDefinitionArbitrary kpis() {
        return new DefaultKpiDefinitionArbitrary();
    }

    /**
     * Measurements of a KPI in a period that fit it: the KPI's id, a value (0 or 1 for a BINARY KPI)
     * or a numerator and denominator for a ratio KPI, within the valid range; values spread from well
     * below the worst threshold to well beyond the best, shrinking toward the target; now and then
     * excluded for force majeure. Use {@code .list()} for several.
     *
     * @param kpi  the KPI, not null
     * @param period  the period, not null
     * @return the measurements, never null
     */
    public static Arbitrary<Measurement> measurements(KpiDefinition kpi, ReportingPeriod period) {
        return Measurements.of(Objects.requireNonNull(kpi, "kpi"), Objects.requireNonNull(period, "period"), true);
    }

    /** @return valid agreements with mirrored governance; see {@link AgreementArbitrary}, never null */
    public static AgreementArbitrary agreements() {
        return new DefaultAgreementArbitrary();
    }

    /** @return incentive schemes, each valid against a generated agreement; see {@link IncentiveSchemeArbitrary}, never null */
    public static IncentiveSchemeArbitrary incentiveSchemes() {
        return new DefaultIncentiveSchemeArbitrary();
    }

    /**
     * @param agreement  the agreement every scheme must fit (its KPIs, currency and suppliers), not null
     * @return incentive schemes for that agreement; see {@link IncentiveSchemeArbitrary}, never null
     */
    public static IncentiveSchemeArbitrary incentiveSchemes(Agreement agreement) {
        return new DefaultIncentiveSchemeArbitrary(Objects.requireNonNull(agreement, "agreement"));
    }

    /** @return one built-in component of any kind, valid against a generated agreement, never null */
    public static Arbitrary<IncentiveComponent> incentiveComponents() {
        return Arbitraries.oneOf(List.of(gainShares(), atRiskPools(), serviceCreditTiers(), bonusMalusCurves(), penalties()));
    }

    /** @return gain shares with one or two tiers, sometimes capped, sometimes sharing pain, never null */
    public static Arbitrary<GainShare> gainShares() {
        return component(GainShare.class);
    }

    /** @return at-risk pools allocated to KPIs, either trigger, sometimes with earn-back, never null */
    public static Arbitrary<AtRiskPool> atRiskPools() {
        return component(AtRiskPool.class);
    }

    /** @return service-credit tables of one or two bands, sometimes with a period or rolling cap, never null */
    public static Arbitrary<ServiceCreditTiers> serviceCreditTiers() {
        return component(ServiceCreditTiers.class);
    }

    /** @return bonus/malus curves with a neutral band or a straight line, in percent of the fee or amounts, never null */
    public static Arbitrary<BonusMalusCurve> bonusMalusCurves() {
        return component(BonusMalusCurve.class);
    }

    /** @return penalties per event or per unit, sometimes capped per period and per contract year, never null */
    public static Arbitrary<Penalty> penalties() {
        return component(Penalty.class);
    }

    private static <T> Arbitrary<T> component(Class<T> kind) {
        return incentiveSchemes().withComponents(kind).map(s -> kind.cast(s.components().get(0)));
    }

    /**
     * Breach events of one penalty within one period: 0 to 4 events with distinct ids
     * ({@code <penaltyId>-1}, ...), on any day of the period, 0 to 30 units, now and then excluded.
     *
     * @param penaltyId  the id of the penalty component, not null
     * @param period  the period, not null
     * @return lists of events, never null
     */
    public static Arbitrary<List<BreachEvent>> breachEvents(String penaltyId, ReportingPeriod period) {
        return Events.of(Objects.requireNonNull(penaltyId, "penaltyId"), Objects.requireNonNull(period, "period"), 0, 4);
    }

    /**
     * Cost outcomes for gain sharing: mostly a baseline and an actual cost from 0 to 2,000,000
     * (savings or an overrun), sometimes the savings given directly.
     *
     * @param currency  the currency, with a minor unit, not null
     * @return cost outcomes, never null
     */
    public static Arbitrary<CostOutcome> costOutcomes(Currency currency) {
        Money.zero(Objects.requireNonNull(currency, "currency"));
        return Costs.of(currency);
    }

    /**
     * The inputs of one period for an agreement: measurements of its KPIs, cost outcomes of its
     * gain-share components and breach events of its penalties.
     *
     * @param agreement  the agreement, not null
     * @return the inputs; see {@link PeriodInputsArbitrary}, never null
     */
    public static PeriodInputsArbitrary periodInputs(Agreement agreement) {
        return new DefaultPeriodInputsArbitrary(agreement);
    }

    /**
     * @return trust surveys of both sides at levels A, B and C, plain and 360°, with groups small
     *         enough to be suppressed; see {@link TrustSurveyArbitrary}, never null
     */
    public static TrustSurveyArbitrary trustSurveys() {
        return new DefaultTrustSurveyArbitrary();
    }

    /**
     * Trust surveys for an agreement: respondents of both sides at the levels of its governance
     * only, assessed on its start date or a whole number of months later, within its initial term.
     *
     * @param agreement  the agreement, not null
     * @return trust surveys for that agreement; see {@link TrustSurveyArbitrary}, never null
     */
    public static TrustSurveyArbitrary trustSurveys(Agreement agreement) {
        return new DefaultTrustSurveyArbitrary(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * Explanations as the calculators make them and as a document holds them: a subject and up to 4
     * steps of every kind, each with up to 3 named facts and up to 3 children, 4 levels deep at most
     * below the subject; texts of any characters (quotes, backslashes, line breaks, non-ASCII, empty
     * text among the edge cases).
     *
     * @return explanations, never null
     */
    public static Arbitrary<Explanation> explanations() {
        return Combinators.combine(texts(), steps(3).list().ofMaxSize(4)).as(Explanation::of);
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().all().ofMaxLength(30)
                .edgeCases(e -> e.add("").add("\"quoted\" \\ back\nslash").add("Å ä ö – “€” 😀"));
    }

    private static Arbitrary<Step> steps(int depth) {
        Arbitrary<Map<String, String>> facts = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                texts()).ofMaxSize(3);
        Arbitrary<List<Step>> children = depth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> steps(depth - 1)).list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(StepKind.class), texts(), facts, children).as(Step::of);
    }
}
