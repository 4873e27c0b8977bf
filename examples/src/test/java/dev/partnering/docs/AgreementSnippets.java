package dev.partnering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.term.ContractTerm;
import dev.partnering.term.ExtensionOption;

/** The snippets of docs/agreements-and-governance.md, run. */
class AgreementSnippets {

    // tag::governance[]
    static Governance governance() {
        return Governance.builder()
                .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                .addRoles(role("c-cio", "CIO", "charity", GovernanceLevel.STRATEGIC, "s-ceo"),
                        role("s-ceo", "Account executive", "nordserv", GovernanceLevel.STRATEGIC, "c-cio"),
                        role("d-ceo", "Account executive", "deskco", GovernanceLevel.STRATEGIC, "c-cio"),
                        role("c-itm", "IT manager", "charity", GovernanceLevel.TACTICAL, "s-dm"),
                        role("s-dm", "Delivery manager", "nordserv", GovernanceLevel.TACTICAL, "c-itm"),
                        role("d-dm", "Delivery manager", "deskco", GovernanceLevel.TACTICAL, "c-itm"))
                .addForums(Forum.builder().id("steering").name("Steering group").level(GovernanceLevel.STRATEGIC)
                                .cadence(Cadence.QUARTERLY).addParticipants("c-cio", "s-ceo", "d-ceo").build(),
                        Forum.builder().id("delivery").name("Delivery board").level(GovernanceLevel.TACTICAL)
                                .cadence(Cadence.MONTHLY).addParticipants("c-itm", "s-dm", "d-dm").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                        .build())
                .build();
    }

    static Role role(String id, String title, String party, GovernanceLevel level, String counterpart) {
        return Role.builder().id(id).title(title).party(party).level(level)
                .mandate(title + " mandate at level " + level.letter()).counterpart(counterpart).build();
    }
    // end::governance[]

    static Agreement agreement() {
        // tag::agreement[]
        Agreement agreement = Agreement.builder()
                .id("it-partnering").title("IT partnering 2026")
                .addParties(Party.customer("charity", "Charity IT department"),
                        Party.leadSupplier("nordserv", "NordServ AB"),
                        Party.supplier("deskco", "DeskCo AB"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(3))
                        .addExtensionOptions(ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)),
                                ExtensionOption.of(Period.ofYears(1), Period.ofMonths(6)))
                        .build())
                .sharedVision("Staff spend their time on the charity's mission, not on IT")
                .addGoals("Stable operations: 99.5 % availability")
                .addResponsibilityAreas(ResponsibilityArea.of("servers", "Server operations", "nordserv"),
                        ResponsibilityArea.of("desk", "Service desk", "deskco"))
                .governance(governance())
                .addKpis(KpiDefinition.builder().id("availability").name("Server availability").unit("%")
                        .direction(Direction.HIGHER_IS_BETTER)
                        .thresholds(new BigDecimal("99.0"), new BigDecimal("99.5"), new BigDecimal("99.9"))
                        .dataSource("Monitoring, monthly report").measurementMethod("Uptime minutes / scheduled minutes")
                        .effectiveFrom(LocalDate.of(2026, 1, 1)).build())
                .currency(Money.currency("SEK"))
                .feeSchedule(FeeSchedule.monthly(Money.of("250000.00", "SEK"), YearMonth.of(2026, 1), YearMonth.of(2028, 12)))
                .build();
        // end::agreement[]
        return agreement;
    }

    @Test
    void theAgreementOfTheGuideIsValid() {
        Agreement agreement = agreement();
        // 3 years from 2026-01-01 end 2028-12-31; two 1-year options give 2030-12-31 at the latest
        assertEquals(LocalDate.of(2028, 12, 31), agreement.term().initialEndDate());
        assertEquals(LocalDate.of(2030, 12, 31), agreement.term().latestEndDate());
        assertEquals("nordserv", agreement.leadSupplier().orElseThrow().id());
    }

    @Test
    void aBrokenAgreementIsRefusedWithEveryViolation() {
        // tag::validation[]
        try {
            Agreement.builder()
                    .id("broken").title("Broken on purpose")
                    .addParties(Party.customer("charity", "Charity IT department"),
                            Party.leadSupplier("nordserv", "NordServ AB"), Party.supplier("deskco", "DeskCo AB"),
                            Party.supplier("deskco", "DeskCo Service AB"))
                    .term(ContractTerm.of(LocalDate.of(2026, 1, 1), Period.ofYears(3)))
                    .addResponsibilityAreas(ResponsibilityArea.of("network", "Network", "netlink"))
                    .governance(governance())
                    .currency(Money.currency("SEK"))
                    .build();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                System.out.println(v.path() + ": " + v.rule());
            }
        }
        // end::validation[]
        ValidationException e = assertThrows(ValidationException.class, () -> Agreement.builder()
                .id("broken").title("Broken on purpose")
                .addParties(Party.customer("charity", "Charity IT department"),
                        Party.leadSupplier("nordserv", "NordServ AB"), Party.supplier("deskco", "DeskCo AB"),
                        Party.supplier("deskco", "DeskCo Service AB"))
                .term(ContractTerm.of(LocalDate.of(2026, 1, 1), Period.ofYears(3)))
                .addResponsibilityAreas(ResponsibilityArea.of("network", "Network", "netlink"))
                .governance(governance())
                .currency(Money.currency("SEK"))
                .build());
        List<String> paths = e.violations().stream().map(Violation::path).toList();
        // the second 'deskco' and the area owned by 'netlink', which is not a party: two violations, reported together
        assertEquals(List.of("parties[3].id", "responsibilityAreas[0].owner"), paths, e.getMessage());
    }
}
