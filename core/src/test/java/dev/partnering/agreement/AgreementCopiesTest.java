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
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.lifecycle.LifecycleFixtures;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

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
        assertEquals(a, a.withFeeSchedule(a.feeSchedule()));
        assertEquals(a, a.withMissingDataPolicy(a.missingDataPolicy()));
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

        Agreement indexed = a.withFeeSchedule(FeeSchedule.monthly(Money.of("260000.00", "SEK"), YearMonth.of(2026, 1),
                YearMonth.of(2026, 12)));
        assertEquals(Money.of("260000.00", "SEK"), indexed.feeSchedule().feeFor(ReportingPeriod.month(2026, 3)).orElseThrow());
        assertEquals(a.term(), indexed.term());

        Agreement excluding = a.withMissingDataPolicy(MissingDataPolicy.EXCLUDE);
        assertEquals(MissingDataPolicy.EXCLUDE, excluding.missingDataPolicy());
        assertEquals(MissingDataPolicy.ZERO, a.missingDataPolicy());
        assertEquals(a.kpis(), excluding.kpis());
    }

    @Test
    void aFeeScheduleInAnotherCurrencyIsRefused() {
        Agreement a = full();
        ValidationException e = assertThrows(ValidationException.class, () -> a.withFeeSchedule(
                FeeSchedule.monthly(Money.of("1000.00", "EUR"), YearMonth.of(2026, 1), YearMonth.of(2026, 2))));
        assertEquals("feeSchedule", e.violations().get(0).path());
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
