package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.Amendment;
import dev.partnering.lifecycle.HandoverCheck;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.lifecycle.Lifecycle;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.term.ExtensionOption;
import dev.partnering.term.TermStatus;

/** The snippets of docs/lifecycle-and-amendments.md, run. */
class LifecycleSnippets {

    @Test
    void aThreePlusOnePlusOneTerm() {
        // tag::term[]
        // 3 years from 2026-01-01, then two options of 1 year, each with 6 months' notice
        ContractTerm term = ContractTerm.of(LocalDate.of(2026, 1, 1), Period.ofYears(3),
                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)),
                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)));
        System.out.println(ContractTermCalculator.timeline(term));

        // option 1 exercised on 2028-05-10; where do we stand on 2029-03-01?
        TermStatus status = ContractTermCalculator.status(term.exercise(1, LocalDate.of(2028, 5, 10)),
                LocalDate.of(2029, 3, 1));
        System.out.print(status.explanation().toText());
        // end::term[]
        // 2026-01-01 + 3 years + 1 year − 1 day = 2029-12-31; 2029-03-01 to 2029-12-31 inclusive is 306 days
        assertEquals(LocalDate.of(2029, 12, 31), status.currentEndDate());
        assertEquals(306, status.daysRemaining());
    }

    @Test
    void theHandoverCheckAndTheTransition() {
        Agreement agreement = AgreementSnippets.agreement().withPhase(LifecyclePhase.TRANSITION);
        // tag::handover[]
        ReadinessReport report = HandoverCheck.run(agreement, HandoverDeclaration.of(IncentiveArrangement.UNDECIDED));
        System.out.println(report);

        try {
            Lifecycle.startCollaboration(agreement, HandoverDeclaration.of(IncentiveArrangement.EXPLICITLY_NONE));
        } catch (ValidationException e) {
            System.out.println(e.getMessage());
        }
        // end::handover[]
        // six roles nobody holds yet, two second-supplier roles whose counterpart mirrors another role, and the
        // undecided incentives: 6 + 2 + 1 = 9 gaps; with the incentives decided the other 8 still refuse the move
        assertEquals(9, report.gaps().size(), report.toString());
        ValidationException refused = assertThrows(ValidationException.class, () -> Lifecycle.startCollaboration(
                agreement, HandoverDeclaration.of(IncentiveArrangement.EXPLICITLY_NONE)));
        assertEquals(8, refused.violations().size(), refused.getMessage());
        assertTrue(refused.getMessage().contains("is not staffed: no one holds it"), refused.getMessage());
    }

    @Test
    void amendmentsAndTheirHistory() {
        Agreement agreement = AgreementSnippets.agreement();
        // tag::history[]
        AgreementHistory history = AgreementHistory.of(agreement)
                .amend(Amendment.of(LocalDate.of(2027, 1, 1), "Annual KPI review",
                        AgreementChange.targetChanged("availability", new BigDecimal("99.2"), new BigDecimal("99.6"))))
                .amend(Amendment.of(LocalDate.of(2028, 5, 10), "Option 1 exercised; delivery manager named",
                        AgreementChange.optionExercised(1), AgreementChange.roleRestaffed("s-dm", "Carl Dahl")));
        System.out.println(history.inForceOn(LocalDate.of(2026, 12, 31)).orElseThrow());
        System.out.println(history.diff(1, 3));
        // end::history[]
        String diff = history.diff(1, 3).toString();
        assertTrue(diff.contains("kpi 'availability' target: 99.5 → 99.6"), diff);
        assertTrue(diff.contains("term current end: 2028-12-31 → 2029-12-31"), diff);
        assertEquals(1, history.inForceOn(LocalDate.of(2026, 12, 31)).orElseThrow().number());
    }
}
