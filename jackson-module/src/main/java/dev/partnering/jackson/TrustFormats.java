package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DATE_OUT;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.REPORTING_PERIOD_OUT;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.partnering.party.PartyKind;
import dev.partnering.trust.DimensionTrust;
import dev.partnering.trust.GroupScore;
import dev.partnering.trust.LevelTrust;
import dev.partnering.trust.LikertScale;
import dev.partnering.trust.SignalKind;
import dev.partnering.trust.SignalTally;
import dev.partnering.trust.TrustIndex;
import dev.partnering.trust.TrustPolicy;
import dev.partnering.trust.TrustReport;
import dev.partnering.trust.TrustTrend;

/**
 * Trust: the writers of a signal tally and a trust report. Surveys with their scale, dimensions,
 * responses and answers (an answer's dimension by id), the trust policy and behavioural signals are
 * read and written through their mix-ins ({@code RelationshipBuilders} in jackson-common reads them).
 * <p>
 * A signal tally and a trust report are results, written only (a trust report leaves out the answers it was computed from); they
 * keep a writer here because part of what they write comes from methods with a parameter (the
 * counts and in-time share per side, the index per side), which a mix-in cannot name. The figures
 * of a report are written through their mix-ins ({@link dev.partnering.jackson.common.mixin.ResultMixins}).
 */
final class TrustFormats {

    private TrustFormats() {
    }

    static final ValueWriter<SignalTally> TALLY_OUT = TrustFormats::writeTally;

    private static final ValueWriter<LikertScale> SCALE_OUT = Writing.jackson(LikertScale.class);
    private static final ValueWriter<TrustPolicy> POLICY_OUT = Writing.jackson(TrustPolicy.class);
    private static final ValueWriter<DimensionTrust> DIMENSION_TRUST_OUT = Writing.jackson(DimensionTrust.class);
    private static final ValueWriter<TrustIndex> INDEX_OUT = Writing.jackson(TrustIndex.class);
    private static final ValueWriter<LevelTrust> LEVEL_OUT = Writing.jackson(LevelTrust.class);
    private static final ValueWriter<TrustTrend> TREND_OUT = Writing.jackson(TrustTrend.class);
    private static final ValueWriter<GroupScore> GROUP_SCORE_OUT = Writing.jackson(GroupScore.class);

    static final ValueWriter<TrustReport> REPORT_OUT = TrustFormats::writeReport;

    // ---------------------------------------------------------------- behavioural signals

    /** The counts of one kind of signal in a tally: all sides, and each acting side. */
    private record Count(int total, int customer, int supplier) {
    }

    private static void writeCount(Out out, Count c) throws IOException {
        out.begin();
        out.integer("total", c.total());
        out.integer("customer", c.customer());
        out.integer("supplier", c.supplier());
        out.end();
    }

    private static void writeTally(Out out, SignalTally t) throws IOException {
        Map<SignalKind, Count> counts = new LinkedHashMap<>();
        for (SignalKind k : SignalKind.values()) {
            counts.put(k, new Count(t.count(k), t.count(k, PartyKind.CUSTOMER), t.count(k, PartyKind.SUPPLIER)));
        }
        out.begin();
        out.value("period", t.period(), REPORTING_PERIOD_OUT);
        out.enumMap("counts", SignalKind.class, counts, TrustFormats::writeCount);
        out.opt("inTimeShare", t.inTimeShare(), DECIMAL_OUT);
        out.opt("customerInTimeShare", t.inTimeShare(PartyKind.CUSTOMER), DECIMAL_OUT);
        out.opt("supplierInTimeShare", t.inTimeShare(PartyKind.SUPPLIER), DECIMAL_OUT);
        out.value("explanation", t.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

    // ---------------------------------------------------------------- the report

    private static void writeReport(Out out, TrustReport r) throws IOException {
        out.begin();
        out.value("assessmentDate", r.assessmentDate(), DATE_OUT);
        out.value("scale", r.scale(), SCALE_OUT);
        out.value("policy", r.policy(), POLICY_OUT);
        out.integer("respondents", r.respondents());
        out.list("dimensions", r.dimensions(), DIMENSION_TRUST_OUT);
        out.value("index", r.index(), INDEX_OUT);
        out.value("customerIndex", r.index(PartyKind.CUSTOMER), INDEX_OUT);
        out.value("supplierIndex", r.index(PartyKind.SUPPLIER), INDEX_OUT);
        out.list("levels", r.levels(), LEVEL_OUT);
        out.enumValue("balance", r.balance());
        out.opt("trend", r.trend(), TREND_OUT);
        out.list("suppressed", r.suppressed(), GROUP_SCORE_OUT);
        out.value("explanation", r.explanation(), ExplanationFormats.EXPLANATION_OUT);
        out.end();
    }

}
