package dev.partnering.amendment;

import dev.partnering.lifecycle.LifecycleFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.GainShare;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/** An incentive change that carries the new scheme puts it in force from the amendment's date. */
class IncentiveAmendmentTest {

    private static final LocalDate REVIEW = LocalDate.of(2027, 1, 1);

    private static Money sek(String amount) {
        return Money.of(amount, "SEK");
    }

    /** Gain share: the supplier's share of all savings, in percent. */
    private static IncentiveScheme gainShare(String percent) {
        return IncentiveScheme.builder().addComponents(GainShare.builder().id("savings").tier(sek("0"), new BigDecimal(percent)).build())
                .build();
    }

    private static final Agreement ORIGINAL = LifecycleFixtures.agreement().withIncentiveScheme(gainShare("40"));

    private static AgreementHistory raisedToFiftyPercent() {
        return AgreementHistory.of(ORIGINAL).amend(Amendment.of(REVIEW, "Annual incentive review",
                AgreementChange.incentiveChanged("gain share raised from 40 % to 50 % of savings", gainShare("50"))));
    }

    /** The statement of one quarter with 1,000,000 SEK of savings, computed with the terms in force then. */
    private static IncentiveStatement quarterWithSavings(AgreementHistory history, ReportingPeriod quarter) {
        Agreement inForce = history.inForceDuring(quarter).orElseThrow().agreement();
        return IncentiveCalculator.standard().calculate(inForce, inForce.incentiveScheme().orElseThrow(),
                List.of(IncentivePeriod.builder().period(quarter)
                        .putCosts("savings", CostOutcome.savings(sek("1000000.00"))).build()));
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void aPeriodBeforeTheAmendmentUsesTheOldSchemeAndAPeriodAfterItTheNew() {
        AgreementHistory h = raisedToFiftyPercent();
        // 2026-Q4 starts 2026-10-01, before the 2027-01-01 amendment: 1,000,000 × 40 % = 400,000.00 to the supplier
        IncentiveStatement q4 = quarterWithSavings(h, ReportingPeriod.quarter(2026, 4));
        assertEquals(sek("400000.00"), q4.periods().get(0).net());
        assertEquals(Map.of("nordic-it", sek("400000.00"), "northfield", sek("-400000.00")),
                q4.periods().get(0).netByParty());
        // 2027-Q1 starts on the amendment's date: 1,000,000 × 50 % = 500,000.00
        IncentiveStatement q1 = quarterWithSavings(h, ReportingPeriod.quarter(2027, 1));
        assertEquals(sek("500000.00"), q1.periods().get(0).net());
        assertEquals(Map.of("nordic-it", sek("500000.00"), "northfield", sek("-500000.00")),
                q1.periods().get(0).netByParty());
    }

    @Test
    void theAmendedVersionCarriesTheNewSchemeAndTheOriginalKeepsTheOld() {
        AgreementHistory h = raisedToFiftyPercent();
        assertEquals(Optional.of(gainShare("40")), h.version(1).agreement().incentiveScheme());
        assertEquals(Optional.of(gainShare("50")), h.version(2).agreement().incentiveScheme());
        assertEquals(Optional.of(gainShare("40")), h.inForceOn(REVIEW.minusDays(1)).orElseThrow().agreement().incentiveScheme());
        assertEquals(Optional.of(gainShare("50")), h.inForceOn(REVIEW).orElseThrow().agreement().incentiveScheme());
    }

    @Test
    void theDiffShowsTheChangedComponent() {
        // a component is described by its own toString(); the amendment's summary says it in words
        assertEquals(String.join("\n",
                "Agreement 'it-partnering', version 1 (in force from 2026-01-01) → version 2 (in force from 2027-01-01)",
                "",
                "Amendments:",
                "- version 2, in force from 2027-01-01: Annual incentive review",
                "  - incentive scheme: gain share raised from 40 % to 50 % of savings",
                "",
                "Differences:",
                "- incentive component 'savings': GainShare{id=savings, tiers=[GainShareTier[from=0 SEK, sharePercent=40]],"
                        + " painSharePercent=0} → GainShare{id=savings, tiers=[GainShareTier[from=0 SEK, sharePercent=50]],"
                        + " painSharePercent=0}",
                ""), raisedToFiftyPercent().diff(1, 2).toString());
    }

    @Test
    void theDiffShowsASchemeAddedAndItsFloorCapAndTriggersChanged() {
        Agreement none = LifecycleFixtures.agreement();
        AgreementHistory h = AgreementHistory.of(none)
                .amend(Amendment.of(REVIEW, "Gain share agreed",
                        AgreementChange.incentiveChanged("gain share of 40 % introduced", gainShare("40"))))
                .amend(Amendment.of(REVIEW.plusMonths(6), "Net bounds",
                        AgreementChange.incentiveChanged("net adjustment between -15 % and +10 % of the fee",
                                IncentiveScheme.builder().addAllComponents(gainShare("40").components()).floor(Bound.percentOfFee(new BigDecimal("15")))
                                        .cap(Bound.percentOfFee(new BigDecimal("10"))).build())));
        assertEquals(List.of("incentive scheme added: gain-share 'savings'"),
                h.diff(1, 2).differences().stream().map(Difference::toString).toList());
        assertEquals(List.of("incentive scheme floor added: 15 % of the fee",
                "incentive scheme cap added: 10 % of the fee"),
                h.diff(2, 3).differences().stream().map(Difference::toString).toList());
    }

    @Test
    void theDiffShowsChangedCustomerWeights() {
        IncentiveScheme weighted = IncentiveScheme.builder().addAllComponents(gainShare("40").components())
                .putCustomerWeights("northfield", new BigDecimal("48500")).build();
        AgreementHistory h = AgreementHistory.of(ORIGINAL).amend(Amendment.of(REVIEW, "Weights",
                AgreementChange.incentiveChanged("customer side weighted by population", weighted)));
        assertEquals(List.of("incentive scheme customer weights: equal split → northfield 48500"),
                h.diff(1, 2).differences().stream().map(Difference::toString).toList());
    }

    @Test
    void aNoteOnlyChangeIsRefusedForAnAgreementThatCarriesAScheme() {
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementHistory.of(ORIGINAL)
                .amend(Amendment.of(REVIEW, "Incentives", AgreementChange.incentiveChanged("pain share cap lowered to 5 %"))));
        assertEquals(List.of("changes[0].scheme: agreement 'it-partnering' carries an incentive scheme, so incentive change"
                + " 'pain share cap lowered to 5 %' must give the new scheme; without it the old scheme would stay in force"),
                rules(e));
    }

    @Test
    void theNewSchemeIsCheckedAgainstTheAgreement() {
        IncentiveScheme elsewhere = IncentiveScheme.builder().addAllComponents(gainShare("50").components()).supplier("globex").build();
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementHistory.of(ORIGINAL)
                .amend(Amendment.of(REVIEW, "Incentives", AgreementChange.incentiveChanged("pays another supplier", elsewhere),
                        AgreementChange.incentiveChanged("unchanged", gainShare("40")))));
        assertEquals(List.of(
                "changes[0].scheme.supplier: the incentive scheme pays 'globex', which is not a supplier of the agreement",
                "changes[1].scheme: incentive change 'unchanged' gives the scheme already in force"), rules(e));
    }

    @Test
    void aChangeIsDescribedAndCarriesItsScheme() {
        AgreementChange c = AgreementChange.incentiveChanged("gain share raised", gainShare("50"));
        assertEquals(AgreementChange.Kind.INCENTIVE_CHANGED, c.kind());
        assertEquals("incentive scheme: gain share raised", c.summary());
        assertEquals(Optional.of(gainShare("50")), ((AgreementChange.IncentiveChanged) c).scheme());
        assertEquals(Optional.empty(), new AgreementChange.IncentiveChanged("noted").scheme());
        ValidationException e = assertThrows(ValidationException.class,
                () -> AgreementChange.incentiveChanged(" ", gainShare("50")));
        assertEquals(List.of("description: an incentive change must be described, not blank"), rules(e));
    }
}
