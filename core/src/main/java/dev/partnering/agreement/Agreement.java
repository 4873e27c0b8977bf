package dev.partnering.agreement;

import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.kpi.MissingDataPolicy;
import dev.partnering.kpi.Precision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.partnering.governance.Governance;
import dev.partnering.governance.Role;
import dev.partnering.internal.Ids;
import dev.partnering.internal.Violations;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.term.ContractTerm;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.party.PartyKind;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.Standing;
import dev.partnering.scorecard.Standings;

/**
 * A partnership agreement between one or more customers and one or more suppliers: the parties,
 * the contract term with its extension options, the lifecycle phase, the shared vision and goals,
 * the responsibility areas, the governance, the KPIs and the fee schedule, all in one currency, and
 * the declared {@linkplain #precision() precision} of its figures.
 * <p>
 * Besides the rules of each part, the agreement is checked as a whole when built, and every
 * violation is reported at once in a {@link dev.partnering.ValidationException}: at least one
 * customer and one supplier; party ids unique; at most one lead supplier; every responsibility
 * area owned by a party of the agreement; every role acting for a party of the agreement and
 * mirrored by a counterpart at the same level on the other side; each KPI version unique by id and
 * version and by id and effective date; every fee in the agreement's currency; every KPI version that
 * names who answers for it ({@link KpiDefinition#accountability()}) names a supplier of the
 * agreement, the customer side, or the suppliers jointly when there are at least two. A KPI that
 * names no one is answered for by the single supplier (implied), or, with several suppliers, by the
 * lead ({@link #accountabilityOf(KpiDefinition)}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(copy = true)
public abstract class Agreement implements dev.partnering.incentive.IncentiveTerms {

    Agreement() {
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAgreement.builder();
    }

    /** @return the id of the agreement */
    public abstract String id();

    /** @return the title, never blank */
    public abstract String title();

    /** @return the parties, at least one customer and one supplier */
    public abstract List<Party> parties();

    /** @return the contract term, never null */
    public abstract ContractTerm term();

    /** @return the lifecycle phase; ANALYSIS by default */
    @Value.Default
    public LifecyclePhase phase() {
        return LifecyclePhase.ANALYSIS;
    }

    /** @return the shared vision both parties work towards, if formulated */
    public abstract Optional<String> sharedVision();

    /**
     * The shared goals as plain sentences, in order of priority. Kept for agreements that state
     * their goals only in words; goals that are followed up are {@link #outcomes()}.
     *
     * @return the shared goals, in order of priority, never null
     */
    public abstract List<String> goals();

    /**
     * The desired outcomes: the shared vision and goals, each measured by KPIs of this agreement
     * with a contribution weight. Checked when built: ids unique, every KPI named is a KPI of the
     * agreement. {@link #outcomeCoverage()} lists the outcomes without KPIs and the KPIs without
     * outcome.
     *
     * @return the desired outcomes, in order of priority; empty by default, never null
     * @since 0.1.0
     */
    public abstract List<dev.partnering.outcome.DesiredOutcome> outcomes();

    /**
     * Checks that every {@linkplain #outcomes() outcome} is measured by a KPI and every KPI serves
     * an outcome.
     *
     * @return the coverage of outcomes and KPIs, never null
     * @since 0.1.0
     */
    public dev.partnering.outcome.OutcomeCoverage outcomeCoverage() {
        return dev.partnering.outcome.OutcomeCoverage.check(outcomes(), kpiIds());
    }

    /** @return the areas of responsibility, each owned by one party, never null */
    public abstract List<ResponsibilityArea> responsibilityAreas();

    /** @return the collaboration organisation, never null */
    public abstract Governance governance();

    /** @return the KPI definitions, all versions side by side, never null */
    public abstract List<KpiDefinition> kpis();

    /** @return the currency of every amount of the agreement, never null */
    public abstract Currency currency();

    /** @return the periodic fees; empty by default */
    @Value.Default
    public FeeSchedule feeSchedule() {
        return FeeSchedule.empty();
    }

    /**
     * @return the incentive scheme, if the agreement has one; an agreement without one has no
     *         performance-based money (which the handover check asks to be stated explicitly)
     */
    public abstract Optional<dev.partnering.incentive.IncentiveScheme> incentiveScheme();

    /**
     * Each supplier's own incentive scheme, for an agreement with several suppliers: each names its
     * {@linkplain dev.partnering.incentive.IncentiveScheme#supplier() supplier} (one scheme per
     * supplier) and reads only the KPIs that supplier answers for; it is evaluated on that
     * supplier's own scorecard. A single-supplier agreement keeps using {@link #incentiveScheme()};
     * an agreement has either that or per-supplier schemes, never both.
     *
     * @return the per-supplier schemes, in any order; empty by default, never null
     * @since 0.1.0
     */
    public abstract List<dev.partnering.incentive.IncentiveScheme> supplierSchemes();

    /**
     * @return how the suppliers share joint incentives and payments (joint scheme, shares, lead
     *         pass-through), if the agreement declares it
     * @since 0.1.0
     */
    public abstract Optional<dev.partnering.incentive.JointArrangement> jointArrangement();

    /**
     * The scopes (sites, districts, service lines) that measurements may name. Each scope gets its
     * own scorecard; they roll up to the agreement weighted by their declared volumes, or equally
     * when no scope declares one. Ids are unique; a volume is declared for every scope or for none.
     *
     * @return the scopes, in their declared order; empty by default (no scope: one scorecard), never null
     * @since 0.1.0
     */
    public abstract List<Scope> scopes();

    /**
     * @param scopeId  a scope id, not null
     * @return that scope, if the agreement declares it
     * @since 0.1.0
     */
    public Optional<Scope> scope(String scopeId) {
        java.util.Objects.requireNonNull(scopeId, "scopeId");
        return scopes().stream().filter(s -> s.id().equals(scopeId)).findFirst();
    }

    /**
     * @param supplierId  a supplier id, not null
     * @return that supplier's own scheme from {@link #supplierSchemes()}, if it has one
     * @since 0.1.0
     */
    public Optional<dev.partnering.incentive.IncentiveScheme> supplierScheme(String supplierId) {
        java.util.Objects.requireNonNull(supplierId, "supplierId");
        return supplierSchemes().stream().filter(s -> s.supplier().filter(supplierId::equals).isPresent()).findFirst();
    }

    /**
     * @return what scorecards do with a KPI without usable data in a period; ZERO by default
     */
    @Value.Default
    public dev.partnering.kpi.MissingDataPolicy missingDataPolicy() {
        return dev.partnering.kpi.MissingDataPolicy.ZERO;
    }

    /**
     * The declared precision of the agreement's figures: the decimals to which each KPI's period
     * value, each attainment and each scorecard score are rounded, once, HALF_EVEN, when computed
     * (amounts of money are rounded to the currency's minor unit).
     *
     * @return the precision; 6 decimals for each figure by default, never null
     * @since 0.1.0
     */
    @Value.Default
    public dev.partnering.kpi.Precision precision() {
        return dev.partnering.kpi.Precision.standard();
    }

    /**
     * The agreement's standings: the score bands that map each overall score to a standing (e.g.
     * excellent, good, watch, critical) with its consequences, as the parties agreed them. Every
     * standing derived for this agreement uses them ({@link #standingOf(Scorecard)}). Checked against
     * the agreement when built: no band may start above the highest score its KPIs can give (the
     * highest {@linkplain KpiDefinition#maxAttainment() maximum attainment} of any KPI version).
     *
     * @return the standings; {@link Standings#standard()} by default, never null
     * @since 0.1.0
     */
    @Value.Default
    public Standings standings() {
        return Standings.standard();
    }

    /**
     * The standing of one of this agreement's scorecards under the agreement's own
     * {@linkplain #standings() standings}, explained: the rule applied, the band's consequences and
     * the bands in force.
     *
     * @param scorecard  a scorecard of this agreement, not null
     * @return the standing, empty when the score is undefined
     * @throws dev.partnering.ValidationException if the scorecard belongs to another agreement
     * @since 0.1.0
     */
    public Optional<Standing> standingOf(Scorecard scorecard) {
        java.util.Objects.requireNonNull(scorecard, "scorecard");
        Violations v = Violations.of("Standing");
        v.require(scorecard.agreementId().equals(id()), "scorecard.agreementId", scorecard.agreementId(),
                () -> "the scorecard of " + scorecard.period() + " belongs to agreement '" + scorecard.agreementId()
                        + "', not to '" + id() + "'");
        v.throwIfAny();
        return standings().standingOf(scorecard);
    }

    /**
     * The version of a KPI in force on a date: the one with the latest effective-from date not
     * after it.
     *
     * @param kpiId  the KPI id, not null
     * @param date  the date, not null
     * @return the definition in force, empty if the KPI is unknown or not yet in force
     */
    public Optional<KpiDefinition> kpiInForce(String kpiId, java.time.LocalDate date) {
        KpiDefinition found = null;
        for (KpiDefinition k : kpiVersions(kpiId)) {
            if (!k.effectiveFrom().isAfter(date)
                    && (found == null || k.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The KPI versions by id, oldest first, computed once per agreement (calculators ask for them
     * for every KPI of every period).
     *
     * @return the versions of each KPI id, in order of first declaration, never null
     */
    @Value.Lazy
    Map<String, List<KpiDefinition>> versionsById() {
        Map<String, List<KpiDefinition>> byId = new java.util.LinkedHashMap<>();
        for (KpiDefinition k : kpis()) {
            byId.computeIfAbsent(k.id(), id -> new java.util.ArrayList<>()).add(k);
        }
        Map<String, List<KpiDefinition>> sorted = new java.util.LinkedHashMap<>();
        byId.forEach((id, versions) -> sorted.put(id, versions.stream()
                .sorted(Comparator.comparing(KpiDefinition::effectiveFrom)).collect(Collectors.toUnmodifiableList())));
        return java.util.Collections.unmodifiableMap(sorted);
    }

    /**
     * @param id  a party id, not null
     * @return the party with that id, if any
     */
    public Optional<Party> party(String id) {
        return parties().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * @param id  a party id, not null
     * @return the name of the party with that id, or the id itself when the agreement has no such party
     * @since 0.1
     */
    public String partyName(String id) {
        return party(id).map(Party::name).orElse(id);
    }

    /**
     * The KPIs as they stand now: for each KPI id (in declaration order), its version with the
     * latest {@code effectiveFrom}.
     *
     * @return the latest version of each KPI, never null
     * @since 0.1
     */
    public List<KpiDefinition> latestKpiVersions() {
        List<KpiDefinition> latest = new java.util.ArrayList<>();
        for (String kpiId : kpiIds()) {
            kpiVersions(kpiId).stream().max(java.util.Comparator.comparing(KpiDefinition::effectiveFrom)).ifPresent(latest::add);
        }
        return latest;
    }

    /**
     * @param period  a reporting period, not null
     * @return the fee of that period from the {@linkplain #feeSchedule() fee schedule}, empty when it has none for it
     * @since 0.1
     */
    @Override
    public Optional<Money> feeFor(ReportingPeriod period) {
        return feeSchedule().feeFor(period);
    }

    /** @return the customers, in declaration order, never null */
    public List<Party> customers() {
        return parties().stream().filter(p -> p.kind() == PartyKind.CUSTOMER).collect(Collectors.toUnmodifiableList());
    }

    /** @return the suppliers, in declaration order, never null */
    public List<Party> suppliers() {
        return parties().stream().filter(p -> p.kind() == PartyKind.SUPPLIER).collect(Collectors.toUnmodifiableList());
    }

    /** @return the lead supplier, if one is marked */
    public Optional<Party> leadSupplier() {
        return parties().stream().filter(Party::isLead).findFirst();
    }

    /** @return the distinct KPI ids, in order of first declaration, never null */
    @Value.Lazy
    public List<String> kpiIds() {
        return List.copyOf(versionsById().keySet());
    }

    /**
     * @param kpiId  a KPI id, not null
     * @return every version of that KPI, oldest first, never null
     */
    public List<KpiDefinition> kpiVersions(String kpiId) {
        return versionsById().getOrDefault(kpiId, List.of());
    }

    private void checkFeesWithinTerm(Violations v) {
        java.time.LocalDate first = term().startDate();
        java.time.LocalDate last = term().latestEndDate();
        List<dev.partnering.agreement.PeriodFee> fees = feeSchedule().fees();
        for (int i = 0; i < fees.size(); i++) {
            dev.partnering.period.ReportingPeriod p = fees.get(i).period();
            v.require(!p.end().isBefore(first) && !p.start().isAfter(last), "feeSchedule.fees[" + i + "].period", p,
                    () -> "fee for " + p + " lies entirely outside the term " + first + " to " + last
                            + " (with every option exercised)");
        }
    }

    @Value.Check
    void check() {
        // first the structure: every required attribute and element present, every decimal within bounds
        Violations attrs = Violations.of("Agreement");
        attrs.required("id", id());
        attrs.required("title", title());
        attrs.requiredAll("parties", parties());
        attrs.required("term", term());
        attrs.required("phase", phase());
        attrs.requiredAll("goals", goals());
        attrs.requiredAll("outcomes", outcomes());
        attrs.requiredAll("responsibilityAreas", responsibilityAreas());
        attrs.required("governance", governance());
        attrs.requiredAll("kpis", kpis());
        attrs.required("currency", currency());
        attrs.required("feeSchedule", feeSchedule());
        attrs.requiredAll("supplierSchemes", supplierSchemes());
        attrs.requiredAll("scopes", scopes());
        attrs.required("missingDataPolicy", missingDataPolicy());
        attrs.required("precision", precision());
        attrs.required("standings", standings());
        attrs.throwIfAny();
        Violations v = Violations.of("Agreement '" + id() + "'");
        Ids.check(v, "id", id(), "agreement");
        v.require(!title().isBlank(), "title", title(), "agreement '" + id() + "': title must not be blank");
        Map<String, Party> parties = checkParties(v);
        checkAreas(v, parties);
        checkRoles(v, parties);
        checkKpis(v);
        checkOutcomes(v);
        incentiveScheme().ifPresent(s -> s.violationsAgainst(this).forEach(x -> v.add(x.path(), x.value(), x.rule())));
        checkSupplierSchemes(v);
        checkScopes(v);
        checkFeesWithinTerm(v);
        checkStandings(v);
        feeSchedule().currency().ifPresent(c -> v.require(c.equals(currency()), "feeSchedule", c.getCurrencyCode(),
                "fees are in " + c.getCurrencyCode() + " but the agreement is in " + currency().getCurrencyCode()));
        v.require(currency().getDefaultFractionDigits() >= 0, "currency", currency().getCurrencyCode(),
                "currency " + currency().getCurrencyCode() + " has no minor unit and cannot hold money");
        v.throwIfAny();
    }

    /** No band may start above the highest score the KPIs can give: it could never be reached. */
    private void checkStandings(Violations v) {
        Optional<java.math.BigDecimal> highest = kpis().stream().map(KpiDefinition::maxAttainment)
                .max(Comparator.naturalOrder());
        if (highest.isEmpty()) {
            return;
        }
        List<dev.partnering.scorecard.StandingBand> bands = standings().bands();
        for (int i = 0; i < bands.size(); i++) {
            dev.partnering.scorecard.StandingBand b = bands.get(i);
            v.require(b.minimumScore().compareTo(highest.get()) <= 0, "standings.bands[" + i + "].minimumScore",
                    b.minimumScore(), () -> "standing '" + b.name() + "' from " + b.minimumScore().toPlainString()
                            + " can never be reached: no score exceeds " + highest.get().toPlainString()
                            + ", the highest attainment of any kpi");
        }
    }

    private void checkSupplierSchemes(Violations v) {
        v.require(supplierSchemes().isEmpty() || incentiveScheme().isEmpty(), "supplierSchemes", supplierSchemes().size(),
                "the agreement has an incentive scheme and per-supplier schemes; use one or the other");
        Set<String> seen = new HashSet<>();
        Map<String, String> componentIds = new HashMap<>();
        incentiveScheme().ifPresent(s -> s.components().forEach(c -> componentIds.put(c.id(), "incentiveScheme")));
        for (int i = 0; i < supplierSchemes().size(); i++) {
            dev.partnering.incentive.IncentiveScheme s = supplierSchemes().get(i);
            String path = "supplierSchemes[" + i + "]";
            s.violationsAgainst(this, path).forEach(x -> v.add(x.path(), x.value(), x.rule()));
            if (s.supplier().isEmpty()) {
                v.add(path + ".supplier", null, "a per-supplier scheme must name the supplier it pays");
                continue;
            }
            String supplier = s.supplier().get();
            v.require(seen.add(supplier), path + ".supplier", supplier,
                    () -> "supplier '" + supplier + "' has more than one scheme; one scheme per supplier");
            Optional<Party> party = party(supplier);
            for (String kpi : s.kpiIds()) {
                boolean own = party.isPresent() && kpiVersions(kpi).stream().map(this::accountabilityOf)
                        .allMatch(a -> a.filter(x -> x.includes(party.get()) && x instanceof dev.partnering.party.Accountability.Supplier)
                                .isPresent());
                v.require(own || kpiVersions(kpi).isEmpty(), path, kpi, () -> "the scheme of '" + supplier + "' reads kpi '" + kpi
                        + "', which '" + supplier + "' does not answer for alone (in every version); joint kpis belong to the joint scheme");
            }
            checkComponentIds(v, s, path, componentIds);
        }
        jointArrangement().ifPresent(j -> {
            j.violationsAgainst(this).forEach(x -> v.add(x.path(), x.value(), x.rule()));
            j.jointScheme().ifPresent(s -> checkComponentIds(v, s, "jointArrangement.jointScheme", componentIds));
        });
    }

    private void checkScopes(Violations v) {
        Set<String> seen = new HashSet<>();
        long withVolume = 0;
        for (int i = 0; i < scopes().size(); i++) {
            Scope s = scopes().get(i);
            v.require(seen.add(s.id()), "scopes[" + i + "].id", s.id(), () -> "scope id '" + s.id() + "' is declared more than once");
            withVolume += s.volume().isPresent() ? 1 : 0;
        }
        long volumes = withVolume;
        v.require(volumes == 0 || volumes == scopes().size(), "scopes", volumes, () -> volumes + " of " + scopes().size()
                + " scopes declare a volume; declare a volume for every scope (weighted roll-up) or for none (equal weights)");
    }

    private static void checkComponentIds(Violations v, dev.partnering.incentive.IncentiveScheme s, String path,
            Map<String, String> componentIds) {
        for (dev.partnering.incentive.IncentiveComponent c : s.components()) {
            String before = componentIds.putIfAbsent(c.id(), path);
            v.require(before == null, path + ".components", c.id(), () -> "component id '" + c.id() + "' is also used in "
                    + before + "; component ids are unique across the agreement's schemes (breach events and cost outcomes name them)");
        }
    }

    private void checkOutcomes(Violations v) {
        Set<String> ids = new HashSet<>();
        Set<String> kpis = new HashSet<>(kpiIds());
        for (int i = 0; i < outcomes().size(); i++) {
            dev.partnering.outcome.DesiredOutcome o = outcomes().get(i);
            String path = "outcomes[" + i + "]";
            v.require(ids.add(o.id()), path + ".id", o.id(), "outcome id '" + o.id() + "' is used more than once");
            for (int j = 0; j < o.contributions().size(); j++) {
                String kpi = o.contributions().get(j).kpiId();
                v.require(kpis.contains(kpi), path + ".contributions[" + j + "].kpiId", kpi, "outcome '" + o.id()
                        + "' is measured by KPI '" + kpi + "', which is not a KPI of the agreement");
            }
        }
    }

    private Map<String, Party> checkParties(Violations v) {
        Map<String, Party> byId = new HashMap<>();
        for (int i = 0; i < parties().size(); i++) {
            Party p = parties().get(i);
            if (byId.putIfAbsent(p.id(), p) != null) {
                v.add("parties[" + i + "].id", p.id(), "party id '" + p.id() + "' is used more than once");
            }
        }
        v.require(!customers().isEmpty(), "parties", ids(parties()), "an agreement needs at least one customer");
        v.require(!suppliers().isEmpty(), "parties", ids(parties()), "an agreement needs at least one supplier");
        List<String> leads = ids(parties().stream().filter(Party::isLead).collect(Collectors.toList()));
        v.require(leads.size() <= 1, "parties", leads, "at most one supplier can be lead, found " + leads);
        return byId;
    }

    private void checkAreas(Violations v, Map<String, Party> parties) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < responsibilityAreas().size(); i++) {
            ResponsibilityArea a = responsibilityAreas().get(i);
            String path = "responsibilityAreas[" + i + "]";
            if (!ids.add(a.id())) {
                v.add(path + ".id", a.id(), "responsibility area id '" + a.id() + "' is used more than once");
            }
            v.require(parties.containsKey(a.owner()), path + ".owner", a.owner(), "area '" + a.id()
                    + "' is owned by '" + a.owner() + "', which is not a party of the agreement");
        }
    }

    private void checkRoles(Violations v, Map<String, Party> parties) {
        List<Role> roles = governance().roles();
        for (int i = 0; i < roles.size(); i++) {
            Role r = roles.get(i);
            String path = "governance.roles[" + i + "]";
            Party party = parties.get(r.party());
            if (party == null) {
                v.add(path + ".party", r.party(), "role '" + r.id() + "' acts for '" + r.party()
                        + "', which is not a party of the agreement");
                continue;
            }
            if (r.counterpart().isEmpty()) {
                v.add(path + ".counterpart", null, "role '" + r.id() + "' at level " + r.level().label()
                        + " has no counterpart on the " + party.kind().other().name().toLowerCase() + " side");
                continue;
            }
            Optional<Role> counterpart = governance().role(r.counterpart().get());
            Optional<Party> other = counterpart.flatMap(c -> party(c.party()));
            if (other.isPresent() && other.get().kind() == party.kind()) {
                v.add(path + ".counterpart", r.counterpart().get(), "role '" + r.id() + "' (" + party.kind()
                        + ") names counterpart '" + r.counterpart().get() + "' on the same side; mirrored roles are on the other side");
            }
        }
    }

    private void checkKpis(Violations v) {
        Map<String, Integer> byVersion = new HashMap<>();
        Map<String, Integer> byDate = new HashMap<>();
        for (int i = 0; i < kpis().size(); i++) {
            KpiDefinition k = kpis().get(i);
            String path = "kpis[" + i + "]";
            Integer prev = byVersion.putIfAbsent(k.id() + "#" + k.version(), i);
            if (prev != null) {
                v.add(path + ".version", k.version(), "kpi '" + k.id() + "' version " + k.version()
                        + " is defined twice (kpis[" + prev + "] and kpis[" + i + "])");
            }
            k.accountability().ifPresent(a -> a.violationsAgainst(parties(), path + ".accountability", k.label())
                    .forEach(x -> v.add(x.path(), x.value(), x.rule())));
            prev = byDate.putIfAbsent(k.id() + "@" + k.effectiveFrom(), i);
            if (prev != null) {
                v.add(path + ".effectiveFrom", k.effectiveFrom(), "kpi '" + k.id() + "' has two versions in force from "
                        + k.effectiveFrom() + " (kpis[" + prev + "] and kpis[" + i + "])");
            }
        }
        for (String id : kpiIds()) {
            List<KpiDefinition> versions = kpiVersions(id);
            for (int i = 1; i < versions.size(); i++) {
                KpiDefinition a = versions.get(i - 1);
                KpiDefinition b = versions.get(i);
                v.require(a.effectiveFrom().equals(b.effectiveFrom()) || a.version() < b.version(), "kpis", id,
                        "kpi '" + id + "' version " + b.version() + " (from " + b.effectiveFrom()
                                + ") must have a higher version number than version " + a.version()
                                + " (from " + a.effectiveFrom() + ")");
            }
        }
    }

    private static List<String> ids(List<Party> parties) {
        List<String> ids = new ArrayList<>();
        parties.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /**
     * @param amount  an amount, not null
     * @return true if the amount is in the agreement's currency
     */
    public boolean isInCurrency(Money amount) {
        return amount.currency().equals(currency());
    }

    /**
     * Returns a copy of this agreement in another lifecycle phase; this agreement is unchanged.
     * Whether the phase may follow the current one is decided by
     * {@link dev.partnering.lifecycle.Lifecycle}, not here.
     *
     * @param phase  the phase, not null
     * @return the copy, checked as a whole, never null
     * @since 0.1.0
     */
    public Agreement withPhase(LifecyclePhase phase) {
        return copy().withPhase(phase);
    }

    /**
     * Returns a copy of this agreement with another contract term, e.g. with an option exercised;
     * this agreement is unchanged.
     *
     * @param term  the term, not null
     * @return the copy, checked as a whole, never null
     * @since 0.1.0
     */
    public Agreement withTerm(ContractTerm term) {
        return copy().withTerm(term);
    }

    /**
     * Returns a copy of this agreement with another governance, e.g. with a role restaffed; this
     * agreement is unchanged.
     *
     * @param governance  the governance, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if the copy breaks a rule of the agreement
     * @since 0.1.0
     */
    public Agreement withGovernance(Governance governance) {
        return copy().withGovernance(governance);
    }

    /**
     * Returns a copy of this agreement with other desired outcomes; this agreement is unchanged.
     *
     * @param outcomes  every desired outcome of the copy, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if an outcome names a KPI the agreement does not define
     * @since 0.1.0
     */
    public Agreement withOutcomes(List<dev.partnering.outcome.DesiredOutcome> outcomes) {
        Iterable<dev.partnering.outcome.DesiredOutcome> all = outcomes;
        return copy().withOutcomes(all);
    }

    /**
     * Returns a copy of this agreement with other KPI definitions, e.g. with a revised version
     * added; this agreement is unchanged.
     *
     * @param kpis  every KPI version of the copy, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if the copy breaks a rule of the agreement
     * @since 0.1.0
     */
    public Agreement withKpis(List<KpiDefinition> kpis) {
        Iterable<KpiDefinition> all = kpis;
        return copy().withKpis(all);
    }

    /**
     * Returns a copy of this agreement with other scopes; this agreement is unchanged.
     *
     * @param scopes  every scope of the copy, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if the copy breaks a rule of the agreement
     * @since 0.1.0
     */
    public Agreement withScopes(List<Scope> scopes) {
        Iterable<Scope> all = scopes;
        return copy().withScopes(all);
    }

    /**
     * Returns a copy of this agreement with another fee schedule, e.g. with the fees of an
     * extension added or every fee indexed; this agreement is unchanged.
     *
     * @param feeSchedule  the fee schedule, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if the fees are not in the agreement's currency
     * @since 0.1.0
     */
    public Agreement withFeeSchedule(FeeSchedule feeSchedule) {
        return copy().withFeeSchedule(feeSchedule);
    }

    /**
     * Returns a copy of this agreement with another missing-data policy; this agreement is unchanged.
     *
     * @param policy  the policy, not null
     * @return the copy, never null
     * @since 0.1.0
     */
    public Agreement withMissingDataPolicy(dev.partnering.kpi.MissingDataPolicy policy) {
        return copy().withMissingDataPolicy(policy);
    }

    /**
     * Returns a copy of this agreement with another declared precision; this agreement is unchanged.
     *
     * @param precision  the precision, not null
     * @return the copy, never null
     * @since 0.1.0
     */
    public Agreement withPrecision(dev.partnering.kpi.Precision precision) {
        return copy().withPrecision(precision);
    }

    /**
     * Returns a copy of this agreement with other standings; this agreement is unchanged.
     *
     * @param standings  the standings, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if a band can never be reached
     * @since 0.1.0
     */
    public Agreement withStandings(Standings standings) {
        return copy().withStandings(standings);
    }

    /** Copies every attribute but the ones given; update it whenever an attribute is added. */
    private ImmutableAgreement copy() {
        // the generated copy keeps every other attribute, including ones added later, and checks the result
        return (ImmutableAgreement) ImmutableAgreement.copyOf(this);
    }

    /**
     * Returns a copy of this agreement with an incentive scheme; this agreement is unchanged.
     *
     * @param scheme  the scheme, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if the scheme does not fit the agreement
     * @since 0.1.0
     */
    public Agreement withIncentiveScheme(dev.partnering.incentive.IncentiveScheme scheme) {
        return copy().withIncentiveScheme(scheme);
    }

    /**
     * Returns a copy of this agreement with per-supplier schemes and a joint arrangement (and no
     * single incentive scheme); this agreement is unchanged.
     *
     * @param supplierSchemes  each supplier's own scheme, not null
     * @param jointArrangement  the joint arrangement, or empty, not null
     * @return the copy, checked as a whole, never null
     * @throws dev.partnering.ValidationException if a scheme does not fit the agreement
     * @since 0.1.0
     */
    public Agreement withSupplierSchemes(List<dev.partnering.incentive.IncentiveScheme> supplierSchemes,
            Optional<dev.partnering.incentive.JointArrangement> jointArrangement) {
        Iterable<dev.partnering.incentive.IncentiveScheme> all = supplierSchemes;
        Optional<dev.partnering.incentive.IncentiveScheme> none = Optional.empty();
        Optional<dev.partnering.incentive.JointArrangement> noJoint = Optional.empty();
        // cleared first, so that no intermediate copy mixes old and new schemes
        return copy().withIncentiveScheme(none).withJointArrangement(noJoint)
                .withSupplierSchemes(List.<dev.partnering.incentive.IncentiveScheme>of())
                .withJointArrangement(jointArrangement).withSupplierSchemes(all);
    }

    /**
     * Returns a copy of this agreement without an incentive scheme; this agreement is unchanged.
     *
     * @return the copy, never null
     * @since 0.1.0
     */
    public Agreement withoutIncentiveScheme() {
        Optional<dev.partnering.incentive.IncentiveScheme> none = Optional.empty();
        return copy().withIncentiveScheme(none);
    }

    /**
     * A builder of {@link Agreement}; id, title, term, governance and currency are required.
     * <p>
     * Obtained from {@link Agreement#builder()} and implemented by the SDK; not for users to implement.
     * Not thread-safe: use a builder from one thread.
     */
    public interface Builder {

        /**
         * Initializes the value for the {@link Agreement#id() id} attribute.
         * @param id The value for id (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder id(String id);

        /**
         * Initializes the value for the {@link Agreement#title() title} attribute.
         * @param title The value for title (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder title(String title);

        /**
         * Adds one element to {@link Agreement#parties() parties} list.
         * @param element A parties element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addParties(Party element);

        /**
         * Adds elements to {@link Agreement#parties() parties} list.
         * @param elements An array of parties elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addParties(Party... elements);

        /**
         * Adds elements to {@link Agreement#parties() parties} list.
         * @param elements An iterable of parties elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllParties(Iterable<? extends Party> elements);

        /**
         * Initializes the value for the {@link Agreement#term() term} attribute.
         * @param term The value for term (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder term(ContractTerm term);

        /**
         * Initializes the value for the {@link Agreement#phase() phase} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Agreement#phase() phase}.</em>
         * @param phase The value for phase 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder phase(LifecyclePhase phase);

        /**
         * Initializes the optional value {@link Agreement#sharedVision() sharedVision} to sharedVision.
         * @param sharedVision The value for sharedVision
         * @return {@code this} builder for chained invocation
         */
        Builder sharedVision(String sharedVision);

        /**
         * Initializes the optional value {@link Agreement#sharedVision() sharedVision} to sharedVision.
         * @param sharedVision The value for sharedVision
         * @return {@code this} builder for use in a chained invocation
         */
        Builder sharedVision(Optional<String> sharedVision);

        /**
         * Adds one element to {@link Agreement#goals() goals} list.
         * @param element A goals element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addGoals(String element);

        /**
         * Adds elements to {@link Agreement#goals() goals} list.
         * @param elements An array of goals elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addGoals(String... elements);

        /**
         * Adds elements to {@link Agreement#goals() goals} list.
         * @param elements An iterable of goals elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllGoals(Iterable<String> elements);

        /**
         * Adds one desired outcome.
         * @param element  the outcome, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addOutcomes(dev.partnering.outcome.DesiredOutcome element);

        /**
         * Adds desired outcomes.
         * @param elements  the outcomes, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addAllOutcomes(Iterable<? extends dev.partnering.outcome.DesiredOutcome> elements);

        /**
         * Adds one element to {@link Agreement#responsibilityAreas() responsibilityAreas} list.
         * @param element A responsibilityAreas element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addResponsibilityAreas(ResponsibilityArea element);

        /**
         * Adds elements to {@link Agreement#responsibilityAreas() responsibilityAreas} list.
         * @param elements An array of responsibilityAreas elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addResponsibilityAreas(ResponsibilityArea... elements);

        /**
         * Adds elements to {@link Agreement#responsibilityAreas() responsibilityAreas} list.
         * @param elements An iterable of responsibilityAreas elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllResponsibilityAreas(Iterable<? extends ResponsibilityArea> elements);

        /**
         * Initializes the value for the {@link Agreement#governance() governance} attribute.
         * @param governance The value for governance (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder governance(Governance governance);

        /**
         * Adds one element to {@link Agreement#kpis() kpis} list.
         * @param element A kpis element
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addKpis(KpiDefinition element);

        /**
         * Adds elements to {@link Agreement#kpis() kpis} list.
         * @param elements An array of kpis elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addKpis(KpiDefinition... elements);

        /**
         * Adds elements to {@link Agreement#kpis() kpis} list.
         * @param elements An iterable of kpis elements
         * @return {@code this} builder for use in a chained invocation
         */
        Builder addAllKpis(Iterable<? extends KpiDefinition> elements);

        /**
         * Initializes the value for the {@link Agreement#currency() currency} attribute.
         * @param currency The value for currency (can be {@code null})
         * @return {@code this} builder for use in a chained invocation
         */
        Builder currency(Currency currency);

        /**
         * Initializes the value for the {@link Agreement#feeSchedule() feeSchedule} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Agreement#feeSchedule() feeSchedule}.</em>
         * @param feeSchedule The value for feeSchedule 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder feeSchedule(FeeSchedule feeSchedule);

        /**
         * Initializes the optional value {@link Agreement#incentiveScheme() incentiveScheme} to incentiveScheme.
         * @param incentiveScheme The value for incentiveScheme
         * @return {@code this} builder for chained invocation
         */
        Builder incentiveScheme(IncentiveScheme incentiveScheme);

        /**
         * Initializes the optional value {@link Agreement#incentiveScheme() incentiveScheme} to incentiveScheme.
         * @param incentiveScheme The value for incentiveScheme
         * @return {@code this} builder for use in a chained invocation
         */
        Builder incentiveScheme(Optional<? extends IncentiveScheme> incentiveScheme);

        /**
         * Adds a supplier's own scheme to {@link Agreement#supplierSchemes() supplierSchemes}.
         * @param element  the scheme, naming its supplier, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addSupplierSchemes(IncentiveScheme element);

        /**
         * Adds suppliers' own schemes to {@link Agreement#supplierSchemes() supplierSchemes}.
         * @param elements  the schemes, each naming its supplier, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addSupplierSchemes(IncentiveScheme... elements);

        /**
         * Adds suppliers' own schemes to {@link Agreement#supplierSchemes() supplierSchemes}.
         * @param elements  the schemes, each naming its supplier, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addAllSupplierSchemes(Iterable<? extends IncentiveScheme> elements);

        /**
         * Sets the {@link Agreement#jointArrangement() joint arrangement}.
         * @param jointArrangement  the arrangement, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder jointArrangement(dev.partnering.incentive.JointArrangement jointArrangement);

        /**
         * Sets or clears the {@link Agreement#jointArrangement() joint arrangement}.
         * @param jointArrangement  the arrangement, or empty
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder jointArrangement(Optional<? extends dev.partnering.incentive.JointArrangement> jointArrangement);

        /**
         * Adds a scope to {@link Agreement#scopes() scopes}.
         * @param element  the scope, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addScopes(Scope element);

        /**
         * Adds scopes to {@link Agreement#scopes() scopes}.
         * @param elements  the scopes, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addScopes(Scope... elements);

        /**
         * Adds scopes to {@link Agreement#scopes() scopes}.
         * @param elements  the scopes, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder addAllScopes(Iterable<? extends Scope> elements);

        /**
         * Initializes the value for the {@link Agreement#missingDataPolicy() missingDataPolicy} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Agreement#missingDataPolicy() missingDataPolicy}.</em>
         * @param missingDataPolicy The value for missingDataPolicy 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder missingDataPolicy(MissingDataPolicy missingDataPolicy);

        /**
         * Initializes the value for the {@link Agreement#precision() precision} attribute.
         * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Agreement#precision() precision}.</em>
         * @param precision The value for precision 
         * @return {@code this} builder for use in a chained invocation
         */
        Builder precision(Precision precision);


        /**
         * Sets the agreement's {@link Agreement#standings() standings}; {@link Standings#standard()} if not set.
         * @param standings  the standings, not null
         * @return {@code this} builder for use in a chained invocation
         * @since 0.1.0
         */
        Builder standings(Standings standings);

        /**
         * @return the Agreement, never null
         * @throws dev.partnering.ValidationException listing every problem of the value
         */
        Agreement build();
    }
}
