package dev.partnering.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;

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
import dev.partnering.period.ReportingPeriod;
import dev.partnering.trust.SurveyResponse;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustSurvey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Under {@code @Domain(PartneringDomain.class)} every domain type resolves as a {@code @ForAll} parameter. */
@Domain(PartneringDomain.class)
@Domain(DomainContext.Global.class)
@AddLifecycleHook(ThoroughTries.class)
class PartneringDomainProperties {

    @Property(tries = 100)
    void valuesResolve(@ForAll Money money, @ForAll Currency currency, @ForAll ReportingPeriod period, @ForAll ContractTerm term,
            @ForAll KpiDefinition kpi, @ForAll Measurement measurement, @ForAll BreachEvent event, @ForAll CostOutcome cost,
            @ForAll int jqwiksOwnDefaultsStillWork) {
        assertTrue(money.isRounded());
        assertTrue(DefaultCurrencies.ALL.contains(currency));
        assertEquals(period, ReportingPeriod.parse(period.toString()));
        assertTrue(term.optionCount() <= 4);
        assertTrue(kpi.weight().signum() > 0);
        assertTrue(measurement.recordedAt() != null);
        assertEquals(Penalty.TYPE, event.penaltyId());
        assertTrue(cost.savings().isRounded());
    }

    @Property(tries = 100)
    void agreementsAndSchemesResolve(@ForAll Agreement agreement, @ForAll IncentiveScheme scheme,
            @ForAll IncentiveComponent component) {
        assertTrue(agreement.suppliers().size() >= 1);
        assertTrue(scheme.components().size() <= 5);
        assertTrue(List.of(GainShare.TYPE, AtRiskPool.TYPE, ServiceCreditTiers.TYPE, BonusMalusCurve.TYPE, Penalty.TYPE)
                .contains(component.type()), component::toString);
    }

    @Property(tries = 30)
    void eachKindOfComponentResolves(@ForAll GainShare gainShare, @ForAll AtRiskPool pool, @ForAll ServiceCreditTiers tiers,
            @ForAll BonusMalusCurve curve, @ForAll Penalty penalty) {
        assertEquals(GainShare.TYPE, gainShare.id());
        assertTrue(!pool.allocations().isEmpty() && !tiers.bands().isEmpty() && !curve.points().isEmpty());
        assertTrue(!penalty.rate().isNegative());
    }

    @Property(tries = 100)
    void surveysAndResponsesResolve(@ForAll TrustSurvey survey, @ForAll SurveyResponse response) {
        assertEquals(survey.responses().size(), TrustCalculator.standard().assess(survey).respondents());
        assertTrue(response.respondent().matches("r-[0-9]+") && !response.answers().isEmpty(), response::toString);
    }

    /** The currencies {@link PartneringArbitraries#currencies()} draws from. */
    static final class DefaultCurrencies {
        static final List<Currency> ALL = List.of("EUR", "SEK", "USD", "GBP", "NOK", "DKK", "CHF", "JPY").stream()
                .map(Currency::getInstance).toList();
    }
}
