/**
 * partnering core: the domain model of strategic customer-supplier partnerships and the
 * calculators over it. Depends only on the SLF4J API at runtime; the Immutables annotations are
 * needed at compile time only.
 */
module dev.partnering.core {
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports dev.partnering;
    exports dev.partnering.money;
    exports dev.partnering.period;
    exports dev.partnering.party;
    exports dev.partnering.explanation;
    exports dev.partnering.kpi;
    exports dev.partnering.term;
    exports dev.partnering.governance;
    exports dev.partnering.scorecard;
    exports dev.partnering.incentive;
    exports dev.partnering.agreement;
    exports dev.partnering.evaluation;
    exports dev.partnering.analysis;
    exports dev.partnering.amendment;
    exports dev.partnering.lifecycle;
    exports dev.partnering.trust;
    exports dev.partnering.health;
    exports dev.partnering.outcome;
    exports dev.partnering.action;
    exports dev.partnering.risk;
    exports dev.partnering.improvement;
}
