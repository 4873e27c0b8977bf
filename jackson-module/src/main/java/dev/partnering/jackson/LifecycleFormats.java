package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.PERIOD;
import static dev.partnering.jackson.Scalars.PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.ValidationException;
import dev.partnering.Violation;
import dev.partnering.agreement.Agreement;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.kpi.KpiDefinition;
import dev.partnering.amendment.AgreementChange;
import dev.partnering.amendment.AgreementHistory;
import dev.partnering.amendment.AgreementVersion;
import dev.partnering.amendment.Amendment;
import dev.partnering.term.ContractTerm;
import dev.partnering.lifecycle.ExitPlan;
import dev.partnering.term.ExtensionOption;
import dev.partnering.lifecycle.FinancialItemKind;
import dev.partnering.lifecycle.HandoverDeclaration;
import dev.partnering.lifecycle.IncentiveArrangement;
import dev.partnering.lifecycle.OpenFinancialItem;
import dev.partnering.term.OptionExercise;
import dev.partnering.lifecycle.ReturnKind;
import dev.partnering.lifecycle.ReturnObligation;

/**
 * The contract lifecycle: terms with their options and exercises, term status and timeline,
 * handover declarations, exit plans, readiness reports, amendments and the agreement's history.
 * <p>
 * Term status, timeline and history have no public constructor: they are read by recomputing
 * them from their inputs (the term and the as-of date; the original agreement and the
 * amendments), and every derived field given in the JSON must agree with the recomputation.
 */
final class LifecycleFormats {

    private LifecycleFormats() {
    }

    static final String KPI_REVISED = "kpi-revised";
    static final String TARGET_CHANGED = "target-changed";
    static final String ROLE_RESTAFFED = "role-restaffed";
    static final String OPTION_EXERCISED = "option-exercised";
    static final String INCENTIVE_CHANGED = "incentive-changed";

    static final ValueReader<ExtensionOption> OPTION = LifecycleFormats::readOption;
    static final ValueWriter<ExtensionOption> OPTION_OUT = Writing.jackson(ExtensionOption.class);
    static final ValueReader<OptionExercise> EXERCISE = LifecycleFormats::readExercise;
    static final ValueWriter<OptionExercise> EXERCISE_OUT = Writing.jackson(OptionExercise.class);
    static final ValueReader<ContractTerm> CONTRACT_TERM = LifecycleFormats::readTerm;
    static final ValueWriter<ContractTerm> CONTRACT_TERM_OUT = LifecycleFormats::writeTerm;

    static final ValueReader<HandoverDeclaration> HANDOVER = LifecycleFormats::readHandover;
    static final ValueWriter<HandoverDeclaration> HANDOVER_OUT = LifecycleFormats::writeHandover;
    static final ValueReader<ReturnObligation> RETURN = LifecycleFormats::readReturn;
    static final ValueWriter<ReturnObligation> RETURN_OUT = Writing.jackson(ReturnObligation.class);
    static final ValueReader<OpenFinancialItem> OPEN_ITEM = LifecycleFormats::readOpenItem;
    static final ValueWriter<OpenFinancialItem> OPEN_ITEM_OUT = Writing.jackson(OpenFinancialItem.class);
    static final ValueReader<ExitPlan> EXIT_PLAN = LifecycleFormats::readExitPlan;
    static final ValueWriter<ExitPlan> EXIT_PLAN_OUT = LifecycleFormats::writeExitPlan;

    static final ValueReader<AgreementChange> CHANGE = Families.byType("agreement change", changes());
    static final ValueWriter<AgreementChange> CHANGE_OUT = LifecycleFormats::writeChange;
    static final ValueReader<Amendment> AMENDMENT = LifecycleFormats::readAmendment;
    static final ValueWriter<Amendment> AMENDMENT_OUT = LifecycleFormats::writeAmendment;
    static final ValueReader<AgreementHistory> HISTORY = LifecycleFormats::readHistory;
    static final ValueWriter<AgreementHistory> HISTORY_OUT = LifecycleFormats::writeHistory;
    private static final ValueWriter<AgreementVersion> VERSION_OUT = Writing.jackson(AgreementVersion.class);

    // ---------------------------------------------------------------- term

    private static ExtensionOption readOption(In in) {
        in.object("an extension option");
        ExtensionOption.Builder b = ExtensionOption.builder();
        in.req("duration", PERIOD, b::duration);
        in.req("noticePeriod", PERIOD, b::noticePeriod);
        return in.build(b::build);
    }

    private static OptionExercise readExercise(In in) {
        in.object("an option exercise");
        Integer number = in.req("optionNumber", INT);
        LocalDate on = in.req("exercisedOn", DATE);
        return in.build(() -> OptionExercise.of(number, on));
    }

    private static ContractTerm readTerm(In in) {
        in.object("a contract term");
        ContractTerm.Builder b = ContractTerm.builder();
        in.req("startDate", DATE, b::startDate);
        in.req("initialDuration", PERIOD, b::initialDuration);
        in.list("extensionOptions", OPTION, b::addAllExtensionOptions);
        in.list("exercises", EXERCISE, b::addAllExercises);
        return in.build(b::build);
    }

    private static void writeTerm(Out out, ContractTerm t) throws IOException {
        out.begin();
        out.value("startDate", t.startDate(), DATE_OUT);
        out.value("initialDuration", t.initialDuration(), PERIOD_OUT);
        out.list("extensionOptions", t.extensionOptions(), OPTION_OUT);
        out.list("exercises", t.exercises(), EXERCISE_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- handover and exit

    private static HandoverDeclaration readHandover(In in) {
        in.object("a handover declaration");
        IncentiveArrangement arrangement = in.req("incentiveArrangement", enumOf(IncentiveArrangement.class));
        return in.build(() -> HandoverDeclaration.of(arrangement));
    }

    private static void writeHandover(Out out, HandoverDeclaration d) throws IOException {
        out.begin();
        out.enumValue("incentiveArrangement", d.incentiveArrangement());
        out.end();
    }

    private static ReturnObligation readReturn(In in) {
        in.object("a return obligation");
        ReturnKind kind = in.req("kind", enumOf(ReturnKind.class));
        String what = in.req("what", TEXT);
        String party = in.req("responsibleParty", TEXT);
        return in.build(() -> ReturnObligation.of(kind, what, party));
    }

    private static OpenFinancialItem readOpenItem(In in) {
        in.object("an open financial item");
        OpenFinancialItem.Builder b = OpenFinancialItem.builder();
        in.req("kind", enumOf(FinancialItemKind.class), b::kind);
        in.req("description", TEXT, b::description);
        in.req("amount", MONEY, b::amount);
        in.req("owedBy", TEXT, b::owedBy);
        in.req("owedTo", TEXT, b::owedTo);
        return in.build(b::build);
    }

    private static ExitPlan readExitPlan(In in) {
        in.object("an exit plan");
        ExitPlan.Builder b = ExitPlan.builder();
        in.opt("transitionPeriod", PERIOD, b::transitionPeriod);
        in.list("returns", RETURN, b::addAllReturns);
        in.opt("knowledgeTransferOwner", TEXT, b::knowledgeTransferOwner);
        in.list("openFinancialItems", OPEN_ITEM, b::addAllOpenFinancialItems);
        in.opt("financialItemsReviewedOn", DATE, b::financialItemsReviewedOn);
        return in.build(b::build);
    }

    private static void writeExitPlan(Out out, ExitPlan p) throws IOException {
        out.begin();
        out.opt("transitionPeriod", p.transitionPeriod(), PERIOD_OUT);
        out.list("returns", p.returns(), RETURN_OUT);
        out.opt("knowledgeTransferOwner", p.knowledgeTransferOwner(), TEXT_OUT);
        out.list("openFinancialItems", p.openFinancialItems(), OPEN_ITEM_OUT);
        out.opt("financialItemsReviewedOn", p.financialItemsReviewedOn(), DATE_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- amendments and history

    private static Map<String, ValueReader<? extends AgreementChange>> changes() {
        Map<String, ValueReader<? extends AgreementChange>> m = new LinkedHashMap<>();
        m.put(KPI_REVISED, in -> {
            KpiDefinition revision = in.req("revision", KpiFormats.KPI);
            return in.build(() -> AgreementChange.kpiRevised(revision));
        });
        m.put(TARGET_CHANGED, in -> {
            String kpiId = in.req("kpiId", TEXT);
            BigDecimal minimum = in.req("minimum", DECIMAL);
            BigDecimal target = in.req("target", DECIMAL);
            Optional<BigDecimal> stretch = in.opt("stretch", DECIMAL);
            return in.build(() -> new AgreementChange.TargetChanged(kpiId, minimum, target, stretch));
        });
        m.put(ROLE_RESTAFFED, in -> {
            String roleId = in.req("roleId", TEXT);
            String holder = in.req("holder", TEXT);
            return in.build(() -> AgreementChange.roleRestaffed(roleId, holder));
        });
        m.put(OPTION_EXERCISED, in -> {
            Integer number = in.req("optionNumber", INT);
            return in.build(() -> AgreementChange.optionExercised(number));
        });
        m.put(INCENTIVE_CHANGED, in -> {
            String description = in.req("description", TEXT);
            Optional<IncentiveScheme> scheme = in.opt("scheme", IncentiveFormats.SCHEME);
            return in.build(() -> new AgreementChange.IncentiveChanged(description, scheme));
        });
        return m;
    }

    private static void writeChange(Out out, AgreementChange c) throws IOException {
        out.begin();
        if (c instanceof AgreementChange.KpiRevised k) {
            out.text("type", KPI_REVISED);
            out.value("revision", k.revision(), KpiFormats.KPI_OUT);
        } else if (c instanceof AgreementChange.TargetChanged t) {
            out.text("type", TARGET_CHANGED);
            out.text("kpiId", t.kpiId());
            out.decimal("minimum", t.minimum());
            out.decimal("target", t.target());
            out.opt("stretch", t.stretch(), DECIMAL_OUT);
        } else if (c instanceof AgreementChange.RoleRestaffed r) {
            out.text("type", ROLE_RESTAFFED);
            out.text("roleId", r.roleId());
            out.text("holder", r.holder());
        } else if (c instanceof AgreementChange.OptionExercised o) {
            out.text("type", OPTION_EXERCISED);
            out.integer("optionNumber", o.optionNumber());
        } else {
            AgreementChange.IncentiveChanged i = (AgreementChange.IncentiveChanged) c;
            out.text("type", INCENTIVE_CHANGED);
            out.text("description", i.description());
            out.opt("scheme", i.scheme(), IncentiveFormats.SCHEME_OUT);
        }
        out.end();
    }

    private static Amendment readAmendment(In in) {
        in.object("an amendment");
        Amendment.Builder b = Amendment.builder();
        in.req("effectiveFrom", DATE, b::effectiveFrom);
        in.req("description", TEXT, b::description);
        in.list("changes", CHANGE, b::addAllChanges);
        return in.build(b::build);
    }

    private static void writeAmendment(Out out, Amendment a) throws IOException {
        out.begin();
        out.value("effectiveFrom", a.effectiveFrom(), DATE_OUT);
        out.text("description", a.description());
        out.list("changes", a.changes(), CHANGE_OUT);
        out.end();
    }

    /** A version as given in the JSON, before the history is rebuilt from it. */
    private record VersionParts(int number, LocalDate effectiveFrom, Agreement agreement, Optional<Amendment> amendment) {
    }

    private static VersionParts readVersion(In in) {
        in.object("an agreement version");
        Integer number = in.req("number", INT);
        LocalDate effectiveFrom = in.req("effectiveFrom", DATE);
        Optional<Amendment> amendment = in.opt("amendment", AMENDMENT);
        Agreement agreement = in.req("agreement", AgreementFormats.AGREEMENT);
        return in.build(() -> new VersionParts(number, effectiveFrom, agreement, amendment));
    }

    private static AgreementHistory readHistory(In in) {
        in.object("an agreement history");
        List<VersionParts> versions = in.list("versions", LifecycleFormats::readVersion);
        return in.build(() -> rebuild(versions));
    }

    /**
     * Rebuilds a history: version 1 is the original agreement, every later version is the
     * previous one amended by its amendment; each given version must equal the rebuilt one.
     */
    private static AgreementHistory rebuild(List<VersionParts> versions) {
        if (versions.isEmpty()) {
            throw new ValidationException("AgreementHistory", List.of(Violation.of("versions", "[]",
                    "an agreement history has at least one version, the original agreement")));
        }
        List<Violation> violations = new ArrayList<>();
        VersionParts first = versions.get(0);
        AgreementHistory history = AgreementHistory.of(first.agreement());
        if (first.amendment().isPresent()) {
            violations.add(Violation.of("versions[0].amendment", first.amendment().get(),
                    "version 1 is the original agreement and has no amendment"));
        }
        for (int i = 1; i < versions.size() && violations.isEmpty(); i++) {
            VersionParts v = versions.get(i);
            if (v.amendment().isEmpty()) {
                violations.add(Violation.of("versions[" + i + "].amendment", null,
                        "version " + (i + 1) + " needs the amendment that made it"));
                break;
            }
            try {
                history = history.amend(v.amendment().get());
            } catch (ValidationException e) {
                for (Violation x : e.violations()) {
                    violations.add(x.prefixed("versions[" + i + "].amendment"));
                }
            }
        }
        for (int i = 0; i < versions.size() && violations.isEmpty(); i++) {
            compare(violations, i, versions.get(i), history.versions().get(i));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("AgreementHistory", violations);
        }
        return history;
    }

    private static void compare(List<Violation> violations, int i, VersionParts given, AgreementVersion rebuilt) {
        String path = "versions[" + i + "]";
        if (given.number() != rebuilt.number()) {
            violations.add(Violation.of(path + ".number", given.number(), "version " + (i + 1) + " is numbered "
                    + given.number() + "; versions are numbered 1, 2, … in order"));
        }
        if (!given.effectiveFrom().equals(rebuilt.effectiveFrom())) {
            violations.add(Violation.of(path + ".effectiveFrom", given.effectiveFrom(), "version " + rebuilt.number()
                    + " is in force from " + rebuilt.effectiveFrom() + (i == 0 ? ", the term's start date" : ", its amendment's date")
                    + ", not " + given.effectiveFrom()));
        }
        if (!given.agreement().equals(rebuilt.agreement())) {
            violations.add(Violation.of(path + ".agreement", given.agreement().id(), "version " + rebuilt.number()
                    + "'s agreement differs from version " + (i == 0 ? 1 : i) + " amended by its amendment"));
        }
    }

    private static void writeHistory(Out out, AgreementHistory h) throws IOException {
        out.begin();
        out.list("versions", h.versions(), VERSION_OUT);
        out.end();
    }

}
