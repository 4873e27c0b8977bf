package dev.partnering.examples;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import dev.partnering.ValidationException;
import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.examples.cli.Cli;
import dev.partnering.examples.cli.ExitCode;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;

/**
 * The command-line entry point of the examples: {@code java -jar partnering-examples.jar [demo]};
 * see {@link Cli} for the commands.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command and exits with its {@link ExitCode}.
     *
     * @param args  the command line; {@code demo} when empty
     */
    public static void main(String[] args) {
        if (List.of(args).contains("--debug")) {
            // before the first logger is created: slf4j-simple reads these once
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
        ExitCode code = Cli.run(args, System.out, System.err);
        System.out.flush();
        System.exit(code.code());
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
