package dev.partnering.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.lifecycle.LifecycleFixtures;
import dev.partnering.lifecycle.LifecyclePhase;
import dev.partnering.money.Money;

class AgreementCopiesTest {

    /** Every attribute set, so a copy that forgot one would not be equal. */
    private static Agreement full() {
        return LifecycleFixtures.baseAgreement().phase(LifecyclePhase.COLLABORATION)
                .feeSchedule(FeeSchedule.monthly(Money.of("250000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2026, 12)))
                .build();
    }

    @Test
    void aCopyWithTheSameValuesIsEqual() {
        Agreement a = full();
        assertEquals(a, a.withPhase(a.phase()));
        assertEquals(a, a.withTerm(a.term()));
        assertEquals(a, a.withGovernance(a.governance()));
        assertEquals(a, a.withKpis(a.kpis()));
    }

    @Test
    void eachCopyChangesOnlyItsAttribute() {
        Agreement a = full();
        Agreement exiting = a.withPhase(LifecyclePhase.EXIT);
        assertEquals(LifecyclePhase.EXIT, exiting.phase());
        assertEquals(LifecyclePhase.COLLABORATION, a.phase());
        assertNotEquals(a, exiting);
        assertEquals(a, exiting.withPhase(LifecyclePhase.COLLABORATION));

        Agreement extended = a.withTerm(a.term().exercise(1, LocalDate.of(2028, 1, 15)));
        assertEquals(LocalDate.of(2029, 12, 31), extended.term().currentEndDate());
        assertEquals(a.feeSchedule(), extended.feeSchedule());
    }

    @Test
    void aCopyIsCheckedAsAWhole() {
        Agreement a = full();
        List<KpiDefinition> kpis = new ArrayList<>(a.kpis());
        kpis.add(LifecycleFixtures.incidentResponse());
        ValidationException e = assertThrows(ValidationException.class, () -> a.withKpis(kpis));
        assertEquals("kpis[3].version", e.violations().get(0).path());
    }
}
