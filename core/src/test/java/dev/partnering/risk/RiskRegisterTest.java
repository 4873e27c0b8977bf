package dev.partnering.risk;

import static dev.partnering.Fixtures.CUSTOMER;
import static dev.partnering.Fixtures.LEAD_SUPPLIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.action.Action;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.Minutes;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.GovernanceLevel;

class RiskRegisterTest {

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static Risk risk(String id, String owner, int likelihood, int impact, String reviewBy) {
        return Risk.builder().id(id).title("Risk " + id).owner(owner).likelihood(likelihood).impact(impact)
                .identifiedOn(day("2026-01-15")).reviewBy(day(reviewBy)).build();
    }

    static RiskRegister register() {
        return RiskRegister.builder()
                .addRisks(risk("key-staff", LEAD_SUPPLIER, 4, 4, "2026-06-30"))   // 16, high
                .addRisks(risk("ransomware", LEAD_SUPPLIER, 3, 5, "2026-03-31"))  // 15, high, review overdue
                .addRisks(risk("budget-cut", CUSTOMER, 2, 3, "2026-03-31"))       // 6, review overdue
                .addRisks(Risk.builder().id("old-dc").title("Data centre fire").owner(CUSTOMER).likelihood(5).impact(5)
                        .identifiedOn(day("2026-01-15")).reviewBy(day("2026-02-01")).status(RiskStatus.CLOSED).build())
                .build();
    }

    static ActionRegister actions() {
        Minutes m = Minutes.builder().meeting(ForumMeeting.held("delivery-board", day("2026-02-10")))
                .addActions(Action.builder().id("succession").description("Name a deputy for each key role")
                        .owner(LEAD_SUPPLIER).ownerRole(Fixtures.roleId(LEAD_SUPPLIER, GovernanceLevel.TACTICAL))
                        .due(day("2026-04-30")).risk("key-staff").build())
                .addActions(Action.builder().id("backups").description("Offline backups")
                        .owner(LEAD_SUPPLIER).ownerRole(Fixtures.roleId(LEAD_SUPPLIER, GovernanceLevel.TACTICAL))
                        .due(day("2026-04-30")).risk("ransomware").cancelledOn(day("2026-03-01")).build())
                .build();
        return ActionRegister.of(Fixtures.governance(), List.of(m));
    }

    @Test
    void theReviewRanksOpenRisksAndWarnsOfUnreviewedAndUnmitigatedHighRisks() {
        RiskReview r = register().review(actions(), day("2026-04-15"));
        // five-level scales: highest score 5 x 5 = 25, high from (25 + 1) / 2 = 13
        assertEquals(13, register().highFrom());
        // key-staff 4 x 4 = 16, ransomware 3 x 5 = 15, budget-cut 2 x 3 = 6; old-dc is closed
        assertEquals(List.of("key-staff", "ransomware", "budget-cut"), r.open().stream().map(a -> a.risk().id()).toList());
        assertEquals(List.of("key-staff", "ransomware"), r.top(2).stream().map(a -> a.risk().id()).toList());
        // review days 2026-03-31 passed by 2026-04-15; the closed risk is not watched
        assertEquals(List.of("ransomware", "budget-cut"), r.unreviewed().stream().map(a -> a.risk().id()).toList());
        // ransomware's only mitigation was cancelled
        assertEquals(List.of("ransomware"), r.unmitigatedHigh().stream().map(a -> a.risk().id()).toList());
        String text = r.explanation().toText();
        assertTrue(text.contains("risk 'ransomware' (acme): possible x severe = 3 x 5 = 15, high, 0 mitigations"), text);
        assertTrue(text.contains("risk 'ransomware' is high (15) and has no mitigation"), text);
        assertTrue(text.contains("risk 'budget-cut' is unreviewed: due for review by 2026-03-31"), text);
    }

    @Test
    void aCancelledMitigationStillMitigatedBeforeItWasCancelled() {
        RiskReview r = register().review(actions(), day("2026-02-20"));
        // on 02-20 the backups action was open (cancelled 03-01); nothing was due for review yet
        assertEquals(List.of(), r.unmitigatedHigh());
        assertEquals(List.of(), r.unreviewed());
    }

    @Test
    void theRegisterNamesEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> RiskRegister.builder()
                .likelihoodScale(RiskScale.of("likelihood", "low", "high")).highFrom(11)
                .addRisks(risk("a", CUSTOMER, 3, 6, "2026-06-30")).addRisks(risk("a", CUSTOMER, 1, 1, "2026-06-30"))
                .build());
        assertEquals(List.of("highFrom", "risks[0].likelihood", "risks[0].impact", "risks[1].id"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.getMessage().contains("a high risk scores from 11, which must be from 1 to the highest score 10"),
                e.getMessage());
        assertTrue(e.getMessage().contains("risk 'a': likelihood 3 is not on the scale 1 to 2"));
        ValidationException x = assertThrows(ValidationException.class, () -> Risk.builder().id("r").title(" ")
                .owner(CUSTOMER).likelihood(0).impact(1).identifiedOn(day("2026-02-01")).reviewBy(day("2026-01-01")).build());
        assertEquals(List.of("title", "likelihood", "reviewBy"), x.violations().stream().map(Violation::path).toList());
        assertThrows(ValidationException.class, () -> RiskScale.of("impact", "low", "low"));
    }
}
