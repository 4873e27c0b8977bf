package dev.partnering.evaluation;

import dev.partnering.internal.Texts;

import dev.partnering.governance.Cadence;
import dev.partnering.governance.Escalation;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.ForumActivity;
import dev.partnering.governance.ForumMeeting;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.governance.internal.GovernanceReports;
import dev.partnering.governance.LevelActivity;
import dev.partnering.governance.OverdueEscalation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.StepKind;
import dev.partnering.internal.Decimals;
import dev.partnering.party.PartyKind;
import dev.partnering.period.ReportingPeriod;

/**
 * Computes a {@link GovernanceReport}: how an agreement's governance worked in one reporting
 * period, from the records of forum meetings and escalations. The period is looked at from its
 * last day; evaluate periods that have ended.
 * <p>
 * Forums: each forum's cadence schedules {@link Cadence#meetingsIn(ReportingPeriod)} meetings in
 * the period; held meetings count up to that number. A forum (or a level, over all its forums
 * with the shortest cadence) is flagged when it has not met within twice its cadence before the
 * end of the period; the clock starts at the start of the contract term at the earliest.
 * <p>
 * Escalations: the time allowed at each level comes from the agreement's
 * {@link EscalationPolicy}; time is counted in whole days (a day is 24 hours). An escalation
 * resolved in the period was within its deadline when it never stayed at a level longer than
 * allowed. An escalation still open at the end of the period is overdue when it has stayed at its
 * current level longer than allowed.
 * <p>
 * The calculator is stateless, never mutates its inputs and does not depend on their order. This
 * class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceCalculator.class);

    private static final GovernanceCalculator STANDARD = new GovernanceCalculator();

    private GovernanceCalculator() {
    }

    /**
     * @return the calculator; it holds no state, never null
     * @since 0.1
     */
    public static GovernanceCalculator standard() {
        return STANDARD;
    }

    /**
     * Computes governance in operation for a period.
     *
     * @param agreement  the agreement whose governance is looked at, not null
     * @param period  the period, not null
     * @param meetings  the forum meeting records, in any order, not null; other periods' records
     *        are used only to find when a forum last met
     * @param escalations  the escalation records, in any order, not null
     * @return the report, never null
     * @throws ValidationException if a record names a forum the governance does not have, uses a
     *         level it does not use, or is recorded twice
     */
    public GovernanceReport assess(Agreement agreement, ReportingPeriod period, Collection<ForumMeeting> meetings,
            Collection<Escalation> escalations) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        check(agreement, List.copyOf(meetings), List.copyOf(escalations)); // paths index the caller's order
        List<ForumMeeting> ms = sortedMeetings(meetings);
        List<Escalation> es = escalations.stream().sorted(Comparator.comparing(Escalation::id)).toList();
        Governance g = agreement.governance();
        LocalDate start = agreement.term().startDate();
        List<LevelActivity> levels = new ArrayList<>();
        for (GovernanceLevel level : g.levelsInOrder()) {
            levels.add(level(level, g, period, start, ms, es));
        }
        List<Escalation> resolved = es.stream().filter(e -> resolvedIn(e, period)).toList();
        int withinDeadline = (int) resolved.stream().filter(e -> isWithinDeadline(e, g.escalationPolicy(), period.end()))
                .count();
        GovernanceReport report = GovernanceReports.of(agreement.id(), period, levels, resolved.size(), withinDeadline,
                r -> explain(r, agreement, ms.size(), es.size()));
        LOG.debug("governance of '{}' in {}: score {}", agreement.id(), period,
                report.score().map(Decimals::show).orElse("n/a"));
        return report;
    }

    private static List<ForumMeeting> sortedMeetings(Collection<ForumMeeting> meetings) {
        return meetings.stream().sorted(Comparator.comparing(ForumMeeting::date).thenComparing(ForumMeeting::forum)
                .thenComparing(ForumMeeting::status)).toList();
    }

    private static void check(Agreement agreement, List<ForumMeeting> meetings, List<Escalation> escalations) {
        Governance g = agreement.governance();
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < meetings.size(); i++) {
            ForumMeeting m = meetings.get(i);
            if (g.forums().stream().noneMatch(f -> f.id().equals(m.forum()))) {
                violations.add(Violation.of("meetings[" + i + "].forum", m.forum(), "the meeting on " + m.date()
                        + " names forum '" + m.forum() + "', which is not a forum of agreement '" + agreement.id() + "'"));
            }
            if (!seen.add(m.forum() + "@" + m.date())) {
                violations.add(Violation.of("meetings[" + i + "].date", m.date(),
                        "forum '" + m.forum() + "' has more than one meeting recorded on " + m.date()));
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < escalations.size(); i++) {
            Escalation e = escalations.get(i);
            String path = "escalations[" + i + "]";
            if (!ids.add(e.id())) {
                violations.add(Violation.of(path + ".id", e.id(), "escalation id '" + e.id() + "' is used more than once"));
            }
            List<GovernanceLevel> used = new ArrayList<>(List.of(e.raisedAt()));
            e.steps().forEach(s -> used.add(s.level()));
            used.stream().filter(l -> !g.levels().contains(l)).distinct().forEach(l -> violations.add(Violation.of(
                    path, l, "escalation '" + e.id() + "' uses level " + l.label() + ", which the governance of agreement '"
                            + agreement.id() + "' does not use")));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("Governance records of agreement '" + agreement.id() + "'", violations);
        }
    }

    private static LevelActivity level(GovernanceLevel level, Governance g, ReportingPeriod period, LocalDate start,
            List<ForumMeeting> meetings, List<Escalation> escalations) {
        List<Forum> forums = g.forumsAt(level);
        List<ForumActivity> activity = forums.stream().map(f -> forum(f, period, start, meetings)).toList();
        Optional<LocalDate> lastHeld = activity.stream().map(ForumActivity::lastHeld).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        boolean stale = forums.stream().map(Forum::cadence).min(Comparator.naturalOrder())
                .map(c -> isStale(lastHeld, c, period.end(), start)).orElse(false);
        Map<PartyKind, Integer> attendance = new EnumMap<>(PartyKind.class);
        int withoutBothSides = 0;
        for (ForumMeeting m : meetings) {
            if (m.isHeld() && period.contains(m.date()) && forums.stream().anyMatch(f -> f.id().equals(m.forum()))
                    && !m.attendance().isEmpty()) {
                m.attendance().forEach((side, n) -> attendance.merge(side, n, Integer::sum));
                withoutBothSides += m.isAttendedByBothSides() ? 0 : 1;
            }
        }
        List<Escalation> resolvedHere = escalations.stream()
                .filter(e -> resolvedIn(e, period) && e.finalLevel() == level).toList();
        List<Escalation> raisedHereResolved = escalations.stream()
                .filter(e -> resolvedIn(e, period) && e.raisedAt() == level).toList();
        List<BigDecimal> days = resolvedHere.stream()
                .map(e -> BigDecimal.valueOf(last(e.staysUntil(period.end())).days())).toList();
        return new LevelActivity(level, activity, lastHeld, stale, attendance, withoutBothSides,
                (int) escalations.stream().filter(e -> e.raisedAt() == level && period.contains(e.raisedOn())).count(),
                resolvedHere.size(), (int) raisedHereResolved.stream().filter(Escalation::isResolvedAtRaisedLevel).count(),
                raisedHereResolved.size(), Decimals.mean(days), overdue(level, g.escalationPolicy(), period, escalations));
    }

    private static ForumActivity forum(Forum f, ReportingPeriod period, LocalDate start, List<ForumMeeting> meetings) {
        int held = 0;
        int cancelled = 0;
        Optional<LocalDate> lastHeld = Optional.empty();
        for (ForumMeeting m : meetings) {
            if (!m.forum().equals(f.id()) || m.date().isAfter(period.end())) {
                continue;
            }
            if (m.isHeld()) {
                lastHeld = Optional.of(m.date());
            }
            if (period.contains(m.date())) {
                held += m.isHeld() ? 1 : 0;
                cancelled += m.isHeld() ? 0 : 1;
            }
        }
        int scheduled = period.end().isBefore(start) ? 0 : f.cadence().meetingsIn(period);
        return new ForumActivity(f, scheduled, held, cancelled, lastHeld, isStale(lastHeld, f.cadence(), period.end(), start));
    }

    /** Not met within twice the cadence before {@code end}, once the contract has run that long. */
    static boolean isStale(Optional<LocalDate> lastHeld, Cadence cadence, LocalDate end, LocalDate start) {
        LocalDate windowStart = end.minus(cadence.interval().multipliedBy(2));
        if (start.isAfter(windowStart)) {
            return false;
        }
        return lastHeld.map(d -> d.isBefore(windowStart)).orElse(true);
    }

    private static boolean resolvedIn(Escalation e, ReportingPeriod period) {
        return e.resolvedOn().filter(period::contains).isPresent();
    }

    private static boolean isWithinDeadline(Escalation e, EscalationPolicy policy, LocalDate asOf) {
        return e.staysUntil(asOf).stream().allMatch(s -> !exceeds(s, policy));
    }

    private static boolean exceeds(Escalation.Stay s, EscalationPolicy policy) {
        return Duration.ofDays(s.days()).compareTo(allowed(policy, s.level())) > 0;
    }

    private static Duration allowed(EscalationPolicy policy, GovernanceLevel level) {
        return policy.timeAllowedAt(level).orElseThrow(); // the governance checks every level in use is covered
    }

    private static List<OverdueEscalation> overdue(GovernanceLevel level, EscalationPolicy policy, ReportingPeriod period,
            List<Escalation> escalations) {
        List<OverdueEscalation> overdue = new ArrayList<>();
        for (Escalation e : escalations) {
            if (!e.isRaisedBy(period.end()) || e.isResolvedBy(period.end())) {
                continue;
            }
            Escalation.Stay now = last(e.staysUntil(period.end()));
            if (now.level() == level && exceeds(now, policy)) {
                overdue.add(new OverdueEscalation(e, level, now.from(), now.days(), allowed(policy, level)));
            }
        }
        return overdue;
    }

    private static Escalation.Stay last(List<Escalation.Stay> stays) {
        return stays.get(stays.size() - 1);
    }

    private static Explanation explain(GovernanceReport r, Agreement agreement, int meetings, int escalations) {
        Explanation.Builder b = Explanation.builder("Governance in operation of agreement '" + agreement.id() + "' in "
                + r.period() + " (looked at from " + r.evaluatedOn() + ")");
        b.add(StepKind.INPUT, agreement.governance().forums().size() + " forums, " + meetings + " meeting records, "
                + escalations + " escalation records; contract term from " + agreement.term().startDate());
        b.add(StepKind.RULE, "scheduled meetings per forum follow its cadence; held meetings count up to the schedule");
        b.add(StepKind.RULE, "a forum or level is flagged when it has not met within twice its cadence before "
                + r.evaluatedOn());
        b.add(StepKind.RULE, "time allowed per level (escalation policy): " + policy(agreement.governance()));
        for (LevelActivity l : r.levels()) {
            b.add(level(l, r));
        }
        b.add(Step.of(StepKind.RESULT, "forums held: " + share(r.heldMeetings(), r.scheduledMeetings())));
        b.add(Step.of(StepKind.RESULT, "escalations resolved where raised: "
                + share(r.resolvedWhereRaised(), r.resolvedEscalations())));
        b.add(Step.of(StepKind.RESULT, "escalations within deadline: " + share(r.withinDeadline(),
                r.judgedAgainstDeadline()) + " (" + r.resolvedEscalations() + " resolved in the period, "
                + r.overdue().size() + " open past their deadline)"));
        b.add(Step.of(StepKind.RESULT, r.score().map(s -> "governance score = mean of the shares present = "
                + shares(r) + " = " + Decimals.show(s)).orElse("governance score: not available, nothing was scheduled or resolved")));
        return b.build();
    }

    private static String policy(Governance g) {
        StringBuilder sb = new StringBuilder();
        for (GovernanceLevel l : g.levelsInOrder()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(l.letter()).append(' ')
                    .append(Texts.duration(g.escalationPolicy().timeAllowedAt(l).orElseThrow()));
        }
        return sb.toString();
    }


    private static Step level(LevelActivity l, GovernanceReport r) {
        Step step = Step.of(StepKind.COMPUTATION, "level " + l.level().label());
        for (ForumActivity f : l.forums()) {
            step = step.withChild(Step.of(StepKind.COMPUTATION, "forum '" + f.forum().id() + "' (" + f.forum().cadence()
                    + "): " + f.held() + " held, " + f.cancelled() + " cancelled, " + f.scheduled() + " scheduled, last held "
                    + f.lastHeld().map(LocalDate::toString).orElse("never")));
        }
        if (l.forums().isEmpty()) {
            step = step.withChild(Step.of(StepKind.WARNING, "level " + l.level().letter() + " has no forum"));
        } else {
            step = step.withChild(Step.of(StepKind.RESULT, "held as scheduled: " + share(l.heldAsScheduled(), l.scheduled())));
        }
        if (l.isStale()) {
            step = step.withChild(Step.of(StepKind.WARNING, l.staleness().orElseThrow()));
        }
        if (l.heldWithoutBothSides() > 0) {
            step = step.withChild(Step.of(StepKind.WARNING, l.heldWithoutBothSides()
                    + (l.heldWithoutBothSides() == 1 ? " meeting" : " meetings") + " held without one of the sides"));
        }
        step = step.withChild(Step.of(StepKind.COMPUTATION, "escalations raised here: " + l.raised()
                + "; resolved here: " + l.resolved() + l.meanDaysToResolve().map(d -> " (mean " + Decimals.show(d)
                + " days at this level)").orElse("") + "; resolved where raised: "
                + share(l.resolvedWhereRaised(), l.resolvedAfterRaisedHere())));
        for (OverdueEscalation o : l.overdue()) {
            step = step.withChild(Step.of(StepKind.WARNING, "escalation '" + o.escalation().id() + "' at level "
                    + o.level().letter() + " since " + o.since() + ": " + o.days() + " days, " + Texts.duration(o.allowed())
                    + " allowed, due by " + o.dueBy()));
        }
        return step;
    }

    private static String shares(GovernanceReport r) {
        List<String> present = new ArrayList<>();
        r.heldShare().ifPresent(s -> present.add(Decimals.show(s.multiply(Decimals.HUNDRED))));
        r.resolvedWhereRaisedShare().ifPresent(s -> present.add(Decimals.show(s.multiply(Decimals.HUNDRED))));
        r.withinDeadlineShare().ifPresent(s -> present.add(Decimals.show(s.multiply(Decimals.HUNDRED))));
        return "(" + String.join(" + ", present) + ") / " + present.size();
    }

    private static String share(int part, int whole) {
        return part + " of " + whole + Decimals.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))
                .map(s -> " = " + Decimals.show(s.multiply(Decimals.HUNDRED)) + "%").orElse("");
    }
}
