package dev.partnering.governance;

import static dev.partnering.governance.GovernanceLevel.OPERATIONAL;
import static dev.partnering.governance.GovernanceLevel.STRATEGIC;
import static dev.partnering.governance.GovernanceLevel.TACTICAL;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;

import dev.partnering.agreement.Agreement;
import dev.partnering.term.ContractTerm;
import dev.partnering.party.Party;

/**
 * An agreement with three levels, a quarterly steering group (A), a monthly delivery board (B) and
 * a monthly operations sync (C), escalation times A 10 days, B 5 days, C 2 days; and the records
 * of the first quarter of 2026.
 */
public final class GovernanceFixtures {

    public static final LocalDate TERM_START = LocalDate.of(2025, 1, 1);

    private GovernanceFixtures() {
    }

    /** @return the agreement, never null */
    public static Agreement agreement() {
        return agreement(TERM_START);
    }

    public static Agreement agreement(LocalDate start) {
        Governance governance = Governance.builder()
                .addLevels(STRATEGIC, TACTICAL, OPERATIONAL)
                .addRoles(role("cust-exec", "buyer", "sup-exec", STRATEGIC), role("sup-exec", "vendor", "cust-exec", STRATEGIC))
                .addRoles(role("cust-dm", "buyer", "sup-dm", TACTICAL), role("sup-dm", "vendor", "cust-dm", TACTICAL))
                .addRoles(role("cust-ops", "buyer", "sup-ops", OPERATIONAL), role("sup-ops", "vendor", "cust-ops", OPERATIONAL))
                .addForums(forum("steering", "Steering group", STRATEGIC, Cadence.QUARTERLY, "cust-exec", "sup-exec"))
                .addForums(forum("delivery", "Delivery board", TACTICAL, Cadence.MONTHLY, "cust-dm", "sup-dm"))
                .addForums(forum("ops-sync", "Operations sync", OPERATIONAL, Cadence.MONTHLY, "cust-ops", "sup-ops"))
                .escalationPolicy(EscalationPolicy.builder().putTimeAllowed(STRATEGIC, Duration.ofDays(10))
                        .putTimeAllowed(TACTICAL, Duration.ofDays(5)).putTimeAllowed(OPERATIONAL, Duration.ofDays(2)).build())
                .build();
        return Agreement.builder().id("it-partnering").title("IT operations partnership")
                .addParties(Party.customer("buyer", "Buyer AB"), Party.supplier("vendor", "Vendor AB"))
                .term(ContractTerm.builder().startDate(start).initialDuration(Period.ofYears(3)).build())
                .governance(governance).currency(Currency.getInstance("SEK")).build();
    }

    private static Role role(String id, String party, String counterpart, GovernanceLevel level) {
        return Role.builder().id(id).title(id).party(party).level(level).mandate("mandate of " + id)
                .counterpart(counterpart).build();
    }

    private static Forum forum(String id, String name, GovernanceLevel level, Cadence cadence, String... participants) {
        return Forum.builder().id(id).name(name).level(level).cadence(cadence).addParticipants(participants).build();
    }

    public static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** @return the meeting records of 2026-Q1, never null */
    public static List<ForumMeeting> meetings() {
        return List.of(
                ForumMeeting.held("steering", day(2, 10), 2, 2),
                ForumMeeting.held("delivery", day(1, 14), 3, 2),
                ForumMeeting.cancelled("delivery", day(2, 11)),
                ForumMeeting.held("ops-sync", day(1, 7), 4, 3),
                ForumMeeting.held("ops-sync", day(2, 4), 4, 0),
                ForumMeeting.held("ops-sync", day(3, 4), 5, 4),
                ForumMeeting.held("ops-sync", day(3, 18)));
    }

    /** @return the escalation records around 2026-Q1, never null */
    public static List<Escalation> escalations() {
        return List.of(
                // C, 1 day, resolved where raised and on time
                Escalation.builder().id("E1").raisedAt(OPERATIONAL).raisedOn(day(1, 5)).resolvedOn(day(1, 6)).build(),
                // 5 days at C (2 allowed), then 3 days at B (5 allowed): late
                Escalation.builder().id("E2").raisedAt(OPERATIONAL).raisedOn(day(1, 10))
                        .escalatedTo(TACTICAL, day(1, 15)).resolvedOn(day(1, 18)).build(),
                // 3 days at B, then 7 days at A: on time
                Escalation.builder().id("E3").raisedAt(TACTICAL).raisedOn(day(2, 2))
                        .escalatedTo(STRATEGIC, day(2, 5)).resolvedOn(day(2, 12)).build(),
                // open at C since 03-20: 11 days at 03-31
                Escalation.builder().id("E4").raisedAt(OPERATIONAL).raisedOn(day(3, 20)).build(),
                // open at C since 03-27: 4 days at 03-31
                Escalation.builder().id("E5").raisedAt(OPERATIONAL).raisedOn(day(3, 27)).build(),
                // resolved before the quarter: not counted
                Escalation.builder().id("E7").raisedAt(TACTICAL).raisedOn(LocalDate.of(2025, 12, 20))
                        .resolvedOn(LocalDate.of(2025, 12, 22)).build(),
                // open at C since 03-30 (1 day at 03-31), resolved after the quarter
                Escalation.builder().id("E8").raisedAt(OPERATIONAL).raisedOn(day(3, 30)).resolvedOn(day(4, 2)).build());
    }
}
