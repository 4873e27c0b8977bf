package dev.partnering;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of the core, kept by the build: no cycles between the domain packages,
 * {@code internal} at the bottom, and no framework on the classpath of the core.
 */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = CoreClasses.imported();
        // a rule over no classes passes vacuously: make sure the core's own classes were found
        assertTrue(core.size() > 150, "imported only " + core.size() + " classes");
        assertTrue(core.contain(dev.partnering.agreement.Agreement.class));
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.partnering.(*)..").should().beFreeOfCycles().check(core);
    }

    /** Each package on its own, a package's {@code internal} included (as {@code jdeps} sees the jar). */
    @Test
    void everyPackageIsFreeOfCycles() {
        slices().matching("dev.partnering.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void internalDependsOnNoDomainPackage() {
        noClasses().that().resideInAPackage("dev.partnering.internal..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.partnering.agreement..", "dev.partnering.amendment..", "dev.partnering.analysis..",
                        "dev.partnering.evaluation..", "dev.partnering.explanation..", "dev.partnering.governance..",
                        "dev.partnering.health..", "dev.partnering.incentive..", "dev.partnering.kpi..",
                        "dev.partnering.lifecycle..", "dev.partnering.money..", "dev.partnering.party..",
                        "dev.partnering.period..", "dev.partnering.scorecard..", "dev.partnering.term..",
                        "dev.partnering.trust..", "dev.partnering.outcome..", "dev.partnering.action..", "dev.partnering.risk..", "dev.partnering.improvement..")
                .check(core);
    }

    @Test
    void definitionsDoNotDependOnTheCalculatorsAboveThem() {
        noClasses().that().resideInAnyPackage("dev.partnering.kpi..", "dev.partnering.term..",
                        "dev.partnering.governance..", "dev.partnering.scorecard..", "dev.partnering.incentive..",
                        "dev.partnering.agreement..", "dev.partnering.trust..", "dev.partnering.outcome..",
                        "dev.partnering.action..", "dev.partnering.risk..", "dev.partnering.improvement..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.partnering.evaluation..",
                        "dev.partnering.analysis..", "dev.partnering.amendment..", "dev.partnering.lifecycle..",
                        "dev.partnering.health..")
                .check(core);
    }

    @Test
    void theBaseDependsOnNothingAboveIt() {
        // money, periods, parties and explanations sit below every definition, the agreement and the calculators
        noClasses().that().resideInAnyPackage("dev.partnering.money..", "dev.partnering.period..",
                        "dev.partnering.party..", "dev.partnering.explanation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.partnering.kpi..", "dev.partnering.term..",
                        "dev.partnering.governance..", "dev.partnering.scorecard..", "dev.partnering.incentive..",
                        "dev.partnering.trust..", "dev.partnering.outcome..", "dev.partnering.action..",
                        "dev.partnering.risk..", "dev.partnering.improvement..", "dev.partnering.agreement..",
                        "dev.partnering.evaluation..", "dev.partnering.analysis..", "dev.partnering.amendment..",
                        "dev.partnering.lifecycle..", "dev.partnering.health..")
                .check(core);
    }

    @Test
    void theCoreUsesNoReflection() {
        // the design card: no reflection tricks; each value checks its own attributes explicitly
        noClasses().should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
                .check(core);
    }

    @Test
    void theCoreUsesNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..",
                "org.springframework..", "jakarta.inject..", "javax.inject..", "com.google.common..")
                .check(core);
    }
}
