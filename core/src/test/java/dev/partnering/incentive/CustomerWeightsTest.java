package dev.partnering.incentive;

import dev.partnering.evaluation.IncentiveCalculator;

import static dev.partnering.Fixtures.sek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * A consortium's customer side shares each period's net by the scheme's customer weights, as in
 * scenario 3 (three municipalities by population), exactly; equally without weights.
 */
class CustomerWeightsTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    /** Populations 48,500 + 31,200 + 20,300 = 100,000: shares 48.5 %, 31.2 % and 20.3 %. */
    private static Map<String, BigDecimal> populations() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put(Fixtures.CUSTOMER, new BigDecimal("48500"));
        w.put("eastbrook", new BigDecimal("31200"));
        w.put("westmere", new BigDecimal("20300"));
        return w;
    }

    /** Gain share: 50 % of all savings to the supplier. */
    private static IncentiveScheme.Builder halfOfSavings() {
        return IncentiveScheme.builder().addComponents(GainShare.builder().id("savings").tier(sek("0"), new BigDecimal("50")).build());
    }

    /** The fixture agreement with two more customers: region-nord, eastbrook, westmere, in that order. */
    private static Agreement consortium(IncentiveScheme scheme) {
        return Fixtures.agreementBuilder().addAllParties(Fixtures.parties())
                .addParties(Party.customer("eastbrook", "Eastbrook Municipality"), Party.customer("westmere", "Westmere Municipality"))
                .addAllResponsibilityAreas(Fixtures.responsibilityAreas()).governance(Fixtures.governance())
                .addAllKpis(Fixtures.kpis()).currency(Fixtures.SEK).feeSchedule(Fixtures.feeSchedule())
                .incentiveScheme(scheme).build();
    }

    /** March with savings of 24,691.34 SEK: the supplier's 50 % is 12,345.67 SEK. */
    private static PeriodStatement march(Agreement a) {
        return IncentiveCalculator.standard().calculate(a, a.incentiveScheme().orElseThrow(), List.of(IncentivePeriod
                .builder().period(MARCH).putCosts("savings", CostOutcome.savings(sek("24691.34"))).build())).periods().get(0);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void theNetIsSplitAmongTheCustomersByTheirWeightsExactly() {
        PeriodStatement s = march(consortium(halfOfSavings().putAllCustomerWeights(populations()).build()));
        // 1,234,567 öre × 48,500 / 100,000 = 598,764.995 → 598,764 (remainder .995)
        // 1,234,567 öre × 31,200 / 100,000 = 385,184.904 → 385,184 (remainder .904)
        // 1,234,567 öre × 20,300 / 100,000 = 250,617.101 → 250,617 (remainder .101)
        // floors sum to 1,234,565: the 2 öre left go to the largest remainders, region-nord and eastbrook
        assertEquals(sek("12345.67"), s.net());
        Map<String, Money> expected = new LinkedHashMap<>();
        expected.put(Fixtures.LEAD_SUPPLIER, sek("12345.67"));
        expected.put(Fixtures.CUSTOMER, sek("-5987.65"));
        expected.put("eastbrook", sek("-3851.85"));
        expected.put("westmere", sek("-2506.17"));
        assertEquals(expected, s.netByParty());
        // 5,987.65 + 3,851.85 + 2,506.17 = 12,345.67: the parts add up to the net
        assertEquals(List.of(new Movement("savings", Fixtures.CUSTOMER, Fixtures.LEAD_SUPPLIER, sek("5987.65")),
                new Movement("savings", "eastbrook", Fixtures.LEAD_SUPPLIER, sek("3851.85")),
                new Movement("savings", "westmere", Fixtures.LEAD_SUPPLIER, sek("2506.17"))), s.movements());
        assertTrue(s.explanation().toText().contains(
                "customer side split by weights region-nord 48500, eastbrook 31200, westmere 20300"), s.explanation().toText());
    }

    @Test
    void withoutWeightsTheNetIsSplitEqually() {
        PeriodStatement s = march(consortium(halfOfSavings().build()));
        // 1,234,567 öre / 3 = 411,522.33 → 411,522 each; the 1 öre left goes to the first-listed customer
        assertEquals(sek("-4115.23"), s.netByParty().get(Fixtures.CUSTOMER));
        assertEquals(sek("-4115.22"), s.netByParty().get("eastbrook"));
        assertEquals(sek("-4115.22"), s.netByParty().get("westmere"));
    }

    @Test
    void theWeightsFollowTheAgreementsOrderOfCustomersNotTheOrderGiven() {
        Map<String, BigDecimal> reversed = new LinkedHashMap<>();
        List.of("westmere", "eastbrook", Fixtures.CUSTOMER).forEach(c -> reversed.put(c, populations().get(c)));
        PeriodStatement s = march(consortium(halfOfSavings().putAllCustomerWeights(reversed).build()));
        assertEquals(List.of(Fixtures.LEAD_SUPPLIER, Fixtures.CUSTOMER, "eastbrook", "westmere"),
                List.copyOf(s.netByParty().keySet()));
        assertEquals(sek("-5987.65"), s.netByParty().get(Fixtures.CUSTOMER));
    }

    @Test
    void weightsMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class, () -> halfOfSavings()
                .putCustomerWeights("eastbrook", BigDecimal.ZERO).putCustomerWeights("westmere", new BigDecimal("-1")).build());
        assertEquals(List.of("customerWeights.eastbrook: customer weight of 'eastbrook' is 0; weights must be positive",
                "customerWeights.westmere: customer weight of 'westmere' is -1; weights must be positive"), rules(e));
    }

    @Test
    void weightsNameEveryCustomerOfTheAgreementAndNoOneElse() {
        Map<String, BigDecimal> wrong = new LinkedHashMap<>();
        wrong.put(Fixtures.CUSTOMER, new BigDecimal("48500"));
        wrong.put(Fixtures.LEAD_SUPPLIER, new BigDecimal("31200"));
        IncentiveScheme scheme = halfOfSavings().putAllCustomerWeights(wrong).build();
        List<String> expected = List.of(
                "incentiveScheme.customerWeights.acme: the incentive scheme weighs 'acme', which is not a customer of the"
                        + " agreement; its customers are [region-nord, eastbrook, westmere]",
                "incentiveScheme.customerWeights: customer 'eastbrook' has no weight; with customer weights, every customer"
                        + " of the agreement needs one",
                "incentiveScheme.customerWeights: customer 'westmere' has no weight; with customer weights, every customer"
                        + " of the agreement needs one");
        // checked when the agreement is built with the scheme ...
        assertEquals(expected, rules(assertThrows(ValidationException.class, () -> consortium(scheme))));
        // ... and by the calculator when the scheme is given beside the agreement
        Agreement a = consortium(halfOfSavings().build());
        assertEquals(expected, rules(assertThrows(ValidationException.class, () -> IncentiveCalculator.standard()
                .calculate(a, scheme, List.of(IncentivePeriod.builder().period(MARCH).build())))));
    }
}
