package dev.partnering.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.kpi.ValueRange;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;

/**
 * A small fixed agreement for example tests of the testkit: customer {@code c} and supplier
 * {@code s}, two levels, from 2026-01-01 for three years, 10,000.00 EUR a month, two KPIs:
 * {@code availability} (%, HIGHER_IS_BETTER, 99.0 / 99.5 / 99.9, valid range [0, 100]) and
 * {@code response} (hours, LOWER_IS_BETTER, 8 / 4).
 */
final class TestAgreements {

    static final ReportingPeriod MARCH = ReportingPeriod.month(2026, 3);

    private TestAgreements() {
    }

    static Agreement agreement() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        return Agreement.builder().id("test").title("Test agreement")
                .addParties(Party.customer("c", "Customer"), Party.supplier("s", "Supplier"))
                .term(ContractTerm.of(start, Period.ofYears(3)))
                .governance(Governance.builder().addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(role("c-a", "c", GovernanceLevel.STRATEGIC, "s-a"), role("s-a", "s", GovernanceLevel.STRATEGIC, "c-a"))
                        .escalationPolicy(EscalationPolicy.builder().putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5)).build())
                        .build())
                .addKpis(KpiDefinition.builder().id("availability").name("Availability").unit("%").direction(Direction.HIGHER_IS_BETTER)
                        .thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9")).validRange(ValueRange.percentage()).effectiveFrom(start).build(),
                        KpiDefinition.builder().id("response").name("Response").unit("hours").direction(Direction.LOWER_IS_BETTER)
                                .thresholds(new BigDecimal("8"), new BigDecimal("4")).effectiveFrom(start).build())
                .currency(Money.currency("EUR"))
                .feeSchedule(FeeSchedule.monthly(Money.of("10000.00", "EUR"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .build();
    }

    private static Role role(String id, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(id).party(party).level(level).mandate("mandate").counterpart(counterpart).build();
    }

    /** @return March 2026 with availability and response measured once each */
    static PeriodInputs march(String availability, String response) {
        return PeriodInputs.of(MARCH, List.of(measurement("availability", availability), measurement("response", response)));
    }

    static Measurement measurement(String kpi, String value) {
        return Measurement.builder().kpiId(kpi).period(MARCH).value(new BigDecimal(value))
                .recordedAt(Instant.parse("2026-03-31T12:00:00Z")).build();
    }
}
