package dev.partnering.governance;

import dev.partnering.internal.Texts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.partnering.internal.Decimals;
import dev.partnering.internal.Violations;
import dev.partnering.party.PartyKind;

/**
 * A test oracle for {@code GovernanceCalculator}: everything about a report that can be checked
 * without the agreement and the records it was computed from (reports are written to JSON only,
 * never read back, so the SDK itself no longer re-validates them). Stateless; not instantiable.
 */
final class GovernanceReportCheck {

    private GovernanceReportCheck() {
    }

    /**
     * @param r  the report, not null
     * @throws dev.partnering.ValidationException listing every violation, if any
     */
    static void check(GovernanceReport r) {
        Violations v = Violations.of("GovernanceReport of agreement '" + r.agreementId() + "' in " + r.period());
        int resolved = r.resolvedEscalations();
        notNegative(v, "resolvedEscalations", resolved, "escalations resolved in the period");
        notNegative(v, "withinDeadline", r.withinDeadline(), "escalations within their deadline");
        v.require(r.withinDeadline() <= resolved, "withinDeadline", r.withinDeadline(), r.withinDeadline()
                + " escalations within their deadline must be at most the " + resolved + " resolved in the period;"
                + " an escalation still open is never within its deadline");
        Set<GovernanceLevel> seen = new HashSet<>();
        Set<String> forums = new HashSet<>();
        Set<String> overdue = new HashSet<>();
        GovernanceLevel previous = null;
        long resolvedAtLevels = 0;
        long raisedAtLevels = 0;
        for (int j = 0; j < r.levels().size(); j++) {
            LevelActivity l = r.levels().get(j);
            String path = "levels[" + j + "]";
            if (!seen.add(l.level())) {
                v.add(path + ".level", l.level(), "level " + l.level().label() + " is listed more than once");
            } else if (previous != null && !previous.isAbove(l.level())) {
                v.add(path + ".level", l.level(), "level " + l.level().label() + " is listed after level "
                        + previous.label() + "; the levels are listed from A down");
            }
            previous = l.level();
            level(r, l, path, v, forums, overdue);
            resolvedAtLevels += l.resolved();
            raisedAtLevels += l.resolvedAfterRaisedHere();
        }
        v.require(resolvedAtLevels == resolved, "resolvedEscalations", resolved, resolved + " escalations resolved in"
                + " the period must be the sum of those resolved at each level, " + resolvedAtLevels);
        v.require(raisedAtLevels == resolved, "resolvedEscalations", resolved, resolved + " escalations resolved in"
                + " the period must be the sum of those raised at each level and resolved in the period, " + raisedAtLevels);
        v.throwIfAny();
    }

    private static void notNegative(Violations v, String path, long value, String what) {
        v.require(value >= 0, path, value, what + " " + value + " must not be negative");
    }

    private static void level(GovernanceReport r, LevelActivity l, String path, Violations v, Set<String> forumIds,
            Set<String> overdueIds) {
        String name = "level " + l.level().letter();
        LocalDate end = r.evaluatedOn();
        notNegative(v, path + ".heldWithoutBothSides", l.heldWithoutBothSides(), name + ": meetings held without both sides");
        notNegative(v, path + ".raised", l.raised(), name + ": escalations raised");
        notNegative(v, path + ".resolved", l.resolved(), name + ": escalations resolved");
        notNegative(v, path + ".resolvedWhereRaised", l.resolvedWhereRaised(), name + ": escalations resolved where raised");
        notNegative(v, path + ".resolvedAfterRaisedHere", l.resolvedAfterRaisedHere(),
                name + ": escalations raised here and resolved");
        for (Map.Entry<PartyKind, Integer> a : l.attendance().entrySet()) {
            notNegative(v, path + ".attendance." + a.getKey(), a.getValue(), name + ": attendance of the " + a.getKey());
        }
        v.require(l.resolvedWhereRaised() <= l.resolvedAfterRaisedHere(), path + ".resolvedWhereRaised",
                l.resolvedWhereRaised(), name + ": " + l.resolvedWhereRaised() + " escalations resolved where raised must"
                        + " be at most the " + l.resolvedAfterRaisedHere() + " raised here and resolved in the period");
        Optional<BigDecimal> mean = l.meanDaysToResolve();
        if (l.resolved() > 0 && mean.isEmpty()) {
            v.add(path + ".meanDaysToResolve", null, name + " resolved " + l.resolved()
                    + " escalations, so it has a mean time to resolve them");
        } else if (l.resolved() <= 0 && mean.isPresent()) {
            v.add(path + ".meanDaysToResolve", Decimals.plain(mean.get()), name
                    + " resolved no escalation, so it has no mean time to resolve");
        }
        mean.filter(m -> m.signum() < 0).ifPresent(m -> v.add(path + ".meanDaysToResolve", Decimals.plain(m),
                name + ": mean days to resolve " + Decimals.plain(m) + " must not be negative"));
        forums(r, l, path, v, forumIds);
        for (int k = 0; k < l.overdue().size(); k++) {
            overdue(l, l.overdue().get(k), path + ".overdue[" + k + "]", end, v, overdueIds);
        }
    }

    private static void forums(GovernanceReport r, LevelActivity l, String path, Violations v, Set<String> forumIds) {
        String name = "level " + l.level().letter();
        LocalDate end = r.evaluatedOn();
        long held = 0;
        Optional<LocalDate> lastHeld = Optional.empty();
        for (int k = 0; k < l.forums().size(); k++) {
            ForumActivity f = l.forums().get(k);
            String fp = path + ".forums[" + k + "]";
            String forum = "forum '" + f.forum().id() + "'";
            v.require(forumIds.add(f.forum().id()), fp + ".forum.id", f.forum().id(), forum + " is listed more than once");
            v.require(f.forum().level() == l.level(), fp + ".forum.level", f.forum().level(), forum + " meets at level "
                    + f.forum().level().letter() + ", so it cannot be listed at " + name);
            notNegative(v, fp + ".scheduled", f.scheduled(), forum + ": meetings scheduled");
            notNegative(v, fp + ".held", f.held(), forum + ": meetings held");
            notNegative(v, fp + ".cancelled", f.cancelled(), forum + ": meetings cancelled");
            f.lastHeld().filter(d -> d.isAfter(end)).ifPresent(d -> v.add(fp + ".lastHeld", d, forum + " last met on "
                    + d + ", after the end of the period on " + end));
            held += f.held();
            if (f.lastHeld().isPresent() && (lastHeld.isEmpty() || f.lastHeld().get().isAfter(lastHeld.get()))) {
                lastHeld = f.lastHeld();
            }
        }
        v.require(l.lastHeld().equals(lastHeld), path + ".lastHeld", l.lastHeld().orElse(null), name + " last met "
                + l.lastHeld().map(d -> "on " + d).orElse("never") + ", but its forums last met "
                + lastHeld.map(d -> "on " + d).orElse("never"));
        v.require(l.heldWithoutBothSides() <= held, path + ".heldWithoutBothSides", l.heldWithoutBothSides(), name + ": "
                + l.heldWithoutBothSides() + " meetings held without both sides must be at most the " + held + " held");
    }

    private static void overdue(LevelActivity l, OverdueEscalation o, String path, LocalDate end, Violations v,
            Set<String> ids) {
        Escalation e = o.escalation();
        String name = "escalation '" + e.id() + "'";
        v.require(ids.add(e.id()), path + ".escalation.id", e.id(), name + " is listed as overdue more than once");
        if (!e.isRaisedBy(end) || e.isResolvedBy(end)) {
            v.add(path + ".escalation", e.id(), name + " is not open at the end of the period on " + end
                    + ", so it cannot be overdue");
            return;
        }
        List<Escalation.Stay> stays = e.staysUntil(end);
        Escalation.Stay now = stays.get(stays.size() - 1);
        v.require(o.level() == l.level(), path + ".level", o.level(), name + " is listed at level " + l.level().letter()
                + " but overdue at level " + o.level().letter());
        v.require(o.level() == now.level() && o.since().equals(now.from()), path + ".since", o.since(), name
                + " is overdue at level " + o.level().letter() + " since " + o.since() + ", but its record has it at level "
                + now.level().letter() + " since " + now.from());
        if (o.days() != now.days()) {
            v.add(path + ".days", o.days(), name + " has been " + now.days() + " days at its level by " + end + ", not "
                    + o.days());
            return;
        }
        v.require(Duration.ofDays(o.days()).compareTo(o.allowed()) > 0, path + ".allowed", o.allowed(), name
                + " has been " + o.days() + " days at level " + o.level().letter() + ", no longer than the "
                + Texts.duration(o.allowed()) + " allowed, so it is not overdue");
    }
}
