package dev.partnering.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.partnering.Fixtures;
import dev.partnering.MultiSupplierFixtures;
import dev.partnering.analysis.BackTester;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.jackson.GoldenValues;
import dev.partnering.jackson.common.internal.Results;
import dev.partnering.jackson.common.internal.Words;
import dev.partnering.jackson.common.mixin.PartneringMixins;
import dev.partnering.jackson3.JsonModules.Problem;
import dev.partnering.jackson3.JsonModules.Refused;
import dev.partnering.period.ReportingPeriod;

/**
 * The results, written only, never read back: for every result type of jackson-common's table
 * ({@link Results#refusals()}), reading a value of it on its own — a real value, written, where the
 * golden files' values hold one, and {@code {}} — is refused by both modules alike: one problem at
 * {@code $}, the table's message ("X is a result, written only, never read back: …"), line 1, column
 * 1; in a list, at the element's path. Jackson 3 no longer calls a result a type it "cannot read yet".
 */
class BothModulesResultsTest {

    private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

    /** @return the value of a golden file */
    private static Object golden(String file) {
        return GoldenValues.v1().get(file).get().value();
    }

    /** Jackson 2's mapper with the module: its bean descriptions say what each value's writing mix-in writes. */
    private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 = dev.partnering.jackson.PartneringJson.mapper();

    /** A real value of each result type that the golden files' values (and a back-test of several suppliers) hold. */
    private static final Map<Class<?>, Object> FOUND = found();

    /** @return the first value of each result type met walking the golden files' values through their accessors */
    private static Map<Class<?>, Object> found() {
        Deque<Object> todo = new ArrayDeque<>();
        GoldenValues.v1().values().forEach(d -> todo.add(d.get().value()));
        todo.add(BackTester.compareSuppliers(MultiSupplierFixtures.withIncentives(), MultiSupplierFixtures.withIncentives(),
                List.of(MARCH), MultiSupplierFixtures.march(), List.of(),
                Map.of(MARCH, Map.of("shared-gain", CostOutcome.savings(Fixtures.sek("10000.02"))))));
        // results that no golden file holds, computed from the golden files' inputs
        dev.partnering.agreement.Agreement agreement = GoldenValues.agreement();
        todo.add(agreement.outcomeCoverage());
        todo.add(dev.partnering.kpi.Attainment.of(agreement.kpis().get(0), new java.math.BigDecimal("99.5")));
        dev.partnering.amendment.AgreementHistory history = (dev.partnering.amendment.AgreementHistory) golden(
                "agreement-history.json");
        todo.add(history.diff(1, history.versions().size()));
        @SuppressWarnings("unchecked")
        List<dev.partnering.action.Minutes> minutes = (List<dev.partnering.action.Minutes>) golden("minutes.json");
        todo.add(dev.partnering.action.ActionRegister.of(agreement.governance(), minutes));
        ((dev.partnering.scorecard.Standings) golden("standings.json")).standingOf(
                (dev.partnering.scorecard.Scorecard) golden("scorecard.json")).ifPresent(todo::add);
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        Set<Object> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Object v = todo.pop();
            if (!seen.add(v)) {
                continue;
            }
            if (v instanceof Collection<?> c) {
                c.stream().filter(java.util.Objects::nonNull).forEach(todo::add);
                continue;
            }
            if (v instanceof Map<?, ?> m) {
                m.keySet().forEach(todo::add);
                m.values().stream().filter(java.util.Objects::nonNull).forEach(todo::add);
                continue;
            }
            if (v instanceof Optional<?> o) {
                o.ifPresent(todo::add);
                continue;
            }
            if (!Builders.isSdk(v.getClass()) || v.getClass().isEnum()) {
                continue;
            }
            for (Class<?> type : Results.refusals().keySet()) {
                if (type.isInstance(v)) {
                    found.putIfAbsent(type, v);
                }
            }
            todo.addAll(written(v));
        }
        return found;
    }

    /**
     * @return the values a value is written with: the properties of its writing mix-in (of the public type
     *         of the SDK it is written as), never a derived value, so the walk ends
     */
    private static List<Object> written(Object v) {
        Class<?> type = publicType(v.getClass());
        List<Object> values = new java.util.ArrayList<>();
        if (type == null) {
            return values;
        }
        com.fasterxml.jackson.databind.SerializationConfig config = JACKSON2.getSerializationConfig();
        for (com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition p
                : config.introspect(JACKSON2.constructType(type)).findProperties()) {
            com.fasterxml.jackson.databind.introspect.AnnotatedMember accessor = p.getAccessor();
            if (accessor != null) {
                Object a = accessor.getValue(v);
                if (a != null) {
                    values.add(a);
                }
            }
        }
        return values;
    }

    /** @return the class or the first of its supertypes that has a writing mix-in, or null */
    private static Class<?> publicType(Class<?> c) {
        Deque<Class<?>> types = new ArrayDeque<>(List.of(c));
        while (!types.isEmpty()) {
            Class<?> t = types.pop();
            if (PartneringMixins.all().containsKey(t)) {
                return t;
            }
            types.addAll(List.of(t.getInterfaces()));
            if (t.getSuperclass() != null) {
                types.add(t.getSuperclass());
            }
        }
        return null;
    }

    /** @return each result type with its JSON: a real value written, where one is at hand, and {@code {}} */
    static Stream<Arguments> results() {
        return Results.refusals().keySet().stream().flatMap(type -> {
            Stream<Arguments> empty = Stream.of(Arguments.of(Words.name(type), "{}", type));
            Object value = FOUND.get(type);
            return value == null ? empty
                    : Stream.concat(Stream.of(Arguments.of(Words.name(type) + " written", JsonModules.JACKSON2.write(value),
                            type)), empty);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void bothModulesRefuseAResultOnItsOwnWithTheSameProblem(String name, String json, Class<?> type) {
        String message = Results.refusals().get(type);
        for (JsonModules module : JsonModules.values()) {
            Refused e = assertThrows(Refused.class, () -> module.read(json, type, false), module + " must refuse " + name);
            assertEquals(List.of(new Problem("$", message, List.of(), 1, 1)), e.problems(), module + ": " + e.getMessage());
            assertEquals("$", e.jsonPath());
            assertTrue(e.getMessage().contains(message), e.getMessage());
            assertFalse(e.getMessage().contains("yet"), e.getMessage()); // not "cannot be read with Jackson 3 yet"
        }
        // and in a list: its first element, at its own path (a list read on its own stops at its first refused value), alike
        String list = "[" + json + ", " + json + "]";
        for (JsonModules module : JsonModules.values()) {
            Refused e = assertThrows(Refused.class, () -> module.read(list, type, true), module + " must refuse " + name);
            assertEquals(List.of(new Problem("$[0]", message, List.of(), 1, 2)), e.problems(), module + ": " + e.getMessage());
        }
    }

    @Test
    void theWrittenValuesAreRealOnesOfMostResults() {
        // every result of a document kind, and most of their parts, is found in the golden files' values
        Set<Class<?>> documents = Set.of(dev.partnering.term.TermStatus.class, dev.partnering.term.TermTimeline.class,
                dev.partnering.lifecycle.ReadinessReport.class, dev.partnering.analysis.BalanceReport.class,
                dev.partnering.analysis.SimulationReport.class, dev.partnering.analysis.BackTest.class,
                dev.partnering.trust.SignalTally.class, dev.partnering.trust.TrustReport.class,
                dev.partnering.governance.GovernanceReport.class, dev.partnering.health.HealthReport.class,
                dev.partnering.action.ActionReport.class, dev.partnering.risk.RiskReview.class,
                dev.partnering.improvement.BacklogReport.class, dev.partnering.analysis.MultiSupplierBackTest.class);
        assertTrue(FOUND.keySet().containsAll(documents), FOUND.keySet().toString());
        System.out.println("real values of " + FOUND.size() + " of " + Results.refusals().size() + " results; {} only for "
                + Results.refusals().keySet().stream().filter(c -> !FOUND.containsKey(c)).map(Words::name).toList());
        assertTrue(FOUND.size() >= 45, FOUND.size() + " of " + Results.refusals().size());
    }

    @Test
    void aResultReadInsideItsHolderIsReadThereOnly() throws Exception {
        // an agreement's version is a result on its own, and read inside the history that holds it (golden file)
        String history = Json3Testing.golden("agreement-history.json");
        Object expected = GoldenValues.v1().get("agreement-history.json").get().value();
        for (JsonModules module : JsonModules.values()) {
            assertEquals(expected, module.readDocument(history).value());
        }
        assertTrue(FOUND.containsKey(dev.partnering.amendment.AgreementVersion.class));
    }
}
