package dev.partnering.amendment;

import dev.partnering.lifecycle.LifecycleFixtures;
import dev.partnering.term.OptionExercise;

import static dev.partnering.lifecycle.LifecycleFixtures.agreement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.period.ReportingPeriod;

class AgreementHistoryTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final Amendment KPI_REVIEW = Amendment.of(d("2027-01-01"), "Annual KPI review",
            AgreementChange.targetChanged("incident-response", new BigDecimal("92"), new BigDecimal("96"), new BigDecimal("99")),
            AgreementChange.incentiveChanged("gain share raised from 40 % to 50 % of savings"));

    private static final Amendment OPTION_AND_STAFF = Amendment.of(d("2028-05-10"), "Option 1 exercised; new delivery manager",
            AgreementChange.optionExercised(1), AgreementChange.roleRestaffed("sup-delivery", "Carl Dahl"));

    static AgreementHistory threeVersions() {
        return AgreementHistory.of(agreement()).amend(KPI_REVIEW).amend(OPTION_AND_STAFF);
    }

    private static List<String> rules(ValidationException e) {
        return e.violations().stream().map(Violation::toString).toList();
    }

    @Test
    void theOriginalIsInForceFromTheTermStart() {
        AgreementHistory h = AgreementHistory.of(agreement());
        assertEquals(1, h.current().number());
        assertEquals(d("2026-01-01"), h.current().effectiveFrom());
        assertEquals(Optional.empty(), h.current().amendment());
        assertEquals(Optional.empty(), h.inForceOn(d("2025-12-31")));
        assertEquals(1, h.inForceOn(d("2026-01-01")).orElseThrow().number());
    }

    @Test
    void inForceOnPicksTheLatestVersionNotAfterTheDate() {
        AgreementHistory h = threeVersions();
        assertEquals(1, h.inForceOn(d("2026-12-31")).orElseThrow().number());
        assertEquals(2, h.inForceOn(d("2027-01-01")).orElseThrow().number());
        assertEquals(2, h.inForceOn(d("2028-05-09")).orElseThrow().number());
        assertEquals(3, h.inForceOn(d("2028-05-10")).orElseThrow().number());
        assertEquals(3, h.inForceOn(d("2035-01-01")).orElseThrow().number());
    }

    @Test
    void aPastPeriodUsesTheTermsInForceAtItsStart() {
        // 2026-Q4 starts 2026-10-01, before the 2027-01-01 review: the old target 95 applies
        AgreementHistory h = threeVersions();
        Agreement q4 = h.inForceDuring(ReportingPeriod.quarter(2026, 4)).orElseThrow().agreement();
        assertEquals(List.of(new BigDecimal("95")), q4.kpiVersions("incident-response").stream()
                .map(k -> k.target().orElseThrow()).toList());
        Agreement q1 = h.inForceDuring(ReportingPeriod.quarter(2027, 1)).orElseThrow().agreement();
        assertEquals(2, q1.kpiVersions("incident-response").size());
    }

    @Test
    void aTargetChangeAddsTheNextVersionCopiedFromTheOneInForce() {
        Agreement v2 = threeVersions().version(2).agreement();
        KpiDefinition revised = v2.kpiVersions("incident-response").get(1);
        KpiDefinition original = LifecycleFixtures.incidentResponse();
        assertEquals(2, revised.version());
        assertEquals(d("2027-01-01"), revised.effectiveFrom());
        assertEquals(Optional.of(new BigDecimal("92")), revised.minimum());
        assertEquals(Optional.of(new BigDecimal("96")), revised.target());
        assertEquals(Optional.of(new BigDecimal("99")), revised.stretch());
        assertEquals(original.dataSource(), revised.dataSource());
        assertEquals(original.measurementMethod(), revised.measurementMethod());
        assertEquals(original.aggregation(), revised.aggregation());
        assertEquals(original.frequency(), revised.frequency());
        assertEquals(original.maxAttainment(), revised.maxAttainment());
    }

    @Test
    void optionAndRestaffingChangeTheAgreementAndLeaveEarlierVersionsAlone() {
        AgreementHistory h = threeVersions();
        Agreement v3 = h.current().agreement();
        assertEquals(List.of(OptionExercise.of(1, d("2028-05-10"))), v3.term().exercises());
        assertEquals(d("2029-12-31"), v3.term().currentEndDate());
        assertEquals(Optional.of("Carl Dahl"), v3.governance().role("sup-delivery").orElseThrow().holder());
        assertEquals(Optional.of("Anna Berg"), h.version(2).agreement().governance().role("sup-delivery").orElseThrow().holder());
        assertEquals(List.of(), h.version(2).agreement().term().exercises());
    }

    @Test
    void anIncentiveChangeIsRecordedWithoutChangingTheAgreementValue() {
        AgreementHistory h = AgreementHistory.of(agreement()).amend(Amendment.of(d("2026-06-01"), "Incentives",
                AgreementChange.incentiveChanged("pain share cap lowered to 5 %")));
        assertEquals(h.version(1).agreement(), h.version(2).agreement());
        assertTrue(h.diff(1, 2).isEmpty());
        assertEquals(AgreementChange.Kind.INCENTIVE_CHANGED, h.diff(1, 2).amendments().get(0).changes().get(0).kind());
    }

    @Test
    void aRevisedKpiMustTakeEffectOnTheAmendmentDate() {
        KpiDefinition v2 = KpiDefinition.builder().id("change-lead-time").name("Standard change lead time").unit("days")
                .direction(dev.partnering.kpi.Direction.LOWER_IS_BETTER).thresholds(new BigDecimal("8"), new BigDecimal("4"))
                .dataSource("ServiceNow").measurementMethod("P90").effectiveFrom(d("2027-02-01")).version(2).build();
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementHistory.of(agreement())
                .amend(Amendment.of(d("2027-01-01"), "Lead time", AgreementChange.kpiRevised(v2))));
        assertEquals(List.of("changes[0].revision.effectiveFrom: kpi 'change-lead-time' version 2 is effective from"
                + " 2027-02-01, but the amendment from 2027-01-01"), rules(e));
        Agreement revised = AgreementHistory.of(agreement())
                .amend(Amendment.of(d("2027-02-01"), "Lead time", AgreementChange.kpiRevised(v2))).current().agreement();
        assertEquals(List.of(1, 2), revised.kpiVersions("change-lead-time").stream().map(KpiDefinition::version).toList());
    }

    @Test
    void everyChangeThatCannotBeAppliedIsReported() {
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementHistory.of(agreement())
                .amend(Amendment.of(d("2027-01-01"), "Mixed up",
                        AgreementChange.optionExercised(2),
                        AgreementChange.roleRestaffed("cto", "Kim"),
                        AgreementChange.roleRestaffed("sup-ops", "Sara Nyberg"),
                        AgreementChange.targetChanged("uptime", BigDecimal.ONE, BigDecimal.TEN))));
        assertEquals(List.of(
                "changes[0].exercises[0].optionNumber: option 2 cannot be exercised first: options are exercised in order,"
                        + " so the next is option 1",
                "changes[1].roleId: role 'cto' is not a role of the governance",
                "changes[2].holder: role 'sup-ops' is already held by Sara Nyberg",
                "changes[3].kpiId: kpi 'uptime' is not a KPI of the agreement"), rules(e));
    }

    @Test
    void amendmentsAreRecordedInDateOrder() {
        AgreementHistory h = threeVersions();
        ValidationException e = assertThrows(ValidationException.class, () -> h.amend(Amendment.of(d("2028-05-10"),
                "Same day", AgreementChange.roleRestaffed("sup-ops", "Kim Ek"))));
        assertEquals(List.of("effectiveFrom: amendment 'Same day' effective 2028-05-10 must be after version 3 (in force from"
                + " 2028-05-10); amendments are recorded in date order and one day's changes go in one amendment"), rules(e));
        assertEquals(3, h.versions().size());
    }

    @Test
    void aHistoryIsRestoredFromItsVersionsOnlyIfEachFollowsFromItsAmendment() {
        AgreementHistory h = threeVersions();
        assertEquals(h, AgreementHistory.restore(h.versions()));
        List<AgreementVersion> v = h.versions();

        // version 3 stored with version 2's agreement: the amendment of version 3 does not produce it
        List<AgreementVersion> wrongAgreement = List.of(v.get(0), v.get(1), AgreementVersion.of(3, d("2028-05-10"),
                v.get(1).agreement(), v.get(2).amendment()));
        ValidationException e = assertThrows(ValidationException.class, () -> AgreementHistory.restore(wrongAgreement));
        assertEquals(List.of(Violation.of("versions[2].agreement", "it-partnering",
                "version 3's agreement differs from version 2 amended by its amendment")), e.violations());

        List<AgreementVersion> wrongNumberAndDate = List.of(AgreementVersion.of(2, d("2026-01-02"), v.get(0).agreement(),
                Optional.empty()));
        e = assertThrows(ValidationException.class, () -> AgreementHistory.restore(wrongNumberAndDate));
        assertEquals(List.of(Violation.of("versions[0].number", 2, "version 1 is numbered 2; versions are numbered 1, 2, … in order"),
                Violation.of("versions[0].effectiveFrom", d("2026-01-02"), "version 1 is in force from 2026-01-01, the term's"
                        + " start date, not 2026-01-02")), e.violations());

        e = assertThrows(ValidationException.class, () -> AgreementHistory.restore(List.of(v.get(0), AgreementVersion.of(2,
                d("2027-01-01"), v.get(1).agreement(), Optional.empty()))));
        assertEquals(List.of(Violation.of("versions[1].amendment", null, "version 2 needs the amendment that made it")),
                e.violations());
        e = assertThrows(ValidationException.class, () -> AgreementHistory.restore(List.of(v.get(1))));
        assertEquals("versions[0].amendment", e.violations().get(0).path());
        e = assertThrows(ValidationException.class, () -> AgreementHistory.restore(List.of()));
        assertEquals(List.of(Violation.of("versions", "[]", "an agreement history has at least one version, the original"
                + " agreement")), e.violations());
    }

    @Test
    void theDiffReadsLikeMinutes() {
        assertEquals(String.join("\n",
                "Agreement 'it-partnering', version 1 (in force from 2026-01-01) → version 3 (in force from 2028-05-10)",
                "",
                "Amendments:",
                "- version 2, in force from 2027-01-01: Annual KPI review",
                "  - kpi 'incident-response' thresholds: minimum 92, target 96, stretch 99",
                "  - incentive scheme: gain share raised from 40 % to 50 % of savings",
                "- version 3, in force from 2028-05-10: Option 1 exercised; new delivery manager",
                "  - option 1 exercised",
                "  - role 'sup-delivery' now held by Carl Dahl",
                "",
                "Differences:",
                "- term options exercised: none → option 1 on 2028-05-10",
                "- term current end: 2028-12-31 → 2029-12-31",
                "- role 'sup-delivery' holder: Anna Berg → Carl Dahl",
                "- kpi 'incident-response' version: v1 from 2026-01-01 → v2 from 2027-01-01",
                "- kpi 'incident-response' minimum: 90 → 92",
                "- kpi 'incident-response' target: 95 → 96",
                "- kpi 'incident-response' stretch: 98 → 99",
                ""), threeVersions().diff(1, 3).toString());
    }

    @Test
    void theDiffExplainsItsInputsRuleAndEveryDifference() {
        AgreementDiff diff = threeVersions().diff(1, 3);
        assertEquals(String.join("\n",
                "Agreement 'it-partnering', version 1 (in force from 2026-01-01) → version 3 (in force from 2028-05-10)",
                "  input: from version 1, in force from 2026-01-01: the original agreement",
                "  input: to version 3, in force from 2028-05-10: Option 1 exercised; new delivery manager",
                "  input: amendment of version 2, in force from 2027-01-01: Annual KPI review",
                "    input: kpi 'incident-response' thresholds: minimum 92, target 96, stretch 99",
                "    input: incentive scheme: gain share raised from 40 % to 50 % of savings",
                "  input: amendment of version 3, in force from 2028-05-10: Option 1 exercised; new delivery manager",
                "    input: option 1 exercised",
                "    input: role 'sup-delivery' now held by Carl Dahl",
                "  rule: every field of the two agreement values is compared, the incentive scheme included; a note-only"
                        + " incentive change shows among the amendments only",
                "  = term options exercised: none → option 1 on 2028-05-10",
                "  = term current end: 2028-12-31 → 2029-12-31",
                "  = role 'sup-delivery' holder: Anna Berg → Carl Dahl",
                "  = kpi 'incident-response' version: v1 from 2026-01-01 → v2 from 2027-01-01",
                "  = kpi 'incident-response' minimum: 90 → 92",
                "  = kpi 'incident-response' target: 95 → 96",
                "  = kpi 'incident-response' stretch: 98 → 99",
                ""), diff.explanation().toText());
        assertSame(diff.explanation(), diff.explanation());
        assertEquals(diff.explanation(), threeVersions().diff(1, 3).explanation());
        assertTrue(threeVersions().diff(2, 2).explanation().toText().endsWith("  = no difference\n"));
    }

    @Test
    void theDiffOfAdjacentVersionsListsOneAmendment() {
        AgreementDiff diff = threeVersions().diff(2, 3);
        assertEquals(List.of(OPTION_AND_STAFF), diff.amendments());
        assertEquals(3, diff.differences().size());
        assertTrue(threeVersions().diff(2, 2).isEmpty());
        assertEquals(List.of(), threeVersions().diff(2, 2).amendments());
    }

    @Test
    void theDiffNamesAddedAndRemovedThings() {
        Agreement a = agreement();
        Agreement b = a.withKpis(List.of(LifecycleFixtures.incidentResponse(), LifecycleFixtures.changeLeadTime(),
                KpiDefinition.builder().id("first-call").name("First-call resolution").unit("%")
                        .direction(dev.partnering.kpi.Direction.HIGHER_IS_BETTER).thresholds(new BigDecimal("60"), new BigDecimal("70"))
                        .effectiveFrom(d("2026-01-01")).build()));
        assertEquals(List.of(
                "kpi 'first-call' added: First-call resolution (v1 from 2026-01-01): minimum 60, target 70 %",
                "kpi 'user-satisfaction' removed: User satisfaction (v1 from 2026-01-01): minimum 3.5, target 4.0,"
                        + " stretch 4.5 points"),
                Differences.between(a, b).stream().map(Difference::toString).toList());
    }

    @Test
    void diffAndVersionRejectWhatDoesNotExist() {
        AgreementHistory h = threeVersions();
        assertEquals(List.of("number: agreement 'it-partnering' has no version 4; its versions are 1 to 3"),
                rules(assertThrows(ValidationException.class, () -> h.version(4))));
        assertEquals(List.of("fromVersion: cannot diff version 3 to the earlier version 1; give the earlier version first"),
                rules(assertThrows(ValidationException.class, () -> h.diff(3, 1))));
    }
}
