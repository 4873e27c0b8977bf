package dev.partnering.jackson;

import dev.partnering.incentive.internal.PeriodContext;
import dev.partnering.incentive.internal.PastPeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Explanation;
import dev.partnering.evaluation.GovernanceCalculator;
import dev.partnering.governance.GovernanceFixtures;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.health.HealthCalculator;
import dev.partnering.health.HealthInputs;
import dev.partnering.health.HealthPolicy;
import dev.partnering.incentive.AtRiskPool;
import dev.partnering.evaluation.IncentiveCalculator;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.KpiDistribution;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.kpi.AggregationRule;
import dev.partnering.kpi.Aggregator;
import dev.partnering.kpi.Attainment;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.kpi.Measurement;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.term.ContractTermCalculator;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.lifecycle.ExitReadinessCheck;
import dev.partnering.lifecycle.HandoverCheck;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;
import dev.partnering.evaluation.ScorecardCalculator;
import dev.partnering.trust.BehaviouralSignal;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustCalculator;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustSurveys;
import dev.partnering.trust.TrustSurvey;

/**
 * Value semantics for every public value and result type of core: the golden documents are read
 * twice, every calculator is run on each copy, and the two object graphs are walked side by side
 * through every public accessor. Every value met on the way must equal its twin, with the same
 * hash; a type that compares by identity fails here. The walk must meet every public value type
 * of core (found by scanning core's classes), so a new type cannot escape the family; the types
 * that are not values (calculators, builders, exceptions, enums) are listed with the reason.
 */
class ValueEqualityTest {

    /** Public types of core that are not values, and why. Everything else public must be met by the walk. */
    private static final Map<String, String> NOT_VALUES = new TreeMap<>(Map.ofEntries(
            Map.entry("dev.partnering.evaluation.GovernanceCalculator", "calculator"),
            Map.entry("dev.partnering.health.HealthCalculator", "calculator"),
            Map.entry("dev.partnering.outcome.OutcomeTracker", "calculator"),
            Map.entry("dev.partnering.analysis.BackTester", "calculator"),
            Map.entry("dev.partnering.analysis.BalanceAnalyzer", "calculator"),
            Map.entry("dev.partnering.incentive.ConsortiumSplit", "calculator: static methods only"),
            Map.entry("dev.partnering.evaluation.IncentiveCalculator", "calculator"),
            Map.entry("dev.partnering.analysis.Simulator", "calculator"),
            Map.entry("dev.partnering.kpi.Aggregator", "calculator"),
            Map.entry("dev.partnering.term.ContractTermCalculator", "calculator"),
            Map.entry("dev.partnering.lifecycle.ExitReadinessCheck", "check: static methods only"),
            Map.entry("dev.partnering.lifecycle.GovernancePlaybook", "renderer: static methods only, returns a String"),
            Map.entry("dev.partnering.lifecycle.HandoverCheck", "check: static methods only"),
            Map.entry("dev.partnering.lifecycle.Lifecycle", "static methods only, returns agreements"),
            Map.entry("dev.partnering.evaluation.ScorecardCalculator", "calculator"),
            Map.entry("dev.partnering.trust.TrustCalculator", "calculator"),
            Map.entry("dev.partnering.evaluation.PartyScorecardCalculator", "calculator"),
            Map.entry("dev.partnering.evaluation.ScopeScorecardCalculator", "calculator"),
            Map.entry("dev.partnering.evaluation.MultiSupplierIncentiveCalculator", "calculator"),
            Map.entry("dev.partnering.evaluation.ContractYearScores", "calculator"),
            Map.entry("dev.partnering.evaluation.IncompleteDataException", "exception")));

    /** Types whose zero-argument methods make new values of the same type without end (next(), negated()). */
    private static final Set<Class<?>> LEAVES = Set.of(Money.class, ReportingPeriod.class);

    private static final ReportingPeriod FEBRUARY = ReportingPeriod.parse("2026-02");
    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);

    private static List<Object> first;
    private static List<Object> second;

    @BeforeAll
    static void computeEverythingTwice() {
        first = results(World.read());
        second = results(World.read());
    }

    /** The golden documents, read once. */
    record World(Map<String, PartneringDocument> documents) {

        static World read() {
            Map<String, PartneringDocument> docs = new LinkedHashMap<>();
            for (String file : GoldenFiles.v1().keySet()) {
                if (GoldenFiles.WRITE_ONLY.contains(file)) {
                    // a result written only, never read back: the value its file was written from, built anew
                    docs.put(file, GoldenFiles.v1().get(file).get());
                    continue;
                }
                try {
                    docs.put(file, JsonTesting.read(JsonTesting.resource(GoldenFiles.V1 + file), PartneringDocument.class));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new World(docs);
        }

        <T> T value(String file, Class<T> type) {
            return documents.get(file).value(type);
        }
    }

    /** @return every document's value, and every calculator's result on the world's inputs, in a fixed order */
    static List<Object> results(World w) {
        List<Object> all = new ArrayList<>();
        w.documents().values().forEach(d -> all.add(d.value()));
        Agreement agreement = w.value("agreement.json", Agreement.class);
        List<Measurement> measurements = w.documents().get("measurements.json").measurements();
        List<IncentivePeriod> periods = w.documents().get("incentive-periods.json").incentivePeriods();
        all.add(ScorecardCalculator.standard().calculate(agreement, FEBRUARY, measurements));
        IncentiveStatement statement = IncentiveCalculator.standard().calculate(agreement,
                agreement.incentiveScheme().orElseThrow(), periods);
        all.add(statement);
        // month end: an opening balance with a streak, standings, a score trigger, a follow-up, a contract-year score
        all.add(dev.partnering.incentive.OpeningBalance.builder().firstPeriod(FEBRUARY)
                .streak("availability", dev.partnering.scorecard.KpiStatus.MET, 1).build());
        dev.partnering.scorecard.Scorecard february = ScorecardCalculator.standard().calculate(agreement, FEBRUARY, measurements);
        dev.partnering.scorecard.Standings.standard().standingOf(february).ifPresent(all::add);
        all.add(dev.partnering.scorecard.Standings.standard());
        dev.partnering.incentive.RemedyFinding finding = dev.partnering.incentive.RemedyFinding.of(FEBRUARY,
                dev.partnering.incentive.RemedyTrigger.scoreBelow(new BigDecimal("0.8"), 1, 2,
                        dev.partnering.incentive.Remedy.REMEDIATION_PLAN), List.of("score below"));
        all.add(finding);
        all.add(dev.partnering.incentive.RemedyFollowUp.open(finding));
        all.add(dev.partnering.evaluation.ContractYearScores.standard().calculate(agreement, List.of(february),
                FEBRUARY.start()));
        PeriodStatement january = statement.periods().get(0);
        IncentiveContext.Past past = new PastPeriod(periods.get(0), january.fee(), january.outcomes(),
                january.gross(), new NetLimits(Optional.empty(), Optional.of(Money.of("50000.00", "SEK"))));
        all.add(new PeriodContext(agreement, periods.get(1), agreement.feeSchedule().feeFor(FEBRUARY), List.of(past),
                Map.of()));
        Money fee = agreement.feeSchedule().feeFor(FEBRUARY).orElseThrow();
        agreement.incentiveScheme().orElseThrow().components().stream().filter(AtRiskPool.class::isInstance)
                .forEach(c -> all.add(((AtRiskPool) c).exposure(fee)));
        all.add(KpiDistribution.normal(new BigDecimal("99.6"), new BigDecimal("0.3"), 2));
        all.add(KpiDistribution.sampled(List.of(new BigDecimal("3"), new BigDecimal("4.5"))));
        all.addAll(List.of(AggregationRule.sum(), AggregationRule.min(), AggregationRule.max(), AggregationRule.last()));
        KpiDefinition kpi = agreement.kpis().get(0);
        all.add(Aggregator.aggregate(kpi, FEBRUARY, measurements));
        all.add(Attainment.of(kpi, kpi.target().orElseThrow()));
        all.add(ContractTermCalculator.status(agreement.term(), LocalDate.of(2027, 6, 1)));
        all.add(ContractTermCalculator.timeline(agreement.term()));
        AgreementHistory history = w.value("agreement-history.json", AgreementHistory.class);
        all.add(history.diff(1, history.versions().size()));
        HandoverDeclaration declaration = HandoverDeclaration.of(IncentiveArrangement.UNDECIDED);
        all.add(declaration);
        all.add(HandoverCheck.run(agreement, declaration));
        w.documents().get("escalations.json").escalations().forEach(e -> all.add(e.staysUntil(Q1.end())));
        all.add(ExitReadinessCheck.run(agreement, w.value("exit-plan.json", ExitPlan.class)));
        TrustCalculator trust = TrustCalculator.of(JsonFixtures.trustPolicy());
        TrustReport trustReport = trust.assess(w.value("trust-survey.json", TrustSurvey.class));
        all.add(trustReport);
        // the same survey against March's, as in the (written only) golden trust report: a report with a trend
        all.add(trust.assess(w.value("trust-survey.json", TrustSurvey.class), trust.assess(TrustSurveys.march())));
        all.add(trust.assessParties(PartyTrustJsonTest.oneRoom())); // trust per party, its figures suppressed
        List<BehaviouralSignal> signals = w.documents().get("behavioural-signals.json").behaviouralSignals();
        all.add(SignalTally.count(signals, MARCH));
        GovernanceReport governance = GovernanceCalculator.standard().assess(GovernanceFixtures.agreement(), Q1,
                w.documents().get("forum-meetings.json").forumMeetings(), w.documents().get("escalations.json").escalations());
        all.add(governance);
        all.add(HealthCalculator.of(HealthPolicy.builder().performanceWeight(new BigDecimal("2")).build())
                .assess(HealthInputs.builder().period(Q1).scorecardScore(new BigDecimal("0.93")).trust(trustReport)
                        .governance(governance).build()));
        // relationship management: the register built from the minutes read, its report, the review of the risk register
        // read against it, the backlog read and its report, outcomes read with an agreement, their progress and coverage,
        // and an escalation with an outcome
        dev.partnering.action.ActionRegister register = dev.partnering.action.ActionRegister.of(agreement.governance(),
                w.documents().get("minutes.json").minutes());
        all.add(register);
        all.add(register.reportOn(JsonFixtures.REVIEW_DAY));
        all.add(w.value("risk-register.json", dev.partnering.risk.RiskRegister.class).review(register, JsonFixtures.REVIEW_DAY));
        all.add(w.value("improvement-backlog.json", dev.partnering.improvement.ImprovementBacklog.class)
                .report(JsonFixtures.REVIEW_DAY, agreement.parties()));
        Agreement withOutcomes = RelationshipJsonTest.read(RelationshipJsonTest.agreementWithOutcomesJson(), Agreement.class);
        all.add(withOutcomes);
        all.add(withOutcomes.outcomeCoverage());
        all.addAll(dev.partnering.outcome.OutcomeTracker.standard().progress(withOutcomes.outcomes(), List.of(february)));
        all.add(RelationshipJsonTest.read(RelationshipJsonTest.ESCALATION_WITH_OUTCOME, dev.partnering.governance.Escalation.class));
        // several suppliers in one room: the agreement (accountability of every kind, joint arrangement), party
        // scorecards, statements with payments and remedies against suppliers
        Agreement multi = dev.partnering.MultiSupplierFixtures.withIncentives();
        all.add(multi);
        all.add(dev.partnering.evaluation.PartyScorecardCalculator.standard().calculate(multi, MARCH,
                dev.partnering.MultiSupplierFixtures.march()));
        all.add(dev.partnering.evaluation.MultiSupplierIncentiveCalculator.standard().calculate(multi, List.of(MARCH),
                dev.partnering.MultiSupplierFixtures.march(), List.of(), Map.of(MARCH, Map.of("shared-gain",
                        dev.partnering.incentive.CostOutcome.savings(Money.of("10000.02", "SEK"))))));
        all.add(dev.partnering.evaluation.MultiSupplierIncentiveCalculator.standard().calculate(
                dev.partnering.MultiSupplierFixtures.withRemedies(), List.of(MARCH),
                dev.partnering.MultiSupplierFixtures.marchBelowMinimum(), List.of(), Map.of()));
        // the measurements of a month in columns
        all.add(dev.partnering.kpi.MeasurementTable.of(dev.partnering.MultiSupplierFixtures.march()));
        // scopes and the analysis per supplier
        Agreement scoped = dev.partnering.Fixtures.agreement().withScopes(List.of(
                dev.partnering.agreement.Scope.of("north", "North", new BigDecimal("3")),
                dev.partnering.agreement.Scope.of("south", "South", BigDecimal.ONE)));
        all.add(scoped);
        all.add(dev.partnering.evaluation.ScopeScorecardCalculator.standard().calculate(scoped, MARCH, List.of(
                dev.partnering.Fixtures.measurement(dev.partnering.Fixtures.AVAILABILITY, "2026-03", "99.5").withScope("north"))));
        Map<ReportingPeriod, Map<String, dev.partnering.incentive.CostOutcome>> costs = Map.of(MARCH, Map.of("shared-gain",
                dev.partnering.incentive.CostOutcome.savings(Money.of("10000.02", "SEK"))));
        all.add(dev.partnering.analysis.BackTester.compareSuppliers(multi, multi, List.of(MARCH),
                dev.partnering.MultiSupplierFixtures.march(), List.of(), costs));
        all.add(dev.partnering.analysis.BalanceAnalyzer.analyzeSuppliers(multi, Money.of("250000.00", "SEK"), 12));
        all.add(dev.partnering.analysis.Simulator.simulateSuppliers(multi, MARCH, Map.of(dev.partnering.Fixtures.AVAILABILITY, dev.partnering.incentive.KpiDistribution.sampled(List.of(new BigDecimal("99.25")))), costs.get(MARCH), 3, 1L));
        return all;
    }

    @Test
    void theTwoComputationsAreIndependent() {
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            Class<?> c = first.get(i).getClass();
            if (!(c.isRecord() && c.getRecordComponents().length == 0)) { // rules without parameters are shared constants
                assertNotSame(first.get(i), second.get(i), "result " + i + " must be computed anew, not shared");
            }
        }
    }

    @Test
    void everyValueEqualsItsTwinWithTheSameHash() {
        Walk walk = new Walk();
        for (int i = 0; i < first.size(); i++) {
            walk.pair(first.get(i), second.get(i), "result[" + i + "] " + first.get(i).getClass().getSimpleName(), 0);
        }
        assertTrue(walk.failures.isEmpty(), "values that do not equal their twin:\n" + String.join("\n", walk.failures));
    }

    @Test
    void theWalkMeetsEveryPublicValueTypeOfCore() {
        Walk walk = new Walk();
        for (int i = 0; i < first.size(); i++) {
            walk.pair(first.get(i), second.get(i), "result[" + i + "]", 0);
        }
        Set<String> expected = new TreeSet<>(publicValueTypesOfCore());
        expected.removeAll(walk.met);
        assertTrue(expected.isEmpty(), "public value types of core the walk never met (add a result that holds one): "
                + expected);
        assertTrue(publicTypesOfCore().containsAll(NOT_VALUES.keySet()), "NOT_VALUES names a type core does not have");
    }

    @Test
    void theFamilyFailsForATypeThatComparesByIdentity() {
        // the walk itself, on a value of an identity type: it must report it
        Walk walk = new Walk(c -> c == IdentityOnly.class ? c : null);
        walk.pair(new IdentityOnly(), new IdentityOnly(), "identity", 0);
        assertEquals(1, walk.failures.size(), String.valueOf(walk.failures));
    }

    /** A stand-in for a type without value equality. */
    static final class IdentityOnly {
    }

    /** Walks two object graphs side by side through the public zero-argument methods of core's types. */
    static final class Walk {
        final List<String> failures = new ArrayList<>();
        final Set<String> met = new TreeSet<>();
        private final Map<Object, Boolean> visited = new IdentityHashMap<>();
        private final Function<Class<?>, Class<?>> typeOf;

        /** A walk over core's types: each object counts as its public type, objects of other packages are skipped. */
        Walk() {
            this(c -> c.getName().startsWith("dev.partnering.") && !c.getName().startsWith("dev.partnering.jackson.")
                    ? publicType(c) : null);
        }

        /** @param typeOf  the type an object of a class counts as, null to skip it */
        Walk(Function<Class<?>, Class<?>> typeOf) {
            this.typeOf = typeOf;
        }

        void pair(Object a, Object b, String path, int depth) {
            if (a == null || b == null) {
                if (a != b) {
                    failures.add(path + ": " + a + " vs " + b);
                }
                return;
            }
            if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
                if (oa.isPresent() != ob.isPresent()) {
                    failures.add(path + ": present only on one side");
                } else if (oa.isPresent()) {
                    pair(oa.get(), ob.get(), path + ".get()", depth);
                }
                return;
            }
            if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
                elements(new ArrayList<>(ma.values()), new ArrayList<>(mb.values()), path, depth);
                elements(new ArrayList<>(ma.keySet()), new ArrayList<>(mb.keySet()), path + ".keys", depth);
                return;
            }
            if (a instanceof Collection<?> ca && b instanceof Collection<?> cb) {
                elements(new ArrayList<>(ca), new ArrayList<>(cb), path, depth);
                return;
            }
            Class<?> type = typeOf.apply(a.getClass());
            if (type == null || type.isEnum()) {
                return;
            }
            met.add(type.getName());
            if (!a.equals(b) || a.hashCode() != b.hashCode()) {
                failures.add(path + " (" + type.getName() + "): " + (a.equals(b) ? "equal, but hash codes differ"
                        : "not equal") + " to its twin");
                return;
            }
            if (visited.put(a, Boolean.TRUE) != null || LEAVES.contains(type) || depth > 12) {
                return;
            }
            for (Method m : accessors(type)) {
                Object va;
                Object vb;
                try {
                    va = m.invoke(a);
                    vb = m.invoke(b);
                } catch (InvocationTargetException | IllegalAccessException e) {
                    continue;
                }
                pair(va, vb, path + "." + m.getName() + "()", depth + 1);
            }
        }

        private void elements(List<?> a, List<?> b, String path, int depth) {
            if (a.size() != b.size()) {
                failures.add(path + ": " + a.size() + " elements vs " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                pair(a.get(i), b.get(i), path + "[" + i + "]", depth);
            }
        }
    }

    /** @return the public zero-argument instance methods of a core type, in name order */
    static List<Method> accessors(Class<?> type) {
        return Stream.of(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && m.getReturnType() != void.class && m.getDeclaringClass().getName().startsWith("dev.partnering.")
                        && !Set.of("hashCode", "toString").contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .collect(Collectors.toList());
    }

    /** @return the class itself if it is public (and its enclosing classes too), else its nearest such superclass */
    static Class<?> publicType(Class<?> c) {
        for (Class<?> t = c; t != null && t != Object.class; t = t.getSuperclass()) {
            if (isPublic(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean isPublic(Class<?> t) {
        for (Class<?> e = t; e != null; e = e.getEnclosingClass()) {
            if (!Modifier.isPublic(e.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** @return the names of the public types of core's exported packages, found in its compiled classes */
    static Set<String> publicTypesOfCore() {
        Set<String> names = new TreeSet<>();
        try {
            URI location = Money.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path root = Path.of(location);
            if (Files.isDirectory(root)) {
                collect(root, names);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(root)) {
                    collect(jar.getPath("/"), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void collect(Path root, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext();) {
                String file = root.relativize(it.next()).toString().replace('\\', '/');
                if (!file.startsWith("dev/partnering/") || !file.endsWith(".class") || file.contains("/internal/")
                        || file.endsWith("module-info.class") || file.endsWith("package-info.class")) {
                    continue;
                }
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                Class<?> c = load(name);
                if (c != null && !c.isAnonymousClass() && !c.isSynthetic() && isPublic(c)) {
                    names.add(c.getName());
                }
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Money.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** @return the public types of core that are values: not enums, interfaces, exceptions, builders or {@link #NOT_VALUES} */
    static Set<String> publicValueTypesOfCore() {
        Set<String> values = new TreeSet<>();
        for (String name : publicTypesOfCore()) {
            Class<?> c = load(name);
            if (c.isEnum() || c.isInterface() || c.isAnnotation() || Throwable.class.isAssignableFrom(c)
                    || c.getSimpleName().equals("Builder") || NOT_VALUES.containsKey(name)) {
                continue;
            }
            values.add(name);
        }
        return values;
    }

    @Test
    void theCalculatorsExplanationsStayFarBelowTheDepthLimit() {
        // the limit is for what users build; the SDK's own explanations are a few levels deep
        int deepest = 0;
        for (Object r : first) {
            for (Method m : accessors(r.getClass())) {
                if (m.getName().equals("explanation") && m.getReturnType() == Explanation.class) {
                    try {
                        deepest = Math.max(deepest, ((Explanation) m.invoke(r)).depth());
                    } catch (ReflectiveOperationException e) {
                        fail(e);
                    }
                }
            }
        }
        assertTrue(deepest >= 2 && deepest <= Explanation.MAX_DEPTH / 4, "deepest calculator explanation: " + deepest);
    }
}
