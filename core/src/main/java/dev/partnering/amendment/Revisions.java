package dev.partnering.amendment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.governance.Governance;
import dev.partnering.governance.Role;
import dev.partnering.internal.Violations;
import dev.partnering.kpi.KpiDefinition;

/**
 * Applies an amendment's changes to an agreement. The copies of roles and KPI definitions list
 * every attribute: update them whenever {@link Role} or {@link KpiDefinition} gains one.
 */
final class Revisions {

    private Revisions() {
    }

    /**
     * @return the agreement with every change applied, in order, as of the amendment's date
     * @throws ValidationException listing every change that cannot be applied
     */
    static Agreement apply(Agreement agreement, Amendment amendment) {
        Violations v = Violations.of("Amendment '" + amendment.description() + "' of " + amendment.effectiveFrom()
                + " to agreement '" + agreement.id() + "'");
        Agreement result = agreement;
        for (int i = 0; i < amendment.changes().size(); i++) {
            try {
                result = apply(result, amendment.changes().get(i), amendment.effectiveFrom());
            } catch (ValidationException e) {
                v.addAll("changes[" + i + "]", e.violations());
            }
        }
        v.throwIfAny();
        return result;
    }

    private static Agreement apply(Agreement a, AgreementChange change, LocalDate on) {
        if (change instanceof AgreementChange.KpiRevised c) {
            return kpiRevised(a, c.revision(), on);
        }
        if (change instanceof AgreementChange.TargetChanged c) {
            return targetChanged(a, c, on);
        }
        if (change instanceof AgreementChange.RoleRestaffed c) {
            return roleRestaffed(a, c);
        }
        if (change instanceof AgreementChange.OptionExercised c) {
            return a.withTerm(a.term().exercise(c.optionNumber(), on));
        }
        return incentiveChanged(a, (AgreementChange.IncentiveChanged) change);
    }

    /**
     * Puts the new scheme in force; a note without a scheme leaves an agreement without a scheme
     * as it is, and is refused for one with a scheme, which would otherwise keep the old scheme in force.
     */
    private static Agreement incentiveChanged(Agreement a, AgreementChange.IncentiveChanged c) {
        Violations v = Violations.of("IncentiveChanged");
        if (c.scheme().isEmpty()) {
            v.require(a.incentiveScheme().isEmpty(), "scheme", null, "agreement '" + a.id() + "' carries an incentive scheme,"
                    + " so incentive change '" + c.description() + "' must give the new scheme; without it the old scheme"
                    + " would stay in force").throwIfAny();
            return a;
        }
        v.require(!a.incentiveScheme().equals(c.scheme()), "scheme", c.description(), "incentive change '"
                + c.description() + "' gives the scheme already in force");
        for (Violation x : c.scheme().get().violationsAgainst(a)) {
            // the scheme's paths start with the agreement's "incentiveScheme"; in the change it is "scheme"
            String path = x.path().startsWith("incentiveScheme") ? x.path().substring("incentiveScheme".length()) : "." + x.path();
            v.add("scheme" + path, x.value(), x.rule());
        }
        v.throwIfAny();
        return a.withIncentiveScheme(c.scheme().get());
    }

    private static Agreement kpiRevised(Agreement a, KpiDefinition revision, LocalDate on) {
        Violations.of("KpiRevised").require(revision.effectiveFrom().equals(on), "revision.effectiveFrom",
                revision.effectiveFrom(), "kpi '" + revision.id() + "' version " + revision.version() + " is effective from "
                        + revision.effectiveFrom() + ", but the amendment from " + on).throwIfAny();
        List<KpiDefinition> kpis = new ArrayList<>(a.kpis());
        kpis.add(revision);
        return a.withKpis(kpis);
    }

    private static Agreement targetChanged(Agreement a, AgreementChange.TargetChanged c, LocalDate on) {
        List<KpiDefinition> versions = a.kpiVersions(c.kpiId());
        Optional<KpiDefinition> inForce = versions.stream().filter(k -> !k.effectiveFrom().isAfter(on))
                .reduce((first, second) -> second);
        Violations v = Violations.of("TargetChanged");
        v.require(!versions.isEmpty(), "kpiId", c.kpiId(), "kpi '" + c.kpiId() + "' is not a KPI of the agreement");
        v.require(versions.isEmpty() || inForce.isPresent(), "kpiId", c.kpiId(), "kpi '" + c.kpiId()
                + "' has no version in force on " + on + " to change");
        inForce.ifPresent(k -> v.require(!k.isBinary(), "kpiId", c.kpiId(), "kpi '" + c.kpiId()
                + "' is BINARY and has no thresholds to change"));
        v.throwIfAny();
        int next = versions.stream().mapToInt(KpiDefinition::version).max().orElse(0) + 1;
        List<KpiDefinition> kpis = new ArrayList<>(a.kpis());
        kpis.add(withThresholds(inForce.get(), next, on, c));
        return a.withKpis(kpis);
    }

    private static KpiDefinition withThresholds(KpiDefinition k, int version, LocalDate on, AgreementChange.TargetChanged c) {
        KpiDefinition.Builder b = KpiDefinition.builder().id(k.id()).name(k.name()).unit(k.unit()).direction(k.direction())
                .minimum(c.minimum()).target(c.target()).stretch(c.stretch()).aggregation(k.aggregation())
                .weight(k.weight()).frequency(k.frequency()).dataSource(k.dataSource())
                .measurementMethod(k.measurementMethod()).validRange(k.validRange()).effectiveFrom(on).version(version)
                .addAllQualifyingConditions(k.qualifyingConditions());
        if (c.stretch().isPresent() && k.stretch().isPresent()) {
            b.maxAttainment(k.maxAttainment());
        }
        return b.build();
    }

    private static Agreement roleRestaffed(Agreement a, AgreementChange.RoleRestaffed c) {
        Governance g = a.governance();
        Optional<Role> role = g.role(c.roleId());
        Violations v = Violations.of("RoleRestaffed");
        v.require(role.isPresent(), "roleId", c.roleId(), "role '" + c.roleId() + "' is not a role of the governance");
        role.ifPresent(r -> v.require(!r.holder().equals(Optional.of(c.holder())), "holder", c.holder(),
                "role '" + r.id() + "' is already held by " + c.holder()));
        v.throwIfAny();
        List<Role> roles = new ArrayList<>();
        for (Role r : g.roles()) {
            roles.add(r.id().equals(c.roleId()) ? withHolder(r, c.holder()) : r);
        }
        return a.withGovernance(Governance.builder().addAllLevels(g.levels()).addAllRoles(roles).addAllForums(g.forums())
                .escalationPolicy(g.escalationPolicy()).build());
    }

    private static Role withHolder(Role r, String holder) {
        return Role.builder().id(r.id()).title(r.title()).party(r.party()).level(r.level()).mandate(r.mandate())
                .counterpart(r.counterpart()).holder(holder).build();
    }

    /** @return the latest version of each KPI id, by effective date, in order of first declaration */
}
