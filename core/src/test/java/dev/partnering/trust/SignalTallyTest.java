package dev.partnering.trust;

import static dev.partnering.party.PartyKind.CUSTOMER;
import static dev.partnering.party.PartyKind.SUPPLIER;
import static dev.partnering.trust.SignalKind.INFORMATION_SHARED;
import static dev.partnering.trust.SignalKind.JOINT_IMPROVEMENT_STARTED;
import static dev.partnering.trust.SignalKind.REQUEST_ANSWERED_IN_TIME;
import static dev.partnering.trust.SignalKind.REQUEST_ANSWERED_LATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.period.ReportingPeriod;

class SignalTallyTest {

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static final List<BehaviouralSignal> SIGNALS = List.of(
            BehaviouralSignal.of(INFORMATION_SHARED, march(2), SUPPLIER),
            BehaviouralSignal.of(INFORMATION_SHARED, march(9), SUPPLIER),
            BehaviouralSignal.of(INFORMATION_SHARED, march(31), CUSTOMER),
            BehaviouralSignal.of(INFORMATION_SHARED, LocalDate.of(2026, 4, 1), CUSTOMER), // April: not counted
            BehaviouralSignal.of(REQUEST_ANSWERED_IN_TIME, march(3), SUPPLIER),
            BehaviouralSignal.of(REQUEST_ANSWERED_IN_TIME, march(4), SUPPLIER),
            BehaviouralSignal.of(REQUEST_ANSWERED_IN_TIME, march(5), SUPPLIER),
            BehaviouralSignal.of(REQUEST_ANSWERED_LATE, march(6), SUPPLIER),
            BehaviouralSignal.of(REQUEST_ANSWERED_LATE, march(6), CUSTOMER),
            BehaviouralSignal.jointInitiative(march(20)),
            BehaviouralSignal.builder().kind(JOINT_IMPROVEMENT_STARTED).date(march(1)).by(CUSTOMER)
                    .reference("INIT-7").build());

    @Test
    void countsTheSignalsDatedInThePeriod() {
        SignalTally march = SignalTally.count(SIGNALS, ReportingPeriod.month(2026, 3));
        assertEquals(3, march.count(INFORMATION_SHARED)); // 03-02, 03-09, 03-31; 04-01 is April's
        assertEquals(2, march.count(INFORMATION_SHARED, SUPPLIER));
        assertEquals(1, march.count(INFORMATION_SHARED, CUSTOMER));
        assertEquals(2, march.count(JOINT_IMPROVEMENT_STARTED)); // the joint one counts for neither side
        assertEquals(1, march.count(JOINT_IMPROVEMENT_STARTED, CUSTOMER));
        assertEquals(0, march.count(JOINT_IMPROVEMENT_STARTED, SUPPLIER));
        // requests: 3 in time, 2 late -> 3 / 5 = 0.6; the supplier 3 / 4 = 0.75; the customer 0 / 1
        assertEquals(Optional.of(new BigDecimal("0.6")), march.inTimeShare());
        assertEquals(Optional.of(new BigDecimal("0.75")), march.inTimeShare(SUPPLIER));
        assertEquals(0, march.inTimeShare(CUSTOMER).orElseThrow().signum());
        assertTrue(march.explanation().toText().contains("requests answered in time: 3 / 5 = 60%"));
    }

    @Test
    void theCountsOfEveryKindAndTheSharesPerSideAreAtHand() {
        SignalTally march = SignalTally.count(SIGNALS, ReportingPeriod.month(2026, 3));
        // information: 03-02, 03-09 by the supplier, 03-31 by the customer; in time: 3 by the supplier; late: one each;
        // joint improvement: the joint one (neither side) and the customer's
        assertEquals(java.util.Map.of(INFORMATION_SHARED, new SignalTally.Count(3, 1, 2),
                REQUEST_ANSWERED_IN_TIME, new SignalTally.Count(3, 0, 3),
                REQUEST_ANSWERED_LATE, new SignalTally.Count(2, 1, 1),
                JOINT_IMPROVEMENT_STARTED, new SignalTally.Count(2, 1, 0)), march.counts());
        assertEquals(List.of(SignalKind.values()), List.copyOf(march.counts().keySet())); // the kinds' order
        assertThrows(UnsupportedOperationException.class, () -> march.counts().clear());
        // customer 0 in time / (0 + 1) = 0; supplier 3 / (3 + 1) = 0.75
        assertEquals(march.inTimeShare(CUSTOMER), march.customerInTimeShare());
        assertEquals(0, march.customerInTimeShare().orElseThrow().signum());
        assertEquals(Optional.of(new BigDecimal("0.75")), march.supplierInTimeShare());
        // April: one information shared by the customer, no request: no share for either side, every kind counted
        SignalTally april = SignalTally.count(SIGNALS, ReportingPeriod.month(2026, 4));
        assertEquals(new SignalTally.Count(1, 1, 0), april.counts().get(INFORMATION_SHARED));
        assertEquals(new SignalTally.Count(0, 0, 0), april.counts().get(REQUEST_ANSWERED_LATE));
        assertEquals(Optional.empty(), april.customerInTimeShare());
        assertEquals(Optional.empty(), april.supplierInTimeShare());
    }

    @Test
    void aCountRefusesEveryFigureOutOfRange() {
        ValidationException e = assertThrows(ValidationException.class, () -> new SignalTally.Count(-1, -1, 0));
        assertEquals(List.of("total", "customer"), e.violations().stream().map(dev.partnering.Violation::path).toList());
        // the sides count at most the total: 2 + 1 > 2
        e = assertThrows(ValidationException.class, () -> new SignalTally.Count(2, 2, 1));
        assertTrue(e.violations().get(0).rule().contains("customer 2 and supplier 1, add up to at most the total 2"),
                e.getMessage());
        assertEquals(2, new SignalTally.Count(2, 1, 0).total()); // a joint one counts for neither side
    }

    @Test
    void aPeriodWithoutRequestsHasNoShare() {
        SignalTally april = SignalTally.count(SIGNALS, ReportingPeriod.month(2026, 4));
        assertEquals(1, april.count(INFORMATION_SHARED));
        assertEquals(Optional.empty(), april.inTimeShare());
        // the first quarter holds March but not April
        SignalTally q1 = SignalTally.count(SIGNALS, ReportingPeriod.quarter(2026, 1));
        assertEquals(3, q1.count(INFORMATION_SHARED));
        assertEquals(Optional.of(new BigDecimal("0.6")), q1.inTimeShare());
    }

    @Test
    void onlyAJointInitiativeMayLeaveTheSideOut() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> BehaviouralSignal.builder().kind(INFORMATION_SHARED).date(march(2)).build());
        assertEquals("a INFORMATION_SHARED signal of 2026-03-02 must name the side that acted", e.violations().get(0).rule());
    }
}
