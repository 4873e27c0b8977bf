package dev.partnering.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import dev.partnering.action.Action;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.Minutes;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.money.Money;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskRegister;

/**
 * Arbitraries for relationship management: desired outcomes over an agreement's KPIs (some
 * measured by none), agreements with outcomes, forum minutes and action registers over a
 * governance, risk registers and improvement backlogs. Every generated value is valid.
 *
 * @since 0.1.0
 */
public final class RelationshipArbitraries {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private RelationshipArbitraries() {
    }

    /**
     * @param kpiIds  the KPI ids the outcomes may be measured by, not null
     * @return lists of 0 to 6 outcomes, each measured by a subset (possibly empty) of the KPIs with
     *         weights from 1 to 5; never null
     */
    public static Arbitrary<List<DesiredOutcome>> outcomes(List<String> kpiIds) {
        Objects.requireNonNull(kpiIds, "kpiIds");
        Arbitrary<List<String>> measuring = kpiIds.isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(kpiIds).set().ofMaxSize(kpiIds.size()).map(ArrayList::new);
        Arbitrary<List<Integer>> weights = Arbitraries.integers().between(1, 5).list().ofSize(Math.max(kpiIds.size(), 1));
        return Combinators.combine(measuring, weights).as(Pair::new).list().ofMaxSize(6).map(pairs -> {
            List<DesiredOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                DesiredOutcome.Builder b = DesiredOutcome.builder().id("outcome-" + i).statement("Outcome " + i);
                List<String> kpis = pairs.get(i).kpis();
                for (int k = 0; k < kpis.size(); k++) {
                    b.measuredBy(kpis.get(k), BigDecimal.valueOf(pairs.get(i).weights().get(k)));
                }
                outcomes.add(b.build());
            }
            return outcomes;
        });
    }

    private record Pair(List<String> kpis, List<Integer> weights) {
    }

    /** @return valid agreements ({@link PartneringArbitraries#agreements()}) with generated desired outcomes; never null */
    public static Arbitrary<Agreement> agreementsWithOutcomes() {
        return PartneringArbitraries.agreements().flatMap(a -> outcomes(a.kpiIds()).map(a::withOutcomes));
    }

    /**
     * @param governance  the governance whose forums meet and whose roles own the actions, with at least one forum and role
     * @return lists of minutes over one year, each with 0 to 3 actions owned by a role of the governance; never null
     */
    public static Arbitrary<List<Minutes>> minutes(Governance governance) {
        Objects.requireNonNull(governance, "governance");
        List<Forum> forums = governance.forums();
        List<Role> roles = governance.roles();
        Arbitrary<ActionSpec> action = Combinators.combine(Arbitraries.integers().between(0, roles.size() - 1),
                Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 150)).as(ActionSpec::new);
        Arbitrary<MeetingSpec> meeting = Combinators.combine(Arbitraries.integers().between(0, forums.size() - 1),
                Arbitraries.integers().between(0, 364), action.list().ofMaxSize(3)).as(MeetingSpec::new);
        return meeting.list().ofMaxSize(12).map(specs -> {
            List<Minutes> all = new ArrayList<>();
            int n = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (MeetingSpec m : specs) {
                LocalDate date = START.plusDays(m.day());
                String forum = forums.get(m.forum()).id();
                if (!seen.add(forum + date)) {
                    continue;
                }
                Minutes.Builder b = Minutes.builder().meeting(ForumMeeting.held(forum, date));
                for (ActionSpec a : m.actions()) {
                    Role r = roles.get(a.role());
                    Action.Builder x = Action.builder().id("action-" + n++).description("Action").owner(r.party())
                            .ownerRole(r.id()).due(date.plusDays(a.dueIn()));
                    if (a.status() == 1) {
                        x.doneOn(date.plusDays(a.closedIn()));
                    } else if (a.status() == 2) {
                        x.cancelledOn(date.plusDays(a.closedIn()));
                    }
                    b.addActions(x.build());
                }
                all.add(b.build());
            }
            return all;
        });
    }

    private record ActionSpec(int role, int dueIn, int status, int closedIn) {
    }

    private record MeetingSpec(int forum, int day, List<ActionSpec> actions) {
    }

    /**
     * @param governance  the governance, with at least one forum and role
     * @return action registers over generated minutes; never null
     */
    public static Arbitrary<ActionRegister> actionRegisters(Governance governance) {
        return minutes(governance).map(m -> ActionRegister.of(governance, m));
    }

    /**
     * @param owners  the party ids that may own a risk, not empty
     * @return risk registers on the default five-level scales with 0 to 8 risks; never null
     */
    public static Arbitrary<RiskRegister> riskRegisters(List<String> owners) {
        Arbitrary<Risk> risk = Combinators.combine(Arbitraries.of(owners), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 365)).as((o, l, i, from, review) -> Risk.builder().id("r")
                        .title("Risk").owner(o).likelihood(l).impact(i).identifiedOn(START.plusDays(from))
                        .reviewBy(START.plusDays(from + review)).build());
        return risk.list().ofMaxSize(8).map(rs -> {
            RiskRegister.Builder b = RiskRegister.builder();
            for (int k = 0; k < rs.size(); k++) {
                Risk r = rs.get(k);
                b.addRisks(Risk.builder().id("risk-" + k).title(r.title()).owner(r.owner()).likelihood(r.likelihood())
                        .impact(r.impact()).identifiedOn(r.identifiedOn()).reviewBy(r.reviewBy()).build());
            }
            return b.build();
        });
    }

    /**
     * @param currency  the backlog's currency, not null
     * @param proposers  the party ids that may propose, not empty
     * @return backlogs of 0 to 10 initiatives at every status; never null
     */
    public static Arbitrary<ImprovementBacklog> backlogs(Currency currency, List<String> proposers) {
        Arbitrary<Initiative> initiative = Combinators.combine(Arbitraries.of(proposers),
                Arbitraries.of(GovernanceLevel.STRATEGIC, GovernanceLevel.TACTICAL), Arbitraries.of(InitiativeStatus.class),
                Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 200),
                Arbitraries.longs().between(0, 100_000_000L), Arbitraries.longs().between(0, 100_000_000L))
                .as((p, level, status, from, decideIn, expected, realised) -> initiative(currency, p, level, status,
                        START.plusDays(from), decideIn, expected, realised));
        return initiative.list().ofMaxSize(10).map(list -> {
            ImprovementBacklog.Builder b = ImprovementBacklog.builder().currency(currency);
            for (int k = 0; k < list.size(); k++) {
                Initiative i = list.get(k);
                Initiative.Builder x = Initiative.builder().id("initiative-" + k).title(i.title()).proposer(i.proposer())
                        .decidedBy(i.decidedBy()).status(i.status()).proposedOn(i.proposedOn())
                        .expectedBenefit(i.expectedBenefit());
                i.decidedOn().ifPresent(x::decidedOn);
                i.deliveredOn().ifPresent(x::deliveredOn);
                i.realisedBenefit().ifPresent(x::realisedBenefit);
                i.gainShare().ifPresent(x::gainShare);
                b.addInitiatives(x.build());
            }
            return b.build();
        });
    }

    private static Initiative initiative(Currency currency, String proposer, GovernanceLevel level,
            InitiativeStatus status, LocalDate proposed, int decideIn, long expected, long realised) {
        int scale = currency.getDefaultFractionDigits();
        Initiative.Builder b = Initiative.builder().id("i").title("Initiative").proposer(proposer).decidedBy(level)
                .status(status).proposedOn(proposed).expectedBenefit(Money.of(BigDecimal.valueOf(expected, scale), currency))
                .gainShare("savings");
        if (status != InitiativeStatus.PROPOSED) {
            b.decidedOn(proposed.plusDays(decideIn));
        }
        if (status == InitiativeStatus.DELIVERED) {
            b.deliveredOn(proposed.plusDays(decideIn + 30L)).realisedBenefit(Money.of(BigDecimal.valueOf(realised, scale), currency));
        }
        return b.build();
    }
}
