package dev.partnering.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.Governance;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.party.Party;
import dev.partnering.party.PartyKind;

/**
 * The check before an agreement enters COLLABORATION. Strategy gets lost when the negotiating team
 * hands over to the people who run the relationship; this check lists everything the
 * collaboration organisation needs and is missing, every gap at once:
 * <ul>
 * <li>{@link ReadinessRequirement#SHARED_VISION_AND_GOALS}: a shared vision that is not blank and
 *     at least one goal, none blank;</li>
 * <li>{@link ReadinessRequirement#GOVERNANCE_STAFFED}: at every level in use, at least one role on
 *     the customer side and one on the supplier side, every role held by a person, every role and
 *     its counterpart naming each other, and at least one meeting forum;</li>
 * <li>{@link ReadinessRequirement#KPIS_MEASURABLE}: at least one KPI, and every KPI version with a
 *     data source and a measurement method, so both parties know what is measured and how;</li>
 * <li>{@link ReadinessRequirement#INCENTIVES_DECIDED}: the handover declares an incentive scheme
 *     agreed or explicitly none, unless the agreement already carries its incentive scheme;</li>
 * <li>{@link ReadinessRequirement#RESPONSIBILITIES_OWNED}: at least one responsibility area, each
 *     owned by a party that holds a role in the governance to answer for it.</li>
 * </ul>
 * The check is stateless and never mutates its inputs. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HandoverCheck {

    private static final Logger LOG = LoggerFactory.getLogger(HandoverCheck.class);

    private HandoverCheck() {
    }

    /**
     * Runs the handover check.
     *
     * @param agreement  the agreement to hand over, not null
     * @param declaration  what the handover declares beyond the agreement, not null
     * @return the report with every gap, never null
     */
    public static ReadinessReport run(Agreement agreement, HandoverDeclaration declaration) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(declaration, "declaration");
        List<ReadinessGap> gaps = new ArrayList<>();
        visionAndGoals(agreement, gaps);
        governance(agreement, gaps);
        kpis(agreement, gaps);
        if (declaration.incentiveArrangement() == IncentiveArrangement.UNDECIDED && agreement.incentiveScheme().isEmpty()) {
            gaps.add(new ReadinessGap(ReadinessRequirement.INCENTIVES_DECIDED, "incentiveArrangement",
                    "the incentive arrangement is undecided: agree a scheme or decide explicitly to have none"));
        }
        responsibilities(agreement, gaps);
        ReadinessReport report = new ReadinessReport("Handover check", agreement.id(), ReadinessRequirement.handover(), gaps);
        LOG.debug("{}", report);
        return report;
    }

    private static void visionAndGoals(Agreement a, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.SHARED_VISION_AND_GOALS;
        if (a.sharedVision().filter(s -> !s.isBlank()).isEmpty()) {
            gaps.add(new ReadinessGap(r, "sharedVision", "agreement '" + a.id() + "' has no shared vision"));
        }
        if (a.goals().isEmpty()) {
            gaps.add(new ReadinessGap(r, "goals", "agreement '" + a.id() + "' has no shared goal; at least one is needed"));
        }
        for (int i = 0; i < a.goals().size(); i++) {
            if (a.goals().get(i).isBlank()) {
                gaps.add(new ReadinessGap(r, "goals[" + i + "]", "goal " + (i + 1) + " is blank"));
            }
        }
    }

    private static void governance(Agreement a, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.GOVERNANCE_STAFFED;
        Governance g = a.governance();
        for (GovernanceLevel level : g.levelsInOrder()) {
            for (PartyKind side : PartyKind.values()) {
                boolean present = g.rolesAt(level).stream().anyMatch(role -> side(a, role).equals(Optional.of(side)));
                if (!present) {
                    gaps.add(new ReadinessGap(r, "governance.roles", "level " + level.label() + " has no role on the "
                            + side.name().toLowerCase() + " side"));
                }
            }
            if (g.forumsAt(level).isEmpty()) {
                gaps.add(new ReadinessGap(r, "governance.forums", "level " + level.label() + " has no meeting forum"));
            }
        }
        for (int i = 0; i < g.roles().size(); i++) {
            Role role = g.roles().get(i);
            String path = "governance.roles[" + i + "]";
            if (role.holder().filter(h -> !h.isBlank()).isEmpty()) {
                gaps.add(new ReadinessGap(r, path + ".holder", "role " + Labels.role(a, role) + " at level "
                        + role.level().label() + " is not staffed: no one holds it"));
            }
            Optional<Role> counterpart = role.counterpart().flatMap(g::role);
            if (counterpart.isPresent() && !counterpart.get().counterpart().equals(Optional.of(role.id()))) {
                Role c = counterpart.get();
                gaps.add(new ReadinessGap(r, path + ".counterpart", "role '" + role.id() + "' names '" + c.id()
                        + "' as its counterpart, but '" + c.id() + "' names "
                        + c.counterpart().map(x -> "'" + x + "'").orElse("no counterpart") + "; mirrored roles name each other"));
            }
        }
    }

    private static Optional<PartyKind> side(Agreement a, Role role) {
        return a.party(role.party()).map(Party::kind);
    }

    private static void kpis(Agreement a, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.KPIS_MEASURABLE;
        if (a.kpis().isEmpty()) {
            gaps.add(new ReadinessGap(r, "kpis", "no KPI is agreed, so the collaboration cannot be followed up"));
        }
        for (int i = 0; i < a.kpis().size(); i++) {
            KpiDefinition k = a.kpis().get(i);
            if (k.dataSource().isEmpty()) {
                gaps.add(new ReadinessGap(r, "kpis[" + i + "].dataSource", "kpi '" + k.id() + "' v" + k.version()
                        + " has no data source: both parties must know which data underlies it"));
            }
            if (k.measurementMethod().isEmpty()) {
                gaps.add(new ReadinessGap(r, "kpis[" + i + "].measurementMethod", "kpi '" + k.id() + "' v" + k.version()
                        + " has no measurement method: both parties must know how it is measured"));
            }
        }
    }

    private static void responsibilities(Agreement a, List<ReadinessGap> gaps) {
        ReadinessRequirement r = ReadinessRequirement.RESPONSIBILITIES_OWNED;
        if (a.responsibilityAreas().isEmpty()) {
            gaps.add(new ReadinessGap(r, "responsibilityAreas", "no responsibility area is defined, so nobody owns anything"));
        }
        for (int i = 0; i < a.responsibilityAreas().size(); i++) {
            ResponsibilityArea area = a.responsibilityAreas().get(i);
            boolean represented = a.governance().roles().stream().anyMatch(role -> role.party().equals(area.owner()));
            if (!represented) {
                gaps.add(new ReadinessGap(r, "responsibilityAreas[" + i + "].owner", "area '" + area.id() + "' is owned by "
                        + Labels.party(a, area.owner()) + ", which has no role in the governance to answer for it"));
            }
        }
    }
}
