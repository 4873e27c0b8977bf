package dev.partnering.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.explanation.internal.LazySteps;
import dev.partnering.explanation.StepKind;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.ConsolidatedPeriod;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.IncentiveComponent;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.JointArrangement;
import dev.partnering.incentive.MultiSupplierStatement;
import dev.partnering.incentive.Payment;
import dev.partnering.incentive.PartyRemedy;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.SupplierPeriod;
import dev.partnering.incentive.SupplierStatement;
import dev.partnering.kpi.Measurement;
import dev.partnering.money.Money;
import dev.partnering.party.Party;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.scorecard.PartyScorecards;
import dev.partnering.scorecard.Scorecard;

/**
 * Computes the incentives of an agreement with several suppliers: each supplier's own scheme
 * ({@link Agreement#supplierSchemes()}) on its own scorecard, the joint scheme of the
 * {@linkplain Agreement#jointArrangement() joint arrangement} on the joint scorecard, the joint
 * amounts split among the suppliers by their declared shares, and the payments between all
 * parties, relayed by the lead when pass-through is declared. One calculation yields the
 * consolidated statement and one statement per supplier.
 * <p>
 * Each scheme is evaluated by the {@link IncentiveCalculator} as it is (earn-back, caps, floors
 * and remedy triggers work as in a single-supplier agreement). Breach events and cost outcomes go
 * to the scheme whose component they name (component ids are unique across the agreement's
 * schemes). Per period, each supplier's own net is paid by the customers as its scheme splits it;
 * its joint share is split among the customers by the joint scheme's customer weights (or
 * equally). Each split is exact (largest remainder, ties to the earlier-listed party), so every
 * party's net is what it receives minus what it pays, and all nets add up to zero.
 * <p>
 * Because a supplier's scheme reads only its own scorecard (the agreement refuses a scheme that
 * reads another party's KPI), a supplier's money does not change when only KPIs it does not
 * answer for, and that are not joint, change.
 * <p>
 * This class is stateless and thread-safe; its result does not depend on the order of its inputs.
 *
 * @since 0.1.0
 */
public final class MultiSupplierIncentiveCalculator {

    private static final MultiSupplierIncentiveCalculator STANDARD = new MultiSupplierIncentiveCalculator();

    private MultiSupplierIncentiveCalculator() {
    }

    /** @return the calculator, never null */
    public static MultiSupplierIncentiveCalculator standard() {
        return STANDARD;
    }

    /**
     * Computes the statements.
     *
     * @param agreement  the agreement, with per-supplier schemes and/or a joint arrangement, not null
     * @param periods  the periods, one granularity, distinct, not empty, not null
     * @param measurements  the raw measurements, in any order, not null
     * @param events  the breach events, in any order, each naming a penalty of one of the schemes, not null
     * @param costs  the cost outcomes per period and gain-share component id, not null
     * @return the consolidated statement with one statement per supplier, never null
     * @throws ValidationException if the agreement has no per-supplier scheme and no joint
     *         arrangement, or an input breaks a rule, listing every violation
     */
    public MultiSupplierStatement calculate(Agreement agreement, List<ReportingPeriod> periods,
            Collection<Measurement> measurements, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(costs, "costs");
        check(agreement, periods, events, costs);
        List<ReportingPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(ReportingPeriod::compareTo);
        List<PartyScorecards> cards = PartyScorecardCalculator.standard().calculate(agreement, sorted, measurements);
        List<String> suppliers = agreement.suppliers().stream().map(Party::id).collect(Collectors.toList());
        Map<String, IncentiveStatement> own = new LinkedHashMap<>();
        for (String s : suppliers) {
            Optional<IncentiveScheme> scheme = agreement.supplierScheme(s);
            if (scheme.isPresent()) {
                List<Scorecard> scorecards = cards.stream().map(c -> c.supplier(s).orElseThrow()).collect(Collectors.toList());
                own.put(s, IncentiveCalculator.standard().calculate(agreement, scheme.get(),
                        inputs(sorted, scorecards, scheme.get(), events, costs)));
            }
        }
        Optional<JointArrangement> arrangement = agreement.jointArrangement();
        Optional<IncentiveStatement> joint = arrangement.flatMap(JointArrangement::jointScheme).map(scheme -> {
            // evaluated as a scheme paying the first supplier; its net is then split among all suppliers by shares
            IncentiveScheme payable = asPayable(scheme, suppliers.get(0));
            List<Scorecard> scorecards = cards.stream().map(PartyScorecards::joint).collect(Collectors.toList());
            return IncentiveCalculator.standard().calculate(agreement, payable, inputs(sorted, scorecards, scheme, events, costs));
        });
        List<ConsolidatedPeriod> consolidated = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            consolidated.add(period(agreement, sorted.get(i), cards.get(i), suppliers, own, joint, arrangement, i));
        }
        Map<String, SupplierStatement> bySupplier = new LinkedHashMap<>();
        for (String s : suppliers) {
            List<SupplierPeriod> sp = consolidated.stream().map(c -> c.suppliers().get(s)).collect(Collectors.toList());
            Explanation.Builder ex = Explanation.builder("Incentive statement " + agreement.id() + " of supplier " + s);
            sp.forEach(p -> ex.add(p.explanation().asStep()));
            Money total = sp.stream().map(SupplierPeriod::net).reduce(Money::plus).orElseThrow();
            ex.add(Step.of(StepKind.RESULT, "total net for " + s + ": " + total));
            bySupplier.put(s, new SupplierStatement(agreement.id(), s, sp, ex.build()));
        }
        Explanation.Builder ex = Explanation.builder("Consolidated incentive statement " + agreement.id() + " "
                + sorted.get(0) + (sorted.size() > 1 ? " to " + sorted.get(sorted.size() - 1) : ""));
        consolidated.forEach(c -> ex.add(c.explanation().asStep()));
        Map<String, Money> total = new LinkedHashMap<>();
        consolidated.forEach(c -> c.netByParty().forEach((party, amount) -> total.merge(party, amount, Money::plus)));
        ex.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "total by party: " + total)));
        return new MultiSupplierStatement(agreement.id(), consolidated, bySupplier, ex.build());
    }

    private static ConsolidatedPeriod period(Agreement agreement, ReportingPeriod period, PartyScorecards card,
            List<String> suppliers,
            Map<String, IncentiveStatement> own, Optional<IncentiveStatement> joint, Optional<JointArrangement> arrangement,
            int index) {
        Money zero = Money.zero(agreement.currency()).rounded();
        List<String> customers = agreement.customers().stream().map(Party::id).collect(Collectors.toList());
        Optional<PeriodStatement> jointPeriod = joint.map(j -> j.periods().get(index));
        // each joint component, and the effect of the joint floor or cap, split among the suppliers by shares
        Map<String, Map<String, Money>> jointParts = new LinkedHashMap<>();
        Map<String, Money> jointLimitParts = new LinkedHashMap<>();
        Map<String, Money> jointShares = new LinkedHashMap<>();
        suppliers.forEach(s -> {
            jointParts.put(s, new LinkedHashMap<>());
            jointLimitParts.put(s, zero);
            jointShares.put(s, zero);
        });
        if (jointPeriod.isPresent()) {
            JointArrangement a = arrangement.orElseThrow();
            for (ComponentOutcome o : jointPeriod.get().outcomes()) {
                a.split(o.amount(), suppliers).forEach((s, part) -> {
                    jointParts.get(s).put(o.componentId(), part);
                    jointShares.merge(s, part, Money::plus);
                });
            }
            a.split(jointPeriod.get().net().minus(jointPeriod.get().gross()), suppliers).forEach((s, part) -> {
                jointLimitParts.put(s, part);
                jointShares.merge(s, part, Money::plus);
            });
        }
        Optional<String> lead = agreement.leadSupplier().map(Party::id)
                .filter(l -> arrangement.map(JointArrangement::leadPassThrough).orElse(false));
        IncentiveScheme jointScheme = arrangement.flatMap(JointArrangement::jointScheme).orElse(null);
        List<Payment> payments = new ArrayList<>();
        Map<String, SupplierPeriod> bySupplier = new LinkedHashMap<>();
        Money relayed = zero;
        Explanation.Builder ex = Explanation.builder("Incentives " + agreement.id() + " " + period + ", every party");
        // incomplete data of every KPI, whoever answers for it and whether or not a scheme reads it: never silent
        for (dev.partnering.scorecard.ScorecardWarning w : card.whole().warnings()) {
            if (w.kind().isIncomplete()) {
                ex.add(Step.of(StepKind.WARNING, w.message()));
            }
        }
        jointPeriod.ifPresent(j -> ex.add(j.explanation().asStep()));
        arrangement.filter(a -> jointPeriod.isPresent()).ifPresent(a -> ex.add(Step.of(StepKind.RULE,
                "joint amounts split by shares " + suppliers.stream().map(s -> s + " " + a.sharesPercent().get(s).toPlainString()
                        + " %").collect(Collectors.joining(", ")) + " (largest remainder, ties to the earlier-listed supplier)")));
        for (String s : suppliers) {
            Optional<PeriodStatement> mine = Optional.ofNullable(own.get(s)).map(st -> st.periods().get(index));
            Money earned = zero;
            Money bore = zero;
            List<Money> amounts = new ArrayList<>();
            mine.ifPresent(m -> m.outcomes().forEach(o -> amounts.add(o.amount())));
            amounts.addAll(jointParts.get(s).values());
            for (Money m : amounts) {
                earned = m.isPositive() ? earned.plus(m) : earned;
                bore = m.isNegative() ? bore.minus(m) : bore;
            }
            Money ownNet = mine.map(PeriodStatement::net).orElse(zero);
            Money net = ownNet.plus(jointShares.get(s));
            Money limits = net.minus(earned.minus(bore));
            // who pays what: own net as the own scheme split it among customers, joint share by the joint scheme's weights
            Map<String, Money> ownByCustomer = new LinkedHashMap<>();
            mine.ifPresent(m -> customers.forEach(c -> ownByCustomer.put(c, m.netByParty().getOrDefault(c, zero).negated())));
            Map<String, Money> jointByCustomer = jointScheme == null ? Map.of()
                    : jointScheme.splitAmongCustomers(jointShares.get(s), customers);
            boolean viaLead = lead.isPresent() && !lead.get().equals(s);
            Money passed = viaLead ? net : zero;
            for (String c : customers) {
                pay(payments, c, s, ownByCustomer.getOrDefault(c, zero), s, Payment.Basis.OWN_SCHEME, lead.filter(l -> viaLead));
                pay(payments, c, s, jointByCustomer.getOrDefault(c, zero), s, Payment.Basis.JOINT_SHARE, lead.filter(l -> viaLead));
            }
            Explanation.Builder sx = Explanation.builder("Incentives " + agreement.id() + " " + period + " of supplier " + s);
            mine.ifPresentOrElse(m -> sx.add(m.explanation().asStep()),
                    () -> sx.add(Step.of(StepKind.INPUT, "no own scheme")));
            Map<String, Money> parts = jointParts.get(s);
            Money limitPart = jointLimitParts.get(s);
            Money share = jointShares.get(s);
            if (jointPeriod.isPresent()) {
                sx.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, "joint parts " + parts + ", joint floor/cap part "
                        + limitPart + ": joint share " + share)));
            }
            Money earnedTotal = earned;
            Money boreTotal = bore;
            sx.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "earned " + earnedTotal + ", bore " + boreTotal
                    + ", floors and caps " + limits + ": net = own " + ownNet + " + joint " + share + " = " + net
                    + (viaLead ? ", relayed by " + lead.get() : ""))));
            SupplierPeriod sp = new SupplierPeriod(period, s, mine, jointParts.get(s), jointShares.get(s), earned, bore, limits,
                    net, passed, sx.build());
            bySupplier.put(s, sp);
            ex.add(sp.explanation().asStep());
        }
        // what the lead relayed, both directions: every relayed amount leaves the lead once
        for (Payment p : payments) {
            if (p.relay() && lead.isPresent() && p.from().equals(lead.get())) {
                relayed = relayed.plus(p.amount());
            }
        }
        Map<String, Money> netByParty = new LinkedHashMap<>();
        agreement.parties().forEach(p -> netByParty.put(p.id(), zero));
        for (Payment p : payments) {
            netByParty.merge(p.to(), p.amount(), Money::plus);
            netByParty.merge(p.from(), p.amount().negated(), Money::plus);
        }
        payments.forEach(p -> ex.add(LazySteps.lazy(() -> Step.of(StepKind.COMPUTATION, p.toString()))));
        ex.add(LazySteps.lazy(() -> Step.of(StepKind.RESULT, "net by party " + netByParty.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + " (adds up to zero)")));
        List<PartyRemedy> remedies = new ArrayList<>();
        for (SupplierPeriod sp : bySupplier.values()) {
            sp.own().ifPresent(o -> o.remedies().forEach(r -> remedies.add(new PartyRemedy(r, List.of(sp.supplierId())))));
        }
        jointPeriod.ifPresent(j -> j.remedies().forEach(r -> remedies.add(new PartyRemedy(r, suppliers))));
        remedies.forEach(r -> ex.add(Step.of(StepKind.WARNING, r.toString())));
        return new ConsolidatedPeriod(period, bySupplier, jointPeriod, payments, netByParty, relayed, remedies, ex.build());
    }

    /** Adds the payment of a signed amount a customer owes a supplier, relayed by the lead when given. */
    private static void pay(List<Payment> payments, String customer, String supplier, Money owed, String forSupplier,
            Payment.Basis basis, Optional<String> lead) {
        if (owed.isZero()) {
            return;
        }
        String from = owed.isPositive() ? customer : supplier;
        String to = owed.isPositive() ? supplier : customer;
        Money amount = owed.abs();
        if (lead.isEmpty()) {
            payments.add(new Payment(from, to, amount, forSupplier, basis, false));
        } else {
            payments.add(new Payment(from, lead.get(), amount, forSupplier, basis, true));
            payments.add(new Payment(lead.get(), to, amount, forSupplier, basis, true));
        }
    }

    private static List<IncentivePeriod> inputs(List<ReportingPeriod> periods, List<Scorecard> scorecards, IncentiveScheme scheme,
            Collection<BreachEvent> events, Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        Set<String> ids = scheme.components().stream().map(IncentiveComponent::id).collect(Collectors.toSet());
        List<IncentivePeriod> inputs = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ReportingPeriod p = periods.get(i);
            Map<String, CostOutcome> mine = new LinkedHashMap<>();
            costs.getOrDefault(p, Map.of()).forEach((id, c) -> {
                if (ids.contains(id)) {
                    mine.put(id, c);
                }
            });
            inputs.add(IncentivePeriod.builder().period(p).scorecard(scorecards.get(i)).putAllCosts(mine)
                    .addAllEvents(events.stream().filter(e -> p.contains(e.date()) && ids.contains(e.penaltyId()))
                            .collect(Collectors.toList()))
                    .build());
        }
        return inputs;
    }

    private static IncentiveScheme asPayable(IncentiveScheme scheme, String supplier) {
        return IncentiveScheme.builder().addAllComponents(scheme.components()).floor(scheme.floor()).cap(scheme.cap())
                .addAllRemedyTriggers(scheme.remedyTriggers()).putAllCustomerWeights(scheme.customerWeights())
                .supplier(supplier).build();
    }

    private static void check(Agreement agreement, List<ReportingPeriod> periods, Collection<BreachEvent> events,
            Map<ReportingPeriod, Map<String, CostOutcome>> costs) {
        List<Violation> v = new ArrayList<>();
        if (agreement.supplierSchemes().isEmpty() && agreement.jointArrangement().flatMap(JointArrangement::jointScheme).isEmpty()) {
            v.add(Violation.of("agreement.supplierSchemes", "[]", "agreement '" + agreement.id() + "' has no per-supplier "
                    + "scheme and no joint scheme; a single incentive scheme is computed by IncentiveCalculator"));
        }
        if (periods.isEmpty()) {
            v.add(Violation.of("periods", "[]", "an incentive statement needs at least one period"));
        }
        Set<String> componentIds = new java.util.HashSet<>();
        agreement.supplierSchemes().forEach(s -> s.components().forEach(c -> componentIds.add(c.id())));
        agreement.jointArrangement().flatMap(JointArrangement::jointScheme)
                .ifPresent(s -> s.components().forEach(c -> componentIds.add(c.id())));
        for (BreachEvent e : events) {
            if (!componentIds.contains(e.penaltyId())) {
                v.add(Violation.of("events." + e.id(), e.penaltyId(), "breach event '" + e.id() + "' names penalty '"
                        + e.penaltyId() + "', which no scheme of the agreement has"));
            }
        }
        costs.forEach((p, byId) -> byId.keySet().forEach(id -> {
            if (!componentIds.contains(id)) {
                v.add(Violation.of("costs[" + p + "]." + id, id, "cost outcome for '" + id + "' in " + p
                        + ", which no scheme of the agreement has"));
            }
        }));
        if (!v.isEmpty()) {
            throw new ValidationException("Multi-supplier incentive calculation for '" + agreement.id() + "'", v);
        }
    }
}
