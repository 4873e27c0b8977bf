package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.BOOL;
import static dev.partnering.jackson.Scalars.CURRENCY;
import static dev.partnering.jackson.Scalars.DATE;
import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.INT;
import static dev.partnering.jackson.Scalars.MONEY;
import static dev.partnering.jackson.Scalars.MONEY_OUT;
import static dev.partnering.jackson.Scalars.PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;
import static dev.partnering.jackson.Scalars.enumOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.partnering.action.Action;
import dev.partnering.action.ActionCounts;
import dev.partnering.action.ActionRegister;
import dev.partnering.action.ActionReport;
import dev.partnering.action.ActionStatus;
import dev.partnering.action.Decision;
import dev.partnering.action.Minutes;
import dev.partnering.action.RegisteredAction;
import dev.partnering.action.RemedyLink;
import dev.partnering.governance.EscalationOutcome;
import dev.partnering.governance.GovernanceLevel;
import dev.partnering.improvement.BacklogReport;
import dev.partnering.improvement.ImprovementBacklog;
import dev.partnering.improvement.Initiative;
import dev.partnering.improvement.InitiativeStatus;
import dev.partnering.improvement.PipelineCell;
import dev.partnering.incentive.Remedy;
import dev.partnering.outcome.DesiredOutcome;
import dev.partnering.outcome.KpiContribution;
import dev.partnering.outcome.OutcomeCoverage;
import dev.partnering.outcome.OutcomeKind;
import dev.partnering.outcome.OutcomeProgress;
import dev.partnering.money.Money;
import dev.partnering.risk.Risk;
import dev.partnering.risk.RiskAssessment;
import dev.partnering.risk.RiskRegister;
import dev.partnering.risk.RiskReview;
import dev.partnering.risk.RiskScale;
import dev.partnering.risk.RiskStatus;

/**
 * Relationship management: desired outcomes, minutes with decisions and actions, escalation
 * outcomes, the joint risk register and the improvement backlog, and their reports. The simple
 * values are written through their mix-ins ({@link dev.partnering.jackson.mixin.PartneringMixins});
 * every value is read here.
 * <p>
 * The action report, the risk review, the backlog report, the outcome coverage and outcome
 * progress are written only: they do not hold everything they were computed from (the governance
 * that places the actions, the parties, the agreement's KPIs, the scorecards), so they cannot be
 * checked when read; recompute them instead. Their parts (action counts, registered actions, risk
 * assessments, pipeline cells) are read through their constructors, like the parts of the
 * governance report.
 */
final class RelationshipFormats {

    private RelationshipFormats() {
    }

    // outcomes
    static final ValueReader<KpiContribution> CONTRIBUTION = RelationshipFormats::readContribution;
    static final ValueWriter<KpiContribution> CONTRIBUTION_OUT = Writing.jackson(KpiContribution.class);
    static final ValueReader<DesiredOutcome> OUTCOME = RelationshipFormats::readOutcome;
    static final ValueWriter<DesiredOutcome> OUTCOME_OUT = Writing.jackson(DesiredOutcome.class);
    static final ValueWriter<OutcomeCoverage> COVERAGE_OUT = RelationshipFormats::writeCoverage;
    static final ValueWriter<OutcomeProgress> PROGRESS_OUT = RelationshipFormats::writeProgress;

    // decisions and actions
    static final ValueReader<Decision> DECISION = RelationshipFormats::readDecision;
    static final ValueWriter<Decision> DECISION_OUT = Writing.jackson(Decision.class);
    static final ValueReader<RemedyLink> REMEDY_LINK = RelationshipFormats::readRemedyLink;
    static final ValueWriter<RemedyLink> REMEDY_LINK_OUT = Writing.jackson(RemedyLink.class);
    static final ValueReader<Action> ACTION = RelationshipFormats::readAction;
    static final ValueWriter<Action> ACTION_OUT = Writing.jackson(Action.class);
    static final ValueReader<Minutes> MINUTES = RelationshipFormats::readMinutes;
    static final ValueWriter<Minutes> MINUTES_OUT = RelationshipFormats::writeMinutes;
    static final ValueReader<ActionCounts> COUNTS = RelationshipFormats::readCounts;
    static final ValueWriter<ActionCounts> COUNTS_OUT = RelationshipFormats::writeCounts;
    static final ValueReader<RegisteredAction> REGISTERED = RelationshipFormats::readRegistered;
    static final ValueWriter<RegisteredAction> REGISTERED_OUT = RelationshipFormats::writeRegistered;
    static final ValueWriter<ActionRegister> REGISTER_OUT = RelationshipFormats::writeRegister;
    static final ValueWriter<ActionReport> ACTION_REPORT_OUT = RelationshipFormats::writeActionReport;

    // escalation outcomes
    static final ValueReader<EscalationOutcome> ESCALATION_OUTCOME = RelationshipFormats::readEscalationOutcome;
    static final ValueWriter<EscalationOutcome> ESCALATION_OUTCOME_OUT = Writing.jackson(EscalationOutcome.class);

    // risks
    static final ValueReader<RiskScale> SCALE = RelationshipFormats::readScale;
    static final ValueWriter<RiskScale> SCALE_OUT = Writing.jackson(RiskScale.class);
    static final ValueReader<Risk> RISK = RelationshipFormats::readRisk;
    static final ValueWriter<Risk> RISK_OUT = Writing.jackson(Risk.class);
    static final ValueReader<RiskRegister> RISK_REGISTER = RelationshipFormats::readRiskRegister;
    static final ValueWriter<RiskRegister> RISK_REGISTER_OUT = RelationshipFormats::writeRiskRegister;
    static final ValueReader<RiskAssessment> ASSESSMENT = RelationshipFormats::readAssessment;
    static final ValueWriter<RiskAssessment> ASSESSMENT_OUT = RelationshipFormats::writeAssessment;
    static final ValueWriter<RiskReview> RISK_REVIEW_OUT = RelationshipFormats::writeRiskReview;

    // the improvement backlog
    static final ValueReader<Initiative> INITIATIVE = RelationshipFormats::readInitiative;
    static final ValueWriter<Initiative> INITIATIVE_OUT = Writing.jackson(Initiative.class);
    static final ValueReader<ImprovementBacklog> BACKLOG = RelationshipFormats::readBacklog;
    static final ValueWriter<ImprovementBacklog> BACKLOG_OUT = RelationshipFormats::writeBacklog;
    static final ValueReader<PipelineCell> CELL = RelationshipFormats::readCell;
    static final ValueWriter<PipelineCell> CELL_OUT = RelationshipFormats::writeCell;
    static final ValueWriter<BacklogReport> BACKLOG_REPORT_OUT = RelationshipFormats::writeBacklogReport;

    // ---------------------------------------------------------------- outcomes

    private static KpiContribution readContribution(In in) {
        in.object("a KPI contribution");
        String kpiId = in.req("kpiId", TEXT);
        BigDecimal weight = in.req("weight", DECIMAL);
        return in.build(() -> KpiContribution.of(kpiId, weight));
    }

    private static DesiredOutcome readOutcome(In in) {
        in.object("a desired outcome");
        DesiredOutcome.Builder b = DesiredOutcome.builder();
        in.req("id", TEXT, b::id);
        in.req("statement", TEXT, b::statement);
        in.opt("kind", enumOf(OutcomeKind.class), b::kind);
        in.list("contributions", CONTRIBUTION, b::addAllContributions);
        return in.build(b::build);
    }

    private static void writeCoverage(Out out, OutcomeCoverage c) throws IOException {
        out.begin();
        out.list("outcomesWithoutKpis", c.outcomesWithoutKpis(), TEXT_OUT);
        out.list("kpisWithoutOutcome", c.kpisWithoutOutcome(), TEXT_OUT);
        out.bool("complete", c.isComplete());
        out.value("explanation", c.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    private static void writeProgress(Out out, OutcomeProgress p) throws IOException {
        out.begin();
        out.text("outcomeId", p.outcomeId());
        out.value("period", p.period(), REPORTING_PERIOD_OUT);
        out.opt("progress", p.progress(), DECIMAL_OUT);
        out.list("unmeasured", p.unmeasured(), TEXT_OUT);
        out.value("explanation", p.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- decisions and actions

    private static Decision readDecision(In in) {
        in.object("a decision");
        String id = in.req("id", TEXT);
        String text = in.req("text", TEXT);
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate date = in.req("date", DATE);
        return in.build(() -> Decision.of(id, text, level, date));
    }

    private static RemedyLink readRemedyLink(In in) {
        in.object("a link to a remedy finding");
        Remedy remedy = in.req("remedy", enumOf(Remedy.class));
        dev.partnering.period.ReportingPeriod period = in.req("period", REPORTING_PERIOD);
        return in.build(() -> new RemedyLink(remedy, period));
    }

    private static Action readAction(In in) {
        in.object("an action");
        Action.Builder b = Action.builder();
        in.req("id", TEXT, b::id);
        in.req("description", TEXT, b::description);
        in.req("owner", TEXT, b::owner);
        in.req("ownerRole", TEXT, b::ownerRole);
        in.req("due", DATE, b::due);
        in.opt("status", enumOf(ActionStatus.class), b::status);
        in.opt("closedOn", DATE, b::closedOn);
        in.opt("decision", TEXT, b::decision);
        in.opt("escalation", TEXT, b::escalation);
        in.opt("remedy", REMEDY_LINK, b::remedy);
        in.opt("risk", TEXT, b::risk);
        return in.build(b::build);
    }

    private static Minutes readMinutes(In in) {
        in.object("the minutes of a forum meeting");
        Minutes.Builder b = Minutes.builder();
        in.req("meeting", GovernanceFormats.MEETING, b::meeting);
        in.list("decisions", DECISION, b::addAllDecisions);
        in.list("actions", ACTION, b::addAllActions);
        return in.build(b::build);
    }

    private static void writeMinutes(Out out, Minutes m) throws IOException {
        out.begin();
        out.value("meeting", m.meeting(), GovernanceFormats.MEETING_OUT);
        out.list("decisions", m.decisions(), DECISION_OUT);
        out.list("actions", m.actions(), ACTION_OUT);
        out.end();
    }

    private static ActionCounts readCounts(In in) {
        in.object("action counts");
        Integer open = in.req("open", INT);
        Integer overdue = in.req("overdue", INT);
        Integer done = in.req("done", INT);
        Integer doneLate = in.req("doneLate", INT);
        Integer cancelled = in.req("cancelled", INT);
        return in.build(() -> new ActionCounts(open, overdue, done, doneLate, cancelled));
    }

    private static void writeCounts(Out out, ActionCounts c) throws IOException {
        out.begin();
        out.integer("open", c.open());
        out.integer("overdue", c.overdue());
        out.integer("done", c.done());
        out.integer("doneLate", c.doneLate());
        out.integer("cancelled", c.cancelled());
        out.end();
    }

    private static RegisteredAction readRegistered(In in) {
        in.object("a registered action");
        Action action = in.req("action", ACTION);
        String forum = in.req("forum", TEXT);
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        LocalDate agreedOn = in.req("agreedOn", DATE);
        return in.build(() -> new RegisteredAction(action, forum, level, agreedOn));
    }

    private static void writeRegistered(Out out, RegisteredAction a) throws IOException {
        out.begin();
        out.value("action", a.action(), ACTION_OUT);
        out.text("forum", a.forum());
        out.enumValue("level", a.level());
        out.value("agreedOn", a.agreedOn(), DATE_OUT);
        out.end();
    }

    /** The register's minutes, in the register's order (by date, then forum); its decisions and actions follow from them. */
    private static void writeRegister(Out out, ActionRegister r) throws IOException {
        out.begin();
        out.list("minutes", r.minutes(), MINUTES_OUT);
        out.end();
    }

    private static void writeActionReport(Out out, ActionReport r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.list("actions", r.actions(), REGISTERED_OUT);
        out.value("total", r.total(), COUNTS_OUT);
        out.map("byParty", r.byParty(), COUNTS_OUT);
        out.enumMap("byLevel", GovernanceLevel.class, r.byLevel(), COUNTS_OUT);
        out.list("overdue", r.overdue().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.list("doneLate", r.doneLate().stream().map(RegisteredAction::id).toList(), TEXT_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- escalation outcomes

    private static EscalationOutcome readEscalationOutcome(In in) {
        in.object("the outcome of an escalation");
        EscalationOutcome.Kind kind = in.req("kind", enumOf(EscalationOutcome.Kind.class));
        String reference = in.req("reference", TEXT);
        return in.build(() -> new EscalationOutcome(kind, reference));
    }

    // ---------------------------------------------------------------- risks

    private static RiskScale readScale(In in) {
        in.object("a risk scale");
        String name = in.req("name", TEXT);
        List<String> levels = in.list("levels", TEXT);
        return in.build(() -> new RiskScale(name, levels));
    }

    private static Risk readRisk(In in) {
        in.object("a risk");
        Risk.Builder b = Risk.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.req("owner", TEXT, b::owner);
        in.req("likelihood", INT, b::likelihood);
        in.req("impact", INT, b::impact);
        in.req("identifiedOn", DATE, b::identifiedOn);
        in.opt("lastReviewed", DATE, b::lastReviewed);
        in.req("reviewBy", DATE, b::reviewBy);
        in.opt("status", enumOf(RiskStatus.class), b::status);
        return in.build(b::build);
    }

    private static RiskRegister readRiskRegister(In in) {
        in.object("a risk register");
        RiskRegister.Builder b = RiskRegister.builder();
        in.opt("likelihoodScale", SCALE, b::likelihoodScale);
        in.opt("impactScale", SCALE, b::impactScale);
        in.opt("highFrom", INT, b::highFrom);
        in.list("risks", RISK, b::addAllRisks);
        return in.build(b::build);
    }

    private static void writeRiskRegister(Out out, RiskRegister r) throws IOException {
        out.begin();
        out.value("likelihoodScale", r.likelihoodScale(), SCALE_OUT);
        out.value("impactScale", r.impactScale(), SCALE_OUT);
        out.integer("highFrom", r.highFrom());
        out.list("risks", r.risks(), RISK_OUT);
        out.end();
    }

    private static RiskAssessment readAssessment(In in) {
        in.object("a risk assessment");
        Risk risk = in.req("risk", RISK);
        Boolean high = in.req("high", BOOL);
        Boolean unreviewed = in.req("unreviewed", BOOL);
        List<RegisteredAction> mitigations = in.list("mitigations", REGISTERED);
        Derived derived = Derived.of(in).field("score", INT).field("unmitigatedHigh", BOOL);
        return derived.build(() -> new RiskAssessment(risk, high, unreviewed, mitigations),
                a -> Derived.values("score", a.score(), "unmitigatedHigh", a.isUnmitigatedHigh()),
                "likelihood x impact, and whether it is open, high and without mitigation");
    }

    private static void writeAssessment(Out out, RiskAssessment a) throws IOException {
        out.begin();
        out.value("risk", a.risk(), RISK_OUT);
        out.bool("high", a.high());
        out.bool("unreviewed", a.unreviewed());
        out.list("mitigations", a.mitigations(), REGISTERED_OUT);
        out.integer("score", a.score());
        out.bool("unmitigatedHigh", a.isUnmitigatedHigh());
        out.end();
    }

    private static void writeRiskReview(Out out, RiskReview r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.value("register", r.register(), RISK_REGISTER_OUT);
        out.list("assessments", r.assessments(), ASSESSMENT_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- the improvement backlog

    private static Initiative readInitiative(In in) {
        in.object("an initiative");
        Initiative.Builder b = Initiative.builder();
        in.req("id", TEXT, b::id);
        in.req("title", TEXT, b::title);
        in.req("proposer", TEXT, b::proposer);
        in.req("decidedBy", enumOf(GovernanceLevel.class), b::decidedBy);
        in.opt("status", enumOf(InitiativeStatus.class), b::status);
        in.req("proposedOn", DATE, b::proposedOn);
        in.opt("decidedOn", DATE, b::decidedOn);
        in.opt("deliveredOn", DATE, b::deliveredOn);
        in.req("expectedBenefit", MONEY, b::expectedBenefit);
        in.opt("realisedBenefit", MONEY, b::realisedBenefit);
        in.opt("gainShare", TEXT, b::gainShare);
        return in.build(b::build);
    }

    private static ImprovementBacklog readBacklog(In in) {
        in.object("an improvement backlog");
        ImprovementBacklog.Builder b = ImprovementBacklog.builder();
        in.req("currency", CURRENCY, b::currency);
        in.opt("decisionWithin", PERIOD, b::decisionWithin);
        in.list("initiatives", INITIATIVE, b::addAllInitiatives);
        return in.build(b::build);
    }

    private static void writeBacklog(Out out, ImprovementBacklog b) throws IOException {
        out.begin();
        out.text("currency", b.currency().getCurrencyCode());
        out.value("decisionWithin", b.decisionWithin(), Scalars.PERIOD_OUT);
        out.list("initiatives", b.initiatives(), INITIATIVE_OUT);
        out.end();
    }

    private static PipelineCell readCell(In in) {
        in.object("a cell of the improvement pipeline");
        InitiativeStatus status = in.req("status", enumOf(InitiativeStatus.class));
        GovernanceLevel level = in.req("level", enumOf(GovernanceLevel.class));
        Integer count = in.req("count", INT);
        Money expected = in.req("expectedBenefit", MONEY);
        return in.build(() -> new PipelineCell(status, level, count, expected));
    }

    private static void writeCell(Out out, PipelineCell c) throws IOException {
        out.begin();
        out.enumValue("status", c.status());
        out.enumValue("level", c.level());
        out.integer("count", c.count());
        out.value("expectedBenefit", c.expectedBenefit(), MONEY_OUT);
        out.end();
    }

    private static void writeBacklogReport(Out out, BacklogReport r) throws IOException {
        out.begin();
        out.value("asOf", r.asOf(), DATE_OUT);
        out.list("initiatives", r.initiatives(), INITIATIVE_OUT);
        out.list("pipeline", r.pipeline(), CELL_OUT);
        out.value("expectedDelivered", r.expectedDelivered(), MONEY_OUT);
        out.value("realised", r.realised(), MONEY_OUT);
        out.list("unmeasured", r.unmeasured().stream().map(Initiative::id).toList(), TEXT_OUT);
        out.integer("proposedBySuppliers", r.proposedBySuppliers());
        out.opt("supplierShare", r.supplierShare(), DECIMAL_OUT);
        out.list("stalled", r.stalled().stream().map(Initiative::id).toList(), TEXT_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }
}
