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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;

/**
 * Every public value type and result of the core has a format in the module (a reader and writer of
 * its own, or Jackson's reading and a writing mix-in): a type added to the core without one fails here instead of
 * being written by Jackson's defaults.
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
        Set<Class<?>> formats = new HashSet<>();
        Formats.all().forEach(f -> formats.add(f.type()));
        // or read by Jackson (through a builder or creator) and written through a mix-in
        for (Class<?> c : dev.partnering.jackson.common.mixin.BuilderMixins.read()) {
            if (dev.partnering.jackson.common.mixin.PartneringMixins.all().containsKey(c)) {
                formats.add(c);
            }
        }
        Set<String> missing = new TreeSet<>();
        List<String> names = coreClassNames();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, Agreement.class.getClassLoader());
            if (isValueType(c) && !formats.contains(c)) {
                missing.add(name);
            }
        }
        assertTrue(names.size() > 100, "found only " + names.size() + " classes of the core");
        assertEquals(Set.of(), missing);
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
