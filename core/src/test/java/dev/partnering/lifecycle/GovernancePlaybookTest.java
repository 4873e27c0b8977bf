package dev.partnering.lifecycle;

import dev.partnering.agreement.LifecyclePhase;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.Amendment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.kpi.KpiDefinition;

class GovernancePlaybookTest {

    /** The fixture in COLLABORATION, with option 1 exercised and a revised incident target. */
    static Agreement running() {
        Agreement signed = LifecycleFixtures.agreement().withPhase(LifecyclePhase.COLLABORATION);
        return AgreementHistory.of(signed)
                .amend(Amendment.of(LocalDate.of(2027, 1, 1), "Annual KPI review",
                        AgreementChange.targetChanged("incident-response", new BigDecimal("92"), new BigDecimal("96"),
                                new BigDecimal("99"))))
                .amend(Amendment.of(LocalDate.of(2028, 5, 10), "Option 1 exercised", AgreementChange.optionExercised(1)))
                .current().agreement();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GovernancePlaybookTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        assertEquals(golden("governance-playbook.md"), GovernancePlaybook.render(running()));
    }

    @Test
    void isDeterministic() {
        assertEquals(GovernancePlaybook.render(running()), GovernancePlaybook.render(running()));
    }

    @Test
    void withoutLevelBTheSteeringGroupFollowsUpEveryKpiAndTableCellsAreEscaped() {
        Governance twoLevels = Governance.builder().addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.OPERATIONAL)
                .addRoles(LifecycleFixtures.role("cus-exec", "CIO", "northfield", GovernanceLevel.STRATEGIC,
                        "Direction | budget", "sup-exec", "Eva Lind"))
                .addRoles(LifecycleFixtures.role("sup-exec", "Account director", "nordic-it", GovernanceLevel.STRATEGIC,
                        "Resources", "cus-exec", null))
                .addForums(Forum.builder().id("steering").name("Steering group").level(GovernanceLevel.STRATEGIC)
                        .cadence(Cadence.SEMI_ANNUALLY).addParticipants("cus-exec", "sup-exec").build())
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.OPERATIONAL, Duration.ofHours(36))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(20)).build())
                .build();
        Agreement a = LifecycleFixtures.agreement().withGovernance(twoLevels);
        String md = GovernancePlaybook.render(a);
        assertEquals(List.of("incident-response", "change-lead-time", "user-satisfaction"),
                GovernancePlaybook.followedUpAt(a, GovernanceLevel.STRATEGIC).stream().map(KpiDefinition::id).toList());
        assertTrue(md.contains("- **Steering group** meets twice a year: Eva Lind (CIO, Northfield Municipality);"
                + " vacant (Account director, Nordic IT AB).\n  Follows up: the overall scorecard against the shared vision"
                + " and goals; Incidents answered within SLA, Standard change lead time, User satisfaction.\n"), md);
        assertTrue(md.contains("| A | CIO (Northfield Municipality) | Eva Lind | Direction \\| budget |"
                + " Account director (Nordic IT AB) | vacant | Resources |\n"), md);
        assertTrue(md.contains("| C (OPERATIONAL) | — | 1 day 12 hours | escalates to level A (STRATEGIC) |\n"), md);
        assertTrue(md.contains("- No forum meets at this level yet.\n"), md);
    }

    @Test
    void aSupplierRoleDeclaredFirstStillLandsInTheSupplierColumn() {
        Governance supplierFirst = Governance.builder().addLevels(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL)
                .addRoles(LifecycleFixtures.role("sup-exec", "Account director", "nordic-it", GovernanceLevel.STRATEGIC,
                        "Resources", "cus-exec", "Jonas Berg"))
                .addRoles(LifecycleFixtures.role("cus-exec", "CIO", "northfield", GovernanceLevel.STRATEGIC,
                        "Direction", "sup-exec", "Eva Lind"))
                .escalationPolicy(EscalationPolicy.builder()
                        .putTimeAllowed(GovernanceLevel.TACTICAL, Duration.ofDays(5))
                        .putTimeAllowed(GovernanceLevel.STRATEGIC, Duration.ofDays(20)).build())
                .build();
        String md = GovernancePlaybook.render(LifecycleFixtures.agreement().withGovernance(supplierFirst));
        assertTrue(md.contains("| A | CIO (Northfield Municipality) | Eva Lind | Direction | Account director (Nordic IT AB)"
                + " | Jonas Berg | Resources |\n"), md);
    }
}
