package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.MONEY_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.partnering.explanation.Explanation;
import dev.partnering.explanation.Step;
import dev.partnering.incentive.BreachEvent;
import dev.partnering.incentive.ComponentOutcome;
import dev.partnering.incentive.CostOutcome;
import dev.partnering.incentive.Exposure;
import dev.partnering.incentive.IncentivePeriod;
import dev.partnering.incentive.IncentiveScheme;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.incentive.OutcomeLine;
import dev.partnering.incentive.Movement;
import dev.partnering.incentive.NetLimits;
import dev.partnering.incentive.OpeningBalance;
import dev.partnering.incentive.CarriedPeriod;
import dev.partnering.incentive.CarriedCredit;
import dev.partnering.incentive.PeriodStatement;
import dev.partnering.incentive.RemedyFinding;
import dev.partnering.incentive.AppliedCap;
import dev.partnering.incentive.RemedyTrigger;
import dev.partnering.money.Money;
import dev.partnering.period.ReportingPeriod;

/**
 * Incentives still read by tree readers and written by hand: remedy findings, cost outcomes, the
 * statements and their parts (read back to continue at month end), carried periods (written by
 * hand), exposures; the other inputs of incentives are read by Jackson through their builders and
 * creators ({@code IncentiveBuilders}) and written through their mix-ins.
 */
final class IncentiveFormats {

    private IncentiveFormats() {
    }


    static final ValueReader<RemedyTrigger> TRIGGER = Reading.jackson(RemedyTrigger.class);
    static final ValueWriter<RemedyTrigger> TRIGGER_OUT = Writing.jackson(RemedyTrigger.class);
    static final ValueReader<RemedyFinding> FINDING = IncentiveFormats::readFinding;
    static final ValueWriter<RemedyFinding> FINDING_OUT = IncentiveFormats::writeFinding;
    static final ValueReader<IncentiveScheme> SCHEME = Reading.jackson(IncentiveScheme.class);
    static final ValueWriter<IncentiveScheme> SCHEME_OUT = Writing.jackson(IncentiveScheme.class);

    static final ValueReader<CostOutcome> COST = IncentiveFormats::readCost;
    static final ValueWriter<CostOutcome> COST_OUT = IncentiveFormats::writeCost;
    static final ValueReader<BreachEvent> EVENT = Reading.jackson(BreachEvent.class);
    static final ValueWriter<BreachEvent> EVENT_OUT = Writing.jackson(BreachEvent.class);
    static final ValueReader<IncentivePeriod> PERIOD = Reading.jackson(IncentivePeriod.class);
    static final ValueWriter<IncentivePeriod> PERIOD_OUT = Writing.jackson(IncentivePeriod.class);

    static final ValueReader<OutcomeLine> OUTCOME_LINE = IncentiveFormats::readOutcomeLine;
    static final ValueWriter<OutcomeLine> OUTCOME_LINE_OUT = IncentiveFormats::writeOutcomeLine;
    static final ValueReader<Movement> MOVEMENT = IncentiveFormats::readMovement;
    static final ValueWriter<Movement> MOVEMENT_OUT = IncentiveFormats::writeMovement;
    static final ValueReader<AppliedCap> CAP = IncentiveFormats::readCap;
    static final ValueWriter<AppliedCap> CAP_OUT = IncentiveFormats::writeCap;
    static final ValueReader<ComponentOutcome> OUTCOME = IncentiveFormats::readOutcome;
    static final ValueWriter<ComponentOutcome> OUTCOME_OUT = IncentiveFormats::writeOutcome;
    static final ValueReader<PeriodStatement> PERIOD_STATEMENT = IncentiveFormats::readPeriodStatement;
    static final ValueWriter<PeriodStatement> PERIOD_STATEMENT_OUT = IncentiveFormats::writePeriodStatement;
    static final ValueReader<IncentiveStatement> STATEMENT = IncentiveFormats::readStatement;
    static final ValueWriter<IncentiveStatement> STATEMENT_OUT = IncentiveFormats::writeStatement;

    static final ValueReader<Exposure> EXPOSURE = IncentiveFormats::readExposure;
    static final ValueWriter<Exposure> EXPOSURE_OUT = IncentiveFormats::writeExposure;
    static final ValueReader<OpeningBalance> OPENING_BALANCE = Reading.jackson(OpeningBalance.class);
    static final ValueWriter<OpeningBalance> OPENING_BALANCE_OUT = Writing.jackson(OpeningBalance.class);
    static final ValueWriter<CarriedPeriod> CARRIED_PERIOD_OUT = IncentiveFormats::writeCarriedPeriod;
    static final ValueWriter<CarriedCredit> CARRIED_CREDIT_OUT = Writing.jackson(CarriedCredit.class);
    static final ValueWriter<NetLimits> NET_LIMITS_OUT = Writing.jackson(NetLimits.class);

    // ---------------------------------------------------------------- bounds and triggers

    private static RemedyFinding readFinding(In in) {
        in.object("a remedy finding");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        RemedyTrigger trigger = in.req("trigger", TRIGGER);
        if (!in.has("explanation") && in.has("facts")) {
            // written by 0.1 snapshots: the facts instead of the explanation, which is made from them as the calculator makes it
            List<String> facts = in.list("facts", TEXT);
            return in.build(() -> RemedyFinding.of(period, trigger, facts));
        }
        in.consume("facts"); // beside an explanation, obsolete facts are ignored
        Step explanation = in.req("explanation", ExplanationFormats.STEP);
        return in.build(() -> new RemedyFinding(period, trigger, explanation));
    }

    private static void writeFinding(Out out, RemedyFinding f) throws IOException {
        out.begin();
        out.value("period", f.period(), REPORTING_PERIOD_OUT);
        out.value("trigger", f.trigger(), TRIGGER_OUT);
        out.value("explanation", f.explanation(), ExplanationFormats.STEP_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- inputs of a period

    private static CostOutcome readCost(In in) {
        in.object("a cost outcome");
        Optional<Money> baseline = in.opt("baseline", MONEY);
        Optional<Money> actual = in.opt("actual", MONEY);
        Optional<Money> savings = in.opt("givenSavings", MONEY);
        return in.build(() -> {
            if (savings.isPresent() && baseline.isEmpty() && actual.isEmpty()) {
                return CostOutcome.savings(savings.get());
            }
            if (savings.isEmpty() && baseline.isPresent() && actual.isPresent()) {
                return CostOutcome.of(baseline.get(), actual.get());
            }
            throw new dev.partnering.ValidationException("CostOutcome", List.of(dev.partnering.Violation.of("",
                    null, "a cost outcome needs a baseline and an actual cost, or the savings (givenSavings),"
                            + " not both or part")));
        });
    }

    private static void writeCost(Out out, CostOutcome c) throws IOException {
        out.begin();
        out.opt("baseline", c.baseline(), MONEY_OUT);
        out.opt("actual", c.actual(), MONEY_OUT);
        out.opt("givenSavings", c.givenSavings(), MONEY_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- statements

    private static OutcomeLine readOutcomeLine(In in) {
        in.object("an outcome line");
        String key = in.req("key", TEXT);
        String label = in.req("label", TEXT);
        Money amount = in.req("amount", MONEY);
        return in.build(() -> new OutcomeLine(key, label, amount));
    }

    private static void writeOutcomeLine(Out out, OutcomeLine l) throws IOException {
        out.begin();
        out.text("key", l.key());
        out.text("label", l.label());
        out.value("amount", l.amount(), MONEY_OUT);
        out.end();
    }

    private static Movement readMovement(In in) {
        in.object("a movement");
        String componentId = in.req("componentId", TEXT);
        String from = in.req("from", TEXT);
        String to = in.req("to", TEXT);
        Money amount = in.req("amount", MONEY);
        return in.build(() -> new Movement(componentId, from, to, amount));
    }

    private static void writeMovement(Out out, Movement m) throws IOException {
        out.begin();
        out.text("componentId", m.componentId());
        out.text("from", m.from());
        out.text("to", m.to());
        out.value("amount", m.amount(), MONEY_OUT);
        out.end();
    }

    private static ComponentOutcome readOutcome(In in) {
        in.object("a component outcome");
        String componentId = in.req("componentId", TEXT);
        String type = in.req("type", TEXT);
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Money amount = in.req("amount", MONEY);
        List<OutcomeLine> lines = in.list("lines", OUTCOME_LINE);
        List<AppliedCap> caps = in.list("capsApplied", IncentiveFormats::readCapOrObsolete).stream()
                .flatMap(Optional::stream).toList();
        Step explanation = in.req("explanation", ExplanationFormats.STEP);
        return in.build(() -> new ComponentOutcome(componentId, type, period, amount, lines, caps, explanation));
    }

    private static void writeOutcome(Out out, ComponentOutcome o) throws IOException {
        out.begin();
        out.text("componentId", o.componentId());
        out.text("type", o.type());
        out.value("period", o.period(), REPORTING_PERIOD_OUT);
        out.value("amount", o.amount(), MONEY_OUT);
        out.list("lines", o.lines(), OUTCOME_LINE_OUT);
        out.list("capsApplied", o.capsApplied(), CAP_OUT);
        out.value("explanation", o.explanation(), ExplanationFormats.STEP_OUT);
        out.end();
    }

    private static AppliedCap readCap(In in) {
        in.object("an applied cap");
        AppliedCap.Kind kind = in.req("kind", enumOf(AppliedCap.Kind.class));
        Money uncapped = in.req("uncapped", MONEY);
        Money limit = in.req("limit", MONEY);
        return in.build(() -> new AppliedCap(kind, uncapped, limit));
    }

    /** A cap as written now, or empty for a cap in words as 0.1 snapshots wrote it (its words are in the explanation). */
    private static Optional<AppliedCap> readCapOrObsolete(In in) {
        return in.node.isTextual() ? Optional.empty() : Optional.of(readCap(in));
    }

    private static void writeCap(Out out, AppliedCap c) throws IOException {
        out.begin();
        out.enumValue("kind", c.kind());
        out.value("uncapped", c.uncapped(), MONEY_OUT);
        out.value("limit", c.limit(), MONEY_OUT);
        out.end();
    }

    private static PeriodStatement readPeriodStatement(In in) {
        in.object("a period statement");
        ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        Optional<Money> fee = in.opt("fee", MONEY);
        List<ComponentOutcome> outcomes = in.list("outcomes", OUTCOME);
        Money gross = in.req("gross", MONEY);
        Optional<String> limit = in.opt("limitApplied", TEXT);
        Money net = in.req("net", MONEY);
        Map<String, Money> netByParty = in.map("netByParty", MONEY);
        List<Movement> movements = in.list("movements", MOVEMENT);
        List<RemedyFinding> remedies = in.list("remedies", FINDING);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        return in.build(() -> new PeriodStatement(period, fee, outcomes, gross, limit, net, netByParty, movements,
                remedies, explanation));
    }

    private static void writePeriodStatement(Out out, PeriodStatement p) throws IOException {
        out.begin();
        out.value("period", p.period(), REPORTING_PERIOD_OUT);
        out.opt("fee", p.fee(), MONEY_OUT);
        out.list("outcomes", p.outcomes(), OUTCOME_OUT);
        out.value("gross", p.gross(), MONEY_OUT);
        out.opt("limitApplied", p.limitApplied(), TEXT_OUT);
        out.value("net", p.net(), MONEY_OUT);
        out.map("netByParty", p.netByParty(), MONEY_OUT);
        out.list("movements", p.movements(), MOVEMENT_OUT);
        out.list("remedies", p.remedies(), FINDING_OUT);
        out.value("explanation", p.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static IncentiveStatement readStatement(In in) {
        in.object("an incentive statement");
        String agreementId = in.req("agreementId", TEXT);
        String supplierId = in.req("supplierId", TEXT);
        List<PeriodStatement> periods = in.list("periods", PERIOD_STATEMENT);
        Explanation explanation = in.req("explanation", ExplanationFormats.EXPLANATION);
        Optional<OpeningBalance> closing = in.opt("closingBalance", OPENING_BALANCE);
        return in.build(() -> new IncentiveStatement(agreementId, supplierId, periods, explanation, closing));
    }

    private static void writeStatement(Out out, IncentiveStatement s) throws IOException {
        out.begin();
        out.text("agreementId", s.agreementId());
        out.text("supplierId", s.supplierId());
        out.list("periods", s.periods(), PERIOD_STATEMENT_OUT);
        out.value("explanation", s.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.opt("closingBalance", s.closingBalance(), OPENING_BALANCE_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- month end (since 0.2.0)

    private static void writeCarriedPeriod(Out out, CarriedPeriod p) throws IOException {
        out.begin();
        out.value("period", p.period(), REPORTING_PERIOD_OUT);
        out.opt("charge", p.charge(), MONEY_OUT);
        out.map("amounts", new java.util.TreeMap<>(p.amounts()), MONEY_OUT);
        out.list("credits", p.credits(), CARRIED_CREDIT_OUT);
        out.map("kpiStatuses", new java.util.TreeMap<>(p.kpiStatuses()), Scalars.ENUM_OUT);
        out.opt("score", p.score(), DECIMAL_OUT);
        if (!p.limits().equals(NetLimits.none())) {
            out.value("limits", p.limits(), NET_LIMITS_OUT);
        }
        out.end();
    }

    // ---------------------------------------------------------------- analysis

    private static Exposure readExposure(In in) {
        in.object("an exposure");
        Optional<Money> upside = in.opt("upside", MONEY);
        Optional<Money> downside = in.opt("downside", MONEY);
        return in.build(() -> new Exposure(upside, downside));
    }

    private static void writeExposure(Out out, Exposure e) throws IOException {
        out.begin();
        out.opt("upside", e.upside(), MONEY_OUT);
        out.opt("downside", e.downside(), MONEY_OUT);
        out.end();
    }
}
