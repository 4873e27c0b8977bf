package dev.partnering.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.lifecycle.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

/**
 * The command-line entry point of the examples: {@code java -jar partnering-examples.jar [demo]}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the demo.
     *
     * @param args  {@code demo} (the default)
     */
    public static void main(String[] args) {
        String command = args.length == 0 ? "demo" : args[0];
        if (!command.equals("demo")) {
            System.err.println("unknown command '" + command + "'; usage: partnering-examples [demo]");
            System.exit(2);
        }
        demo(System.out);
    }

    /**
     * Prints the demo: the example agreement's summary and the all-violations message of an
     * invalid one.
     *
     * @param out  where to print, not null
     */
    public static void demo(PrintStream out) {
        out.println("== A valid agreement ==");
        out.print(AgreementSummary.render(ItPartnering.agreement()));
        out.println();
        out.println("== Scorecard 2026-Q1 ==");
        out.print(ScorecardExample.firstQuarterScorecard().explanation().toText());
        out.println();
        out.println("== Incentive statement 2026-01 to 2026-03 ==");
        out.print(IncentiveExample.firstQuarterStatement().explanation().toText());
        out.println();
        out.println("== An invalid agreement ==");
        try {
            invalidAgreement();
            out.println("unexpected: the invalid agreement was accepted");
        } catch (ValidationException e) {
            out.println(e.getMessage());
        }
    }

    /**
     * Builds an agreement with several mistakes; it never returns normally.
     *
     * @return never
     * @throws ValidationException listing every mistake
     */
    public static Agreement invalidAgreement() {
        return Agreement.builder()
                .id("broken").title("Broken agreement")
                .addParties(Party.customer("city", "City"), Party.customer("city", "City again"))
                .term(ContractTerm.builder().startDate(LocalDate.of(2026, 1, 1)).initialDuration(Period.ofYears(3)).build())
                .addResponsibilityAreas(ResponsibilityArea.of("ops", "Operations", "acme"))
                .governance(Governance.builder()
                        .addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                        .addRoles(Role.builder().id("cio").title("CIO").party("city").level(GovernanceLevel.STRATEGIC)
                                .mandate("Direction").build())
                        .escalationPolicy(EscalationPolicy.builder()
                                .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(10))
                                .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5)).build())
                        .build())
                .addKpis(kpi(1), kpi(1))
                .currency(Money.currency("SEK"))
                .build();
    }

    private static KpiDefinition kpi(int version) {
        return KpiDefinition.builder().id("availability").name("Availability").unit("%")
                .direction(Direction.HIGHER_IS_BETTER).minimum(new BigDecimal("99")).target(new BigDecimal("99.5"))
                .version(version).effectiveFrom(LocalDate.of(2026, 1, 1)).build();
    }
}
