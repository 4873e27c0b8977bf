package dev.partnering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;

/**
 * Every public value type and result of the core has a format in the module: it is written through
 * its mix-in (or is a scalar of the format) and read by Jackson through its builder or creator, or it
 * is a result the module refuses to read ({@code Results} of jackson-common): a type added to the core
 * without one fails here instead of being written by Jackson's defaults.
 */
class FormatCoverageTest {

    /**
     * Public classes of the core that are not values: calculators and checks (stateless), the
     * context a component is given while it evaluates a period, and the exceptions.
     */
    private static final Set<String> NOT_VALUES = Set.of(
            "dev.partnering.ValidationException", "dev.partnering.money.CurrencyMismatchException",
            "dev.partnering.kpi.Aggregator", "dev.partnering.evaluation.ScorecardCalculator",
            "dev.partnering.evaluation.IncentiveCalculator", "dev.partnering.analysis.BalanceAnalyzer",
            "dev.partnering.analysis.BackTester", "dev.partnering.analysis.Simulator",
            "dev.partnering.incentive.ConsortiumSplit", "dev.partnering.incentive.IncentiveContext",
            "dev.partnering.incentive.IncentiveContext$Past", "dev.partnering.incentive.IncentiveTerms",
            "dev.partnering.term.ContractTermCalculator",
            "dev.partnering.lifecycle.Lifecycle", "dev.partnering.lifecycle.HandoverCheck",
            "dev.partnering.lifecycle.ExitReadinessCheck", "dev.partnering.lifecycle.GovernancePlaybook",
            "dev.partnering.trust.TrustCalculator", "dev.partnering.evaluation.GovernanceCalculator",
            "dev.partnering.health.HealthCalculator", "dev.partnering.evaluation.PartyScorecardCalculator",
            "dev.partnering.evaluation.ScopeScorecardCalculator",
            "dev.partnering.evaluation.MultiSupplierIncentiveCalculator", "dev.partnering.evaluation.ContractYearScores",
            "dev.partnering.evaluation.IncompleteDataException", "dev.partnering.outcome.OutcomeTracker");

    @Test
    void everyPublicValueTypeOfTheCoreHasAFormat() throws Exception {
        java.util.Map<Class<?>, Class<?>> writing = dev.partnering.jackson.common.mixin.PartneringMixins.all();
        Set<Class<?>> read = dev.partnering.jackson.common.mixin.BuilderMixins.read();
        java.util.Map<Class<?>, String> results = dev.partnering.jackson.common.internal.Results.refusals();
        Set<String> unwritten = new TreeSet<>();
        Set<String> unread = new TreeSet<>();
        List<Class<?>> types = valueTypes();
        for (Class<?> c : types) {
            // written through its mix-in, or a scalar of the format with the module's own serializer
            if (!writing.containsKey(c) && !SCALARS.contains(c)) {
                unwritten.add(c.getName());
            }
            // read by Jackson (through a builder or creator, or the scalar's own deserializer), or a result refused
            if (!read.contains(c) && !SCALARS.contains(c) && !results.containsKey(c)) {
                unread.add(c.getName());
            }
        }
        assertTrue(coreClassNames().size() > 100, "found only " + coreClassNames().size() + " classes of the core");
        assertTrue(types.contains(dev.partnering.trust.SignalTally.Count.class), types.toString());
        assertEquals(Set.of(), unwritten);
        assertEquals(Set.of(), unread);
        // and the table of results names value types of the core only
        assertEquals(List.of(), results.keySet().stream().filter(c -> !types.contains(c)).map(Class::getName).toList());
    }

    /** The scalars of the format, written and read by the module's own serializers and deserializers (or creator). */
    private static final Set<Class<?>> SCALARS = Set.of(dev.partnering.money.Money.class,
            dev.partnering.period.ReportingPeriod.class);

    /**
     * @return every public value type and result of the core (outside its internal packages), each of
     *         which the module has a format for, never null
     */
    static List<Class<?>> valueTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (String name : coreClassNames()) {
            Class<?> c = Class.forName(name, false, Agreement.class.getClassLoader());
            if (isValueType(c)) {
                types.add(c);
            }
        }
        return types;
    }

    private static boolean isValueType(Class<?> c) {
        return Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isPublic(
                c.getEnclosingClass().getModifiers())) && !c.isEnum() && !c.isAnnotation() && !c.isAnonymousClass()
                && !c.getSimpleName().equals("Builder") && !Throwable.class.isAssignableFrom(c)
                && !NOT_VALUES.contains(c.getName());
    }

    /** @return the names of the core's classes outside its internal (not exported) packages, from its directory or jar */
    private static List<String> coreClassNames() throws IOException, URISyntaxException {
        Path location = Path.of(Agreement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                walk.filter(p -> p.toString().endsWith(".class"))
                        .forEach(p -> files.add(location.relativize(p).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    files.add(e.nextElement().getName());
                }
            }
        }
        return files.stream().filter(f -> f.startsWith("dev/partnering/") && f.endsWith(".class"))
                .filter(f -> !f.contains("/internal/") && !f.endsWith("package-info.class")
                        && !f.endsWith("module-info.class"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).sorted().toList();
    }
}
