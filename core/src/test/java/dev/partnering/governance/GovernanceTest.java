package dev.partnering.governance;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partnering.Fixtures;
import dev.partnering.ValidationException;
import dev.partnering.Violation;

class GovernanceTest {

    /** Two mirrored roles at A and B, one forum each, and a policy for A and B. */
    private static Governance.Builder twoLevels() {
        return Governance.builder()
                .addLevels(STRATEGIC, TACTICAL)
                .addRoles(Fixtures.role("c-A", "c", STRATEGIC, "s-A"), Fixtures.role("s-A", "s", STRATEGIC, "c-A"))
                .addRoles(Fixtures.role("c-B", "c", TACTICAL, "s-B"), Fixtures.role("s-B", "s", TACTICAL, "c-B"))
                .addForums(forum("steering", STRATEGIC, "c-A", "s-A"), forum("board", TACTICAL, "c-B", "s-B"));
    }

    private static EscalationPolicy policy(GovernanceLevel... levels) {
        EscalationPolicy.Builder b = EscalationPolicy.builder();
        for (GovernanceLevel l : levels) {
            b.putTimeAllowed(l, Duration.ofDays(10));
        }
        return b.build();
    }

    private static Forum forum(String id, GovernanceLevel level, String... participants) {
        return Forum.builder().id(id).name(id).level(level).cadence(Cadence.MONTHLY).addParticipants(participants).build();
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void theFixtureIsValidAndAnswersByLevel() {
        Governance g = Fixtures.governance();
        assertEquals(List.of(STRATEGIC, TACTICAL, OPERATIONAL), g.levelsInOrder());
        assertEquals(Fixtures.roleIdsAt(TACTICAL), g.rolesAt(TACTICAL).stream().map(Role::id).toList());
        assertEquals("delivery-board", g.forumsAt(TACTICAL).get(0).id());
        assertEquals("acme-C", g.role("acme-C").orElseThrow().id());
        assertTrue(g.role("nobody").isEmpty());
    }

    @Test
    void twoLevelsIncludingAAreEnough() {
        Governance g = twoLevels().escalationPolicy(policy(STRATEGIC, TACTICAL)).build();
        assertEquals(List.of(STRATEGIC, TACTICAL), g.levelsInOrder());
        assertTrue(g.rolesAt(OPERATIONAL).isEmpty());
    }

    @Test
    void levelsInOrderIsFromAEvenWhenAddedInReverse() {
        Governance g = Governance.builder().addLevels(OPERATIONAL, STRATEGIC)
                .escalationPolicy(policy(STRATEGIC, OPERATIONAL)).build();
        assertEquals(List.of(STRATEGIC, OPERATIONAL), g.levelsInOrder());
    }

    @Test
    void oneLevelIsTooFew() {
        ValidationException e = assertThrows(ValidationException.class, () -> Governance.builder()
                .addLevels(STRATEGIC).escalationPolicy(policy(STRATEGIC)).build());
        assertEquals(List.of(Violation.of("levels", "[STRATEGIC]", "governance needs two or three levels, was 1")),
                e.violations());
    }

    @Test
    void levelAIsRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> Governance.builder()
                .addLevels(TACTICAL, OPERATIONAL).escalationPolicy(policy(TACTICAL, OPERATIONAL)).build());
        assertEquals(List.of(Violation.of("levels", "[TACTICAL, OPERATIONAL]",
                "governance must include level A (STRATEGIC), the highest escalation instance")), e.violations());
    }

    @Test
    void noLevelsAtAllIsReportedNotACrash() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Governance.builder().escalationPolicy(policy(STRATEGIC)).build());
        assertEquals(List.of("levels", "levels"), paths(e));
        assertEquals("governance needs two or three levels, was 0", e.violations().get(0).rule());
    }

    @Test
    void roleIdsAreUnique() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addRoles(Fixtures.role("c-A", "c2", STRATEGIC, "s-A"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("roles[4].id", "c-A", "role id 'c-A' is used more than once")), e.violations());
    }

    @Test
    void everyRoleIsAtALevelInUse() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addRoles(Fixtures.role("c-C", "c", OPERATIONAL, null))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("roles[4].level", OPERATIONAL,
                "role 'c-C' is at level C (OPERATIONAL), which the governance does not use")), e.violations());
    }

    @Test
    void aCounterpartMustBeARole() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addRoles(Fixtures.role("s2-A", "s2", STRATEGIC, "ghost"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("roles[4].counterpart", "ghost",
                "role 's2-A' names counterpart 'ghost', which is not a role")), e.violations());
    }

    @Test
    void mirroredRolesShareALevel() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addRoles(Fixtures.role("s2-A", "s2", STRATEGIC, "c-B"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("roles[4].counterpart", "c-B", "role 's2-A' at level A (STRATEGIC) names "
                + "counterpart 'c-B' at level B (TACTICAL); mirrored roles share a level")), e.violations());
    }

    @Test
    void aRoleWithoutCounterpartIsLeftToTheAgreement() {
        // the governance does not know the sides; the agreement reports the missing counterpart
        Governance g = twoLevels().addRoles(Fixtures.role("s2-A", "s2", STRATEGIC, null))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build();
        assertEquals(5, g.roles().size());
    }

    @Test
    void forumIdsAreUnique() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addForums(forum("board", TACTICAL, "c-B"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("forums[2].id", "board", "forum id 'board' is used more than once")), e.violations());
    }

    @Test
    void everyForumIsAtALevelInUse() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addForums(forum("ops", OPERATIONAL, "c-B"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("forums[2].level", OPERATIONAL,
                "forum 'ops' is at level C (OPERATIONAL), which the governance does not use")), e.violations());
    }

    @Test
    void forumParticipantsAreRoles() {
        ValidationException e = assertThrows(ValidationException.class, () -> twoLevels()
                .addForums(forum("extra", TACTICAL, "c-B", "ghost", "s-B", "nobody"))
                .escalationPolicy(policy(STRATEGIC, TACTICAL)).build());
        assertEquals(List.of(Violation.of("forums[2].participants", List.of("ghost", "nobody"),
                "forum 'extra' lists participants that are not roles: [ghost, nobody]")), e.violations());
    }

    @Test
    void theEscalationPolicyCoversEveryLevelInUse() {
        ValidationException e = assertThrows(ValidationException.class, () -> Governance.builder()
                .addLevels(GovernanceLevel.values()).escalationPolicy(policy(STRATEGIC)).build());
        assertEquals(List.of(
                Violation.of("escalationPolicy.timeAllowed", TACTICAL, "the escalation policy gives no time allowed for level B (TACTICAL)"),
                Violation.of("escalationPolicy.timeAllowed", OPERATIONAL,
                        "the escalation policy gives no time allowed for level C (OPERATIONAL)")), e.violations());
    }

    @Test
    void aPolicyCoveringMoreLevelsThanInUseIsFine() {
        twoLevels().escalationPolicy(policy(GovernanceLevel.values())).build();
    }

    @Test
    void reportsEveryViolationAtOnce() {
        List<Role> roles = new ArrayList<>(Fixtures.roles());
        roles.add(Fixtures.role("acme-A", "acme", STRATEGIC, "region-nord-A")); // duplicate id
        roles.add(Fixtures.role("x-C", "x", OPERATIONAL, "ghost")); // level not in use, unknown counterpart
        ValidationException e = assertThrows(ValidationException.class, () -> Governance.builder()
                .addLevels(TACTICAL, OPERATIONAL) // no A
                .addAllRoles(roles)
                .addAllForums(Fixtures.forums()) // steering group at A, not in use
                .escalationPolicy(policy(TACTICAL))
                .build());
        assertEquals(List.of("levels",
                "roles[0].level", "roles[1].level", "roles[2].level", // the three A roles
                "roles[9].id", "roles[9].level",
                "roles[10].counterpart",
                "forums[0].level",
                "escalationPolicy.timeAllowed"), paths(e));
        assertTrue(e.getMessage().startsWith("Governance is invalid (9 violations):"), e.getMessage());
    }

    @Test
    void requiresAnEscalationPolicy() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Governance.builder().addLevels(STRATEGIC, TACTICAL).build());
        assertEquals(List.of("escalationPolicy"), e.violations().stream().map(dev.partnering.Violation::path).toList(),
                e.getMessage());
    }
}
