package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.partnering.agreement.Agreement;
import dev.partnering.explanation.Step;
import dev.partnering.governance.GovernanceReport;
import dev.partnering.incentive.IncentiveContext;
import dev.partnering.lifecycle.ReadinessReport;
import dev.partnering.trust.TrustReport;

/**
 * The module boundary of the core: internal packages ({@code ….internal}) are never exported to
 * everyone (at most to a named module of the SDK), and what only the SDK's own calculators make is
 * not reachable through the exported API.
 */
class ModuleBoundaryTest {

    private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*(to\\s+[\\w.,\\s]+)?;");

    private static boolean isInternal(String pkg) {
        return Arrays.asList(pkg.split("\\.")).contains("internal");
    }

    @Test
    void theModuleInfoSourceExportsNoInternalPackageToEveryone() throws IOException {
        Path source = Path.of("src/main/java/module-info.java");
        assertTrue(Files.isRegularFile(source), "run from the core module's directory: " + source.toAbsolutePath());
        String text = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        List<String> exported = new ArrayList<>();
        List<String> unqualifiedInternal = new ArrayList<>();
        Matcher m = EXPORTS.matcher(text);
        while (m.find()) {
            exported.add(m.group(1));
            if (isInternal(m.group(1)) && m.group(2) == null) {
                unqualifiedInternal.add(m.group(1));
            }
        }
        // the parse must have found the module's exports, or the check below says nothing
        assertTrue(exported.contains("dev.partnering.agreement"), exported.toString());
        assertEquals(List.of(), unqualifiedInternal, "internal packages exported to everyone");
    }

    @Test
    void theRunningModuleExportsNoInternalPackageToEveryone() {
        Module core = Agreement.class.getModule();
        if (!core.isNamed()) {
            return; // on the class path there is no module; the source check above still holds
        }
        ModuleDescriptor d = core.getDescriptor();
        List<String> internal = core.getPackages().stream().filter(ModuleBoundaryTest::isInternal).sorted().toList();
        assertTrue(internal.contains("dev.partnering.internal"), internal.toString());
        for (String pkg : internal) {
            assertFalse(d.exports().stream().anyMatch(e -> e.source().equals(pkg) && !e.isQualified()),
                    pkg + " is exported to everyone");
        }
        assertTrue(d.exports().stream().anyMatch(e -> e.source().equals("dev.partnering.agreement") && !e.isQualified()));
    }

    @Test
    void onlyTheSdkMakesLazyStepsContextsAndReports() {
        List<String> found = new ArrayList<>();
        for (Method m : Step.class.getMethods()) {
            if (m.getName().equals("lazy")) {
                found.add("Step." + m.getName());
            }
        }
        for (Class<?> c : List.of(IncentiveContext.class, IncentiveContext.Past.class)) {
            if (!c.isInterface()) {
                found.add(c.getName() + " is a class");
            }
            Arrays.stream(c.getConstructors()).forEach(k -> found.add(k.toString()));
            Arrays.stream(c.getMethods()).filter(k -> Modifier.isStatic(k.getModifiers()))
                    .forEach(k -> found.add(k.toString()));
        }
        // reports are made by the calculators, and rebuilt from their parts by the JSON module only
        for (Class<?> c : List.of(TrustReport.class, GovernanceReport.class, ReadinessReport.class)) {
            Arrays.stream(c.getConstructors()).forEach(k -> found.add(k.toString()));
            Arrays.stream(c.getMethods()).filter(k -> Modifier.isStatic(k.getModifiers()) && k.getName().equals("of"))
                    .forEach(k -> found.add(k.toString()));
        }
        assertEquals(List.of(), found, "public factories of what only the SDK makes");
    }
}
