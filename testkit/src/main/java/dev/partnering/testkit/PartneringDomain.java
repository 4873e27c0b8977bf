package dev.partnering.testkit;

import java.util.Currency;

import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.incentive.BonusMalusCurve;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.Penalty;
import dev.partnering.incentive.ServiceCreditTiers;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.period.Granularity;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.testkit.internal.Events;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain context for the SDK's types: under {@code @Domain(PartneringDomain.class)} the
 * parameters {@code @ForAll Money}, {@code ReportingPeriod}, {@code ContractTerm},
 * {@code KpiDefinition}, {@code Measurement}, {@code Agreement}, {@code IncentiveScheme},
 * {@code IncentiveComponent} (and each built-in kind), {@code BreachEvent}, {@code CostOutcome},
 * {@code TrustSurvey} and {@code SurveyResponse} are generated with the defaults of {@link PartneringArbitraries}.
 * <pre>
 * &#64;Domain(PartneringDomain.class)
 * class MyProperties {
 *     &#64;Property
 *     void everyAgreementHasACustomer(&#64;ForAll Agreement agreement) { ... }
 * }
 * </pre>
 * A domain replaces jqwik's own defaults; add {@code @Domain(DomainContext.Global.class)} as well to
 * keep {@code @ForAll int} and friends. For narrower values use {@link PartneringArbitraries} in a
 * {@code @Provide} method.
 * <p>
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public class PartneringDomain extends DomainContextBase {

    /** Creates the domain context; jqwik does so for {@code @Domain}. */
    public PartneringDomain() {
    }

    /** @return {@link PartneringArbitraries#money()}, never null */
    @Provide
    public Arbitrary<Money> money() {
        return PartneringArbitraries.money();
    }

    /** @return {@link PartneringArbitraries#currencies()}, never null */
    @Provide
    public Arbitrary<Currency> currencies() {
        return PartneringArbitraries.currencies();
    }

    /** @return {@link PartneringArbitraries#periods()}, never null */
    @Provide
    public Arbitrary<ReportingPeriod> periods() {
        return PartneringArbitraries.periods();
    }

    /** @return {@link PartneringArbitraries#contractTerms()}, never null */
    @Provide
    public Arbitrary<ContractTerm> contractTerms() {
        return PartneringArbitraries.contractTerms();
    }

    /** @return {@link PartneringArbitraries#kpis()}, never null */
    @Provide
    public Arbitrary<KpiDefinition> kpis() {
        return PartneringArbitraries.kpis();
    }

    /** @return a measurement of a generated KPI in a generated month, never null */
    @Provide
    public Arbitrary<Measurement> measurements() {
        return PartneringArbitraries.kpis().flatMap(k -> PartneringArbitraries.periods().ofGranularity(Granularity.MONTH)
                .flatMap(p -> PartneringArbitraries.measurements(k, p)));
    }

    /** @return {@link PartneringArbitraries#agreements()}, never null */
    @Provide
    public Arbitrary<Agreement> agreements() {
        return PartneringArbitraries.agreements();
    }

    /** @return {@link PartneringArbitraries#incentiveSchemes()}, never null */
    @Provide
    public Arbitrary<IncentiveScheme> incentiveSchemes() {
        return PartneringArbitraries.incentiveSchemes();
    }

    /** @return {@link PartneringArbitraries#incentiveComponents()}, never null */
    @Provide
    public Arbitrary<IncentiveComponent> incentiveComponents() {
        return PartneringArbitraries.incentiveComponents();
    }

    /** @return {@link PartneringArbitraries#gainShares()}, never null */
    @Provide
    public Arbitrary<GainShare> gainShares() {
        return PartneringArbitraries.gainShares();
    }

    /** @return {@link PartneringArbitraries#atRiskPools()}, never null */
    @Provide
    public Arbitrary<AtRiskPool> atRiskPools() {
        return PartneringArbitraries.atRiskPools();
    }

    /** @return {@link PartneringArbitraries#serviceCreditTiers()}, never null */
    @Provide
    public Arbitrary<ServiceCreditTiers> serviceCreditTiers() {
        return PartneringArbitraries.serviceCreditTiers();
    }

    /** @return {@link PartneringArbitraries#bonusMalusCurves()}, never null */
    @Provide
    public Arbitrary<BonusMalusCurve> bonusMalusCurves() {
        return PartneringArbitraries.bonusMalusCurves();
    }

    /** @return {@link PartneringArbitraries#penalties()}, never null */
    @Provide
    public Arbitrary<Penalty> penalties() {
        return PartneringArbitraries.penalties();
    }

    /** @return one breach event of the penalty {@code penalty} in a generated month, never null */
    @Provide
    public Arbitrary<BreachEvent> breachEvents() {
        return PartneringArbitraries.periods().ofGranularity(Granularity.MONTH)
                .flatMap(p -> Events.of(Penalty.TYPE, p, 1, 1)).map(l -> l.get(0));
    }

    /** @return a cost outcome in a common currency, never null */
    @Provide
    public Arbitrary<CostOutcome> costOutcomes() {
        return PartneringArbitraries.currencies().flatMap(PartneringArbitraries::costOutcomes);
    }

    /** @return {@link PartneringArbitraries#trustSurveys()}, never null */
    @Provide
    public Arbitrary<TrustSurvey> trustSurveys() {
        return PartneringArbitraries.trustSurveys();
    }

    /** @return one response of a generated survey with at least one respondent per side and level, never null */
    @Provide
    public Arbitrary<SurveyResponse> surveyResponses() {
        return PartneringArbitraries.trustSurveys().withRespondents(1, 3).flatMap(s -> Arbitraries.of(s.responses()));
    }
}
