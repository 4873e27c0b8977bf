package dev.partnering.amendment;

import dev.partnering.internal.Texts;
import dev.partnering.term.ContractTerm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.partnering.agreement.Agreement;
import dev.partnering.agreement.FeeSchedule;
import dev.partnering.agreement.ResponsibilityArea;
import dev.partnering.governance.EscalationPolicy;
import dev.partnering.governance.Forum;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.governance.Role;
import dev.partnering.incentive.Bound;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.party.Party;

/**
 * Compares two agreement values attribute by attribute, in a fixed order, naming each difference
 * for a person. Things with ids (parties, areas, roles, forums, KPIs) are matched by id: first the
 * later value's, in its order, then the ones removed. KPIs are compared by their latest version;
 * the incentive scheme by its supplier, customer weights, components, floor, cap and remedy triggers.
 */
final class Differences {

    private Differences() {
    }

    static List<Difference> between(Agreement a, Agreement b) {
        List<Difference> out = new ArrayList<>();
        field(out, "title", a.title(), b.title());
        field(out, "phase", a.phase().name(), b.phase().name());
        term(out, a.term(), b.term());
        optional(out, "shared vision", a.sharedVision(), b.sharedVision());
        items(out, "goal", a.goals(), b.goals());
        keyed(out, "party", a.parties(), b.parties(), Party::id, Differences::party, Map.of());
        keyed(out, "responsibility area", a.responsibilityAreas(), b.responsibilityAreas(), ResponsibilityArea::id,
                ar -> ar.name() + ", owned by " + b.partyName(ar.owner()), areaFields(b));
        governance(out, a, b);
        keyed(out, "kpi", a.latestKpiVersions(), b.latestKpiVersions(), KpiDefinition::id,
                Differences::kpi, kpiFields());
        field(out, "currency", a.currency().getCurrencyCode(), b.currency().getCurrencyCode());
        if (!a.feeSchedule().equals(b.feeSchedule())) {
            String before = fees(a.feeSchedule());
            String after = fees(b.feeSchedule());
            out.add(Difference.changed("fee schedule", before, before.equals(after) ? after + ", other amounts" : after));
        }
        incentives(out, a.incentiveScheme(), b.incentiveScheme());
        return out;
    }

    /**
     * The incentive scheme: added or removed as a whole; otherwise its supplier, its customer weights,
     * its components by id (each described by its own {@code toString()}), its floor and cap, and its
     * remedy triggers.
     */
    private static void incentives(List<Difference> out, Optional<IncentiveScheme> a, Optional<IncentiveScheme> b) {
        if (a.isEmpty() || b.isEmpty()) {
            optional(out, "incentive scheme", a.map(Differences::scheme), b.map(Differences::scheme));
            return;
        }
        IncentiveScheme was = a.get();
        IncentiveScheme now = b.get();
        field(out, "incentive scheme supplier", was.supplier().orElse("the lead or only supplier"),
                now.supplier().orElse("the lead or only supplier"));
        field(out, "incentive scheme customer weights", weights(was), weights(now));
        keyed(out, "incentive component", was.components(), now.components(), IncentiveComponent::id,
                IncentiveComponent::toString, Map.of());
        optional(out, "incentive scheme floor", was.floor().map(Bound::describe), now.floor().map(Bound::describe));
        optional(out, "incentive scheme cap", was.cap().map(Bound::describe), now.cap().map(Bound::describe));
        items(out, "remedy trigger", triggers(was), triggers(now));
    }

    private static String scheme(IncentiveScheme s) {
        String components = s.components().isEmpty() ? "no components" : s.components().stream()
                .map(c -> c.type() + " '" + c.id() + "'").collect(Collectors.joining(", "));
        return components + s.floor().map(f -> ", floor " + f.describe()).orElse("")
                + s.cap().map(c -> ", cap " + c.describe()).orElse("")
                + (s.remedyTriggers().isEmpty() ? "" : ", " + Texts.count(s.remedyTriggers().size(), "remedy trigger"));
    }

    private static String weights(IncentiveScheme s) {
        return s.customerWeights().isEmpty() ? "equal split" : s.customerWeights().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining(", "));
    }

    private static List<String> triggers(IncentiveScheme s) {
        return s.remedyTriggers().stream().map(RemedyTrigger::describe).collect(Collectors.toList());
    }

    private static void term(List<Difference> out, ContractTerm a, ContractTerm b) {
        field(out, "term start", a.startDate().toString(), b.startDate().toString());
        field(out, "term initial duration", Texts.period(a.initialDuration()), Texts.period(b.initialDuration()));
        field(out, "term extension options", options(a), options(b));
        field(out, "term options exercised", exercises(a), exercises(b));
        field(out, "term current end", a.currentEndDate().toString(), b.currentEndDate().toString());
    }

    private static String options(ContractTerm t) {
        return t.extensionOptions().isEmpty() ? "none" : t.extensionOptions().stream()
                .map(o -> Texts.period(o.duration()) + " (" + Texts.notice(o.noticePeriod()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String exercises(ContractTerm t) {
        return t.exercises().isEmpty() ? "none" : t.exercises().stream()
                .map(e -> "option " + e.optionNumber() + " on " + e.exercisedOn()).collect(Collectors.joining(", "));
    }

    private static void governance(List<Difference> out, Agreement a, Agreement b) {
        field(out, "governance levels", levels(a), levels(b));
        Map<String, Function<Role, String>> roleFields = new LinkedHashMap<>();
        roleFields.put("title", Role::title);
        roleFields.put("party", r -> b.partyName(r.party()));
        roleFields.put("level", r -> r.level().label());
        roleFields.put("mandate", Role::mandate);
        roleFields.put("counterpart", r -> r.counterpart().map(c -> "'" + c + "'").orElse("none"));
        roleFields.put("holder", r -> r.holder().orElse("nobody"));
        keyed(out, "role", a.governance().roles(), b.governance().roles(), Role::id,
                r -> r.title() + " (" + b.partyName(r.party()) + ", level " + r.level().letter() + "), held by "
                        + r.holder().orElse("nobody"), roleFields);
        Map<String, Function<Forum, String>> forumFields = new LinkedHashMap<>();
        forumFields.put("name", Forum::name);
        forumFields.put("level", f -> f.level().label());
        forumFields.put("cadence", f -> f.cadence().name().toLowerCase().replace('_', '-'));
        forumFields.put("participants", f -> String.join(", ", f.participants()));
        keyed(out, "forum", a.governance().forums(), b.governance().forums(), Forum::id,
                f -> f.name() + " (level " + f.level().letter() + ", " + f.cadence().name().toLowerCase().replace('_', '-') + ")",
                forumFields);
        EscalationPolicy ea = a.governance().escalationPolicy();
        EscalationPolicy eb = b.governance().escalationPolicy();
        for (GovernanceLevel level : EnumSet.allOf(GovernanceLevel.class)) {
            optional(out, "escalation time at level " + level.label(),
                    ea.timeAllowedAt(level).map(Texts::duration), eb.timeAllowedAt(level).map(Texts::duration));
        }
    }

    private static String levels(Agreement a) {
        return a.governance().levelsInOrder().stream().map(GovernanceLevel::label).collect(Collectors.joining(", "));
    }

    private static Map<String, Function<ResponsibilityArea, String>> areaFields(Agreement b) {
        Map<String, Function<ResponsibilityArea, String>> fields = new LinkedHashMap<>();
        fields.put("name", ResponsibilityArea::name);
        fields.put("owner", ar -> b.partyName(ar.owner()));
        fields.put("description", ar -> ar.description().orElse("none"));
        return fields;
    }

    private static Map<String, Function<KpiDefinition, String>> kpiFields() {
        Map<String, Function<KpiDefinition, String>> fields = new LinkedHashMap<>();
        fields.put("version", k -> "v" + k.version() + " from " + k.effectiveFrom());
        fields.put("name", KpiDefinition::name);
        fields.put("unit", KpiDefinition::unit);
        fields.put("direction", k -> k.direction().name());
        fields.put("minimum", k -> number(k.minimum()));
        fields.put("target", k -> number(k.target()));
        fields.put("stretch", k -> number(k.stretch()));
        fields.put("max attainment", k -> k.maxAttainment().toPlainString());
        fields.put("aggregation", k -> k.aggregation().label());
        fields.put("weight", k -> k.weight().toPlainString());
        fields.put("frequency", k -> k.frequency().name());
        fields.put("data source", k -> k.dataSource().orElse("none"));
        fields.put("measurement method", k -> k.measurementMethod().orElse("none"));
        fields.put("valid range", k -> k.validRange().map(Object::toString).orElse("none"));
        return fields;
    }

    private static String number(Optional<BigDecimal> n) {
        return n.map(BigDecimal::toPlainString).orElse("none");
    }

    private static String kpi(KpiDefinition k) {
        String thresholds = k.isBinary() ? "met or not" : "minimum " + number(k.minimum()) + ", target "
                + number(k.target()) + k.stretch().map(s -> ", stretch " + s.toPlainString()).orElse("") + " " + k.unit();
        return k.name() + " (v" + k.version() + " from " + k.effectiveFrom() + "): " + thresholds;
    }

    private static String party(Party p) {
        return p.name() + " (" + p.kind().name().toLowerCase() + (p.isLead() ? ", lead" : "") + ")";
    }

    private static String fees(FeeSchedule f) {
        if (f.fees().isEmpty()) {
            return "no fees";
        }
        return Texts.count(f.fees().size(), "fee") + " from " + f.fees().get(0).period() + " to "
                + f.fees().get(f.fees().size() - 1).period();
    }

    private static void field(List<Difference> out, String subject, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(Difference.changed(subject, before, after));
        }
    }

    private static void optional(List<Difference> out, String subject, Optional<String> before, Optional<String> after) {
        if (!before.equals(after)) {
            out.add(new Difference(subject, before, after));
        }
    }

    private static void items(List<Difference> out, String subject, List<String> before, List<String> after) {
        after.stream().filter(x -> !before.contains(x)).forEach(x -> out.add(Difference.added(subject, x)));
        before.stream().filter(x -> !after.contains(x)).forEach(x -> out.add(Difference.removed(subject, x)));
    }

    private static <T> void keyed(List<Difference> out, String kind, List<T> before, List<T> after, Function<T, String> id,
            Function<T, String> describe, Map<String, Function<T, String>> fields) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(x -> old.putIfAbsent(id.apply(x), x));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(x -> now.putIfAbsent(id.apply(x), x));
        now.forEach((key, x) -> {
            T was = old.get(key);
            String subject = kind + " '" + key + "'";
            if (was == null) {
                out.add(Difference.added(subject, describe.apply(x)));
            } else if (fields.isEmpty()) {
                field(out, subject, describe.apply(was), describe.apply(x));
            } else {
                fields.forEach((name, f) -> field(out, subject + " " + name, f.apply(was), f.apply(x)));
            }
        });
        old.forEach((key, x) -> {
            if (!now.containsKey(key)) {
                out.add(Difference.removed(kind + " '" + key + "'", describe.apply(x)));
            }
        });
    }
}
