package dev.partnering.lifecycle;

import dev.partnering.internal.Texts;
import dev.partnering.term.ContractTerm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Cadence;
import dev.partnering.governance.Forum;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.Direction;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.MeasurementFrequency;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

/**
 * Renders an agreement's governance as a plain-language Markdown document both organisations can
 * hand their people: the shared vision and goals; who meets whom at which level and how often, and
 * what each forum follows up; the mirrored roles with their mandates; the escalation path with its
 * deadlines; the KPIs with their targets, data sources and methods; and the responsibility areas
 * with their owners. When the agreement declares desired outcomes, they follow the goals with
 * the KPIs that measure them; {@link #render(Agreement, dev.partnering.action.ActionReport,
 * dev.partnering.risk.RiskReview, dev.partnering.improvement.BacklogReport)} adds the open actions,
 * the top risks and the improvement backlog of a day.
 * <p>
 * Which forum follows up which KPI follows the levels' roles: level B forums follow up every KPI
 * (delivery quality and its measurement is level B's work); level C forums the KPIs measured per
 * event, daily or weekly (daily operations); level A forums the overall scorecard against the
 * shared vision, and every KPI when there is no level B. KPIs are shown in their latest version.
 * <p>
 * The output is deterministic: it depends only on the agreement (declaration order, levels from A
 * down), never on the clock or the platform, and lines end in {@code \n}. This class is stateless,
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernancePlaybook {

    private GovernancePlaybook() {
    }

    /**
     * Renders the playbook.
     *
     * @param agreement  the agreement, not null
     * @return the playbook as Markdown, never null
     */
    public static String render(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        StringBuilder md = new StringBuilder();
        header(md, agreement);
        visionAndGoals(md, agreement);
        RelationshipSections.outcomes(md, agreement);
        forums(md, agreement);
        roles(md, agreement);
        escalation(md, agreement);
        kpis(md, agreement);
        areas(md, agreement);
        return md.toString();
    }

    /**
     * Renders the playbook followed by the state of relationship management on a day: the open
     * actions (overdue ones marked), the top {@value RelationshipSections#TOP_RISKS} open risks by
     * score, and the improvement backlog (pipeline, expected and realised benefit, supplier share,
     * stalled proposals).
     *
     * @param agreement  the agreement, not null
     * @param actions  the action report of the day, not null
     * @param risks  the risk review of the day, not null
     * @param backlog  the backlog report of the day, not null
     * @return the playbook as Markdown, never null
     * @since 0.1.0
     */
    public static String render(Agreement agreement, dev.partnering.action.ActionReport actions,
            dev.partnering.risk.RiskReview risks, dev.partnering.improvement.BacklogReport backlog) {
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(risks, "risks");
        Objects.requireNonNull(backlog, "backlog");
        StringBuilder md = new StringBuilder(render(agreement));
        RelationshipSections.actions(md, actions);
        RelationshipSections.risks(md, risks);
        RelationshipSections.backlog(md, backlog);
        return md.toString();
    }

    private static void header(StringBuilder md, Agreement a) {
        ContractTerm t = a.term();
        md.append("# Governance playbook: ").append(a.title()).append("\n\n");
        md.append("Agreement `").append(a.id()).append("` between ")
                .append(a.parties().stream().map(GovernancePlaybook::party).collect(Collectors.joining(" and ")))
                .append(". Phase: ").append(a.phase()).append(".\n\n");
        md.append("Term: ").append(t.startDate()).append(" to ").append(t.currentEndDate()).append(" (end date inclusive)");
        int open = t.optionCount() - t.exercises().size();
        if (open > 0) {
            md.append(", extendable to ").append(t.latestEndDate()).append(" by ").append(Texts.count(open, "option"));
        }
        md.append(".\n\n");
    }

    private static String party(Party p) {
        return p.name() + " (" + p.kind().name().toLowerCase() + (p.isLead() ? ", lead" : "") + ")";
    }

    private static void visionAndGoals(StringBuilder md, Agreement a) {
        md.append("## Shared vision and goals\n\n");
        md.append(a.sharedVision().map(v -> "> " + oneLine(v)).orElse("No shared vision is formulated yet.")).append("\n\n");
        if (a.goals().isEmpty()) {
            md.append("No shared goals are set yet.\n\n");
            return;
        }
        for (int i = 0; i < a.goals().size(); i++) {
            md.append(i + 1).append(". ").append(oneLine(a.goals().get(i))).append('\n');
        }
        md.append('\n');
    }

    private static void forums(StringBuilder md, Agreement a) {
        Governance g = a.governance();
        md.append("## Who meets whom\n\n");
        for (GovernanceLevel level : g.levelsInOrder()) {
            md.append("### Level ").append(level.label()).append("\n\n").append(purpose(level)).append("\n\n");
            if (g.forumsAt(level).isEmpty()) {
                md.append("- No forum meets at this level yet.\n");
            }
            for (Forum f : g.forumsAt(level)) {
                md.append("- **").append(oneLine(f.name())).append("** meets ").append(cadence(f.cadence())).append(": ")
                        .append(f.participants().stream().map(p -> participant(a, p)).collect(Collectors.joining("; ")))
                        .append(".\n  Follows up: ").append(followUp(a, level)).append(".\n");
            }
            md.append('\n');
        }
    }

    private static String purpose(GovernanceLevel level) {
        switch (level) {
            case STRATEGIC:
                return "Top management: strategic direction, progress against the shared vision, the highest escalation "
                        + "instance; decides large transformation projects.";
            case TACTICAL:
                return "Middle management: delivery quality and its measurement; prioritises projects and owns continuous "
                        + "innovation.";
            default:
                return "The people doing the work: daily operations; implements changes.";
        }
    }

    private static String cadence(Cadence c) {
        switch (c) {
            case WEEKLY:
                return "every week";
            case BIWEEKLY:
                return "every second week";
            case MONTHLY:
                return "every month";
            case QUARTERLY:
                return "every quarter";
            case SEMI_ANNUALLY:
                return "twice a year";
            default:
                return "once a year";
        }
    }

    private static String participant(Agreement a, String roleId) {
        return a.governance().role(roleId)
                .map(r -> r.holder().map(h -> oneLine(h) + " (").orElse("vacant (") + oneLine(r.title()) + ", "
                        + a.partyName(r.party()) + ")")
                .orElse("'" + roleId + "'");
    }

    private static String followUp(Agreement a, GovernanceLevel level) {
        List<KpiDefinition> kpis = followedUpAt(a, level);
        String list = kpis.stream().map(k -> oneLine(k.name())).collect(Collectors.joining(", "));
        if (level == GovernanceLevel.STRATEGIC) {
            String scorecard = "the overall scorecard against the shared vision and goals";
            return kpis.isEmpty() ? scorecard : scorecard + "; " + list;
        }
        return kpis.isEmpty() ? "no KPI of its own; it acts on what level B decides" : list;
    }

    static List<KpiDefinition> followedUpAt(Agreement a, GovernanceLevel level) {
        List<KpiDefinition> latest = a.latestKpiVersions();
        switch (level) {
            case TACTICAL:
                return latest;
            case STRATEGIC:
                return a.governance().levels().contains(GovernanceLevel.TACTICAL) ? List.of() : latest;
            default:
                return latest.stream().filter(k -> k.frequency() == MeasurementFrequency.PER_EVENT
                        || k.frequency() == MeasurementFrequency.DAILY || k.frequency() == MeasurementFrequency.WEEKLY)
                        .collect(Collectors.toList());
        }
    }

    private static void roles(StringBuilder md, Agreement a) {
        md.append("## Mirrored roles\n\n");
        md.append("Every role on one side has a counterpart with the same mandate and responsibility on the other.\n\n");
        md.append("| Level | Customer role | Held by | Mandate | Supplier role | Held by | Mandate |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        Governance g = a.governance();
        Set<String> shown = new HashSet<>();
        for (GovernanceLevel level : g.levelsInOrder()) {
            for (Role r : g.rolesAt(level)) {
                if (!shown.add(r.id())) {
                    continue;
                }
                Optional<Role> c = r.counterpart().flatMap(g::role).filter(x -> !shown.contains(x.id()));
                c.ifPresent(x -> shown.add(x.id()));
                boolean customerFirst = a.party(r.party()).map(p -> p.kind() == PartyKind.CUSTOMER).orElse(true);
                Optional<Role> left = customerFirst ? Optional.of(r) : c;
                Optional<Role> right = customerFirst ? c : Optional.of(r);
                md.append("| ").append(level.letter()).append(" | ").append(roleCells(a, left)).append(" | ")
                        .append(roleCells(a, right)).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static String roleCells(Agreement a, Optional<Role> role) {
        return role.map(r -> cell(r.title() + " (" + a.partyName(r.party()) + ")") + " | "
                + cell(r.holder().orElse("vacant")) + " | " + cell(r.mandate())).orElse("— | — | —");
    }

    private static void escalation(StringBuilder md, Agreement a) {
        Governance g = a.governance();
        md.append("## Escalation path\n\n");
        md.append("An issue is raised at the lowest level that can resolve it. If it is not resolved in the time allowed, "
                + "it goes one level up.\n\n");
        md.append("| Level | Forum | Time allowed | If unresolved |\n|---|---|---|---|\n");
        List<GovernanceLevel> bottomUp = new ArrayList<>(g.levelsInOrder());
        Collections.reverse(bottomUp);
        for (int i = 0; i < bottomUp.size(); i++) {
            GovernanceLevel level = bottomUp.get(i);
            String forums = g.forumsAt(level).stream().map(f -> cell(f.name())).collect(Collectors.joining(", "));
            String time = g.escalationPolicy().timeAllowedAt(level).map(Texts::duration).orElse("not set");
            String next = i + 1 < bottomUp.size() ? "escalates to level " + bottomUp.get(i + 1).label()
                    : "final decision: level " + level.letter() + " is the highest instance";
            md.append("| ").append(level.label()).append(" | ").append(forums.isEmpty() ? "—" : forums).append(" | ")
                    .append(time).append(" | ").append(next).append(" |\n");
        }
        md.append('\n');
    }

    private static void kpis(StringBuilder md, Agreement a) {
        md.append("## KPIs\n\n");
        List<KpiDefinition> latest = a.latestKpiVersions();
        if (latest.isEmpty()) {
            md.append("No KPI is agreed yet.\n\n");
            return;
        }
        md.append("Measured against the KPIs agreed in the contract; both parties know the data and the method.\n\n");
        md.append("| KPI | Thresholds | Measured | Data source | Method | In force from |\n|---|---|---|---|---|---|\n");
        for (KpiDefinition k : latest) {
            md.append("| ").append(cell(k.name())).append(" | ").append(cell(thresholds(k))).append(" | ")
                    .append(k.frequency().name().toLowerCase().replace('_', ' ')).append(", ").append(k.aggregation().label())
                    .append(" | ").append(cell(k.dataSource().orElse("not agreed"))).append(" | ")
                    .append(cell(k.measurementMethod().orElse("not agreed"))).append(" | ").append(k.effectiveFrom())
                    .append(" (v").append(k.version()).append(") |\n");
        }
        md.append('\n');
    }

    private static String thresholds(KpiDefinition k) {
        if (k.isBinary()) {
            return "met or not";
        }
        String unit = " " + k.unit();
        return "minimum " + k.minimum().orElseThrow().toPlainString() + unit + ", target " + k.target().orElseThrow().toPlainString()
                + unit + k.stretch().map(s -> ", stretch " + s.toPlainString() + unit).orElse("")
                + (k.direction() == Direction.LOWER_IS_BETTER ? " (lower is better)" : " (higher is better)");
    }

    private static void areas(StringBuilder md, Agreement a) {
        md.append("## Responsibility areas\n\n");
        if (a.responsibilityAreas().isEmpty()) {
            md.append("No responsibility area is defined yet.\n");
            return;
        }
        md.append("Each area belongs to one party.\n\n| Area | Owner | Covers |\n|---|---|---|\n");
        for (ResponsibilityArea ar : a.responsibilityAreas()) {
            md.append("| ").append(cell(ar.name())).append(" | ").append(cell(a.partyName(ar.owner()))).append(" | ")
                    .append(cell(ar.description().orElse("—"))).append(" |\n");
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
