package dev.partnering.lifecycle;

import static dev.partnering.lifecycle.LifecycleFixtures.agreement;
import static dev.partnering.lifecycle.LifecycleFixtures.completeExitPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.money.Money;

class ExitReadinessCheckTest {

    @Test
    void aCompletePlanIsReady() {
        ReadinessReport report = ExitReadinessCheck.run(agreement(), completeExitPlan());
        assertTrue(report.isReady(), report::toString);
        assertEquals(ReadinessRequirement.exit(), report.requirements());
    }

    @Test
    void reviewedWithNothingOpenIsReady() {
        ExitPlan plan = ExitPlan.builder().transitionPeriod(Period.ofMonths(3))
                .addReturns(ReturnObligation.of(ReturnKind.DATA, "All tickets", "nordic-it"),
                        ReturnObligation.of(ReturnKind.DOCUMENTATION, "Runbooks", "nordic-it"))
                .knowledgeTransferOwner("cus-delivery").financialItemsReviewedOn(LocalDate.of(2028, 9, 1)).build();
        assertTrue(ExitReadinessCheck.run(agreement(), plan).isReady());
    }

    @Test
    void anEmptyPlanReportsEveryGap() {
        assertEquals(String.join("\n",
                "Exit readiness check of agreement 'it-partnering': 5 gaps",
                "  [ ] an exit plan with a transition period",
                "      - transitionPeriod: the exit plan has no transition period",
                "  [ ] who returns which data and documentation",
                "      - returns: the exit plan names no one to return the data",
                "      - returns: the exit plan names no one to return the documentation",
                "  [ ] an owner of knowledge transfer",
                "      - knowledgeTransferOwner: the exit plan names no owner of knowledge transfer",
                "  [ ] the open financial items listed: unsettled credits, pending gain share",
                "      - financialItemsReviewedOn: the open financial items have not been reviewed: list the unsettled"
                        + " credits and pending gain share, or confirm that none are open"),
                ExitReadinessCheck.run(agreement(), ExitPlan.builder().build()).toString());
    }

    @Test
    void namesThatAreNotInTheAgreementAreGaps() {
        ExitPlan plan = ExitPlan.builder().transitionPeriod(Period.ofMonths(6))
                .addReturns(ReturnObligation.of(ReturnKind.DATA, "Tickets", "acme"),
                        ReturnObligation.of(ReturnKind.DOCUMENTATION, "Runbooks", "nordic-it"))
                .knowledgeTransferOwner("cto")
                .addOpenFinancialItems(OpenFinancialItem.builder().kind(FinancialItemKind.PENDING_GAIN_SHARE)
                        .description("Gain share 2028").amount(Money.of("80000.00", "EUR")).owedBy("northfield")
                        .owedTo("acme").build())
                .financialItemsReviewedOn(LocalDate.of(2028, 9, 1)).build();
        assertEquals(List.of(
                "returns[0].responsibleParty: 'Tickets' is to be returned by 'acme', which is not a party of the agreement",
                "knowledgeTransferOwner: knowledge transfer is owned by 'cto', which is not a role of the governance",
                "openFinancialItems[0].amount: open item 'Gain share 2028' is in EUR, the agreement in SEK",
                "openFinancialItems[0].owedTo: open item 'Gain share 2028' names 'acme', which is not a party of the agreement"),
                ExitReadinessCheck.run(agreement(), plan).gaps().stream().map(ReadinessGap::toString).toList());
    }

    @Test
    void planValuesRejectWhatCanNeverBeRight() {
        ValidationException e = assertThrows(ValidationException.class, () -> OpenFinancialItem.builder()
                .kind(FinancialItemKind.UNSETTLED_CREDIT).description("Credits").amount(Money.of("-5.00", "SEK"))
                .owedBy("nordic-it").owedTo("nordic-it").build());
        assertEquals(List.of("amount: open item 'Credits': amount -5.00 SEK must be greater than zero; the direction is given"
                        + " by owedBy and owedTo",
                "owedTo: open item 'Credits' is owed by 'nordic-it' to itself"),
                e.violations().stream().map(Violation::toString).toList());
        assertThrows(ValidationException.class, () -> ExitPlan.builder().transitionPeriod(Period.ZERO).build());
        assertThrows(ValidationException.class, () -> ReturnObligation.of(ReturnKind.DATA, " ", "nordic-it"));
    }
}
