package dev.partnering.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.Role;
import dev.partnering.internal.Violations;

/**
 * The actions and decisions of every forum of a collaboration organisation, gathered from the
 * minutes of their meetings in date order. {@link #reportOn(LocalDate)} tells which actions were
 * open, overdue, done late or cancelled on a day, per party and per level.
 * <p>
 * Rules checked when built, against the governance: each minutes' forum is a forum of the
 * governance; each action's owner role is a role of the governance acting for the owner party;
 * decision and action ids are unique across all minutes; an action's decision was taken on or
 * before the meeting that agreed the action.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ActionRegister {

    private final List<Minutes> minutes;
    private final List<Decision> decisions;
    private final List<RegisteredAction> actions;

    private ActionRegister(List<Minutes> minutes, List<Decision> decisions, List<RegisteredAction> actions) {
        this.minutes = List.copyOf(minutes);
        this.decisions = List.copyOf(decisions);
        this.actions = List.copyOf(actions);
    }

    /**
     * Gathers the minutes of a collaboration organisation's forums.
     *
     * @param governance  the collaboration organisation, not null
     * @param minutes  the minutes of its meetings, in any order, not null
     * @return the register, never null
     * @throws dev.partnering.ValidationException naming every minutes, action or decision that does
     *         not fit the governance or the other minutes
     */
    public static ActionRegister of(Governance governance, List<Minutes> minutes) {
        Objects.requireNonNull(governance, "governance");
        Violations.requirePresent("ActionRegister", "minutes", minutes);
        Violations attrs = Violations.of("ActionRegister");
        attrs.requiredAll("minutes", minutes);
        attrs.throwIfAny();
        List<Minutes> ordered = new ArrayList<>(minutes);
        ordered.sort(Comparator.comparing(Minutes::date).thenComparing(Minutes::forum));
        Violations v = Violations.of("ActionRegister");
        Map<String, Decision> decisionsById = new HashMap<>();
        Map<String, String> actionIds = new HashMap<>();
        List<Decision> decisions = new ArrayList<>();
        List<RegisteredAction> actions = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            Minutes m = minutes.get(i);
            String path = "minutes[" + i + "]";
            Optional<Forum> forum = governance.forums().stream().filter(f -> f.id().equals(m.forum())).findFirst();
            if (forum.isEmpty()) {
                v.add(path + ".meeting.forum", m.forum(), "minutes of " + m.date() + " are of forum '" + m.forum()
                        + "', which is not a forum of the governance");
                continue;
            }
            for (int j = 0; j < m.decisions().size(); j++) {
                Decision d = m.decisions().get(j);
                v.require(decisionsById.putIfAbsent(d.id(), d) == null, path + ".decisions[" + j + "].id", d.id(),
                        "decision id '" + d.id() + "' is used in more than one meeting");
            }
            for (int j = 0; j < m.actions().size(); j++) {
                Action a = m.actions().get(j);
                String at = path + ".actions[" + j + "]";
                v.require(actionIds.putIfAbsent(a.id(), m.forum()) == null, at + ".id", a.id(),
                        "action id '" + a.id() + "' is used in more than one meeting");
                checkOwner(v, governance, a, at);
                actions.add(new RegisteredAction(a, m.forum(), forum.get().level(), m.date()));
            }
        }
        for (int i = 0; i < minutes.size(); i++) {
            Minutes m = minutes.get(i);
            for (int j = 0; j < m.actions().size(); j++) {
                checkDecision(v, decisionsById, m, m.actions().get(j), "minutes[" + i + "].actions[" + j + "].decision");
            }
        }
        v.throwIfAny();
        for (Minutes m : ordered) {
            decisions.addAll(m.decisions());
        }
        actions.sort(Comparator.comparing(RegisteredAction::agreedOn).thenComparing(RegisteredAction::forum));
        return new ActionRegister(ordered, decisions, actions);
    }

    private static void checkOwner(Violations v, Governance governance, Action a, String at) {
        Optional<Role> role = governance.role(a.ownerRole());
        if (role.isEmpty()) {
            v.add(at + ".ownerRole", a.ownerRole(), "action '" + a.id() + "' is owned by role '" + a.ownerRole()
                    + "', which is not a role of the governance");
        } else if (!role.get().party().equals(a.owner())) {
            v.add(at + ".ownerRole", a.ownerRole(), "action '" + a.id() + "' is owned by party '" + a.owner()
                    + "' but role '" + a.ownerRole() + "' acts for '" + role.get().party() + "'");
        }
    }

    private static void checkDecision(Violations v, Map<String, Decision> decisions, Minutes m, Action a, String path) {
        a.decision().ifPresent(id -> {
            Decision d = decisions.get(id);
            if (d == null) {
                v.add(path, id, "action '" + a.id() + "' carries out decision '" + id + "', which no minutes record");
            } else if (d.date().isAfter(m.date())) {
                v.add(path, id, "action '" + a.id() + "' of " + m.date() + " carries out decision '" + id
                        + "', taken later on " + d.date());
            }
        });
    }

    /** @return the minutes, by date then forum, never null */
    public List<Minutes> minutes() {
        return minutes;
    }

    /** @return every decision, by date, never null */
    public List<Decision> decisions() {
        return decisions;
    }

    /** @return every action with its forum, level and day, by day agreed then forum, never null */
    public List<RegisteredAction> actions() {
        return actions;
    }

    /**
     * @param id  a decision id, not null
     * @return the decision, if recorded
     */
    public Optional<Decision> decision(String id) {
        return decisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * @param id  an action id, not null
     * @return the action with its forum and level, if recorded
     */
    public Optional<RegisteredAction> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * @param riskId  a risk id, not null
     * @return the actions that mitigate the risk, never null
     */
    public List<RegisteredAction> actionsForRisk(String riskId) {
        return actions.stream().filter(a -> a.action().risk().filter(riskId::equals).isPresent()).toList();
    }

    /**
     * Where the actions stood at the end of a day. Actions agreed after the day are not counted.
     *
     * @param asOf  the day, not null
     * @return the report, never null
     */
    public ActionReport reportOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return ActionReport.of(actions.stream().filter(a -> !a.agreedOn().isAfter(asOf)).toList(), asOf);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionRegister r && minutes.equals(r.minutes);
    }

    @Override
    public int hashCode() {
        return minutes.hashCode();
    }

    /** @return e.g. {@code ActionRegister[12 minutes, 9 decisions, 20 actions]} */
    @Override
    public String toString() {
        return "ActionRegister[" + minutes.size() + " minutes, " + decisions.size() + " decisions, " + actions.size()
                + " actions]";
    }
}
