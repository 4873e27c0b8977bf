package dev.partnering.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.partnering.agreement.Agreement;
import dev.partnering.evaluation.ContractYearScores.ContractYearScore;
import dev.partnering.health.HealthReport;
import dev.partnering.incentive.IncentiveStatement;
import dev.partnering.scorecard.Scorecard;
import dev.partnering.scorecard.Standing;
import dev.partnering.trust.TrustReport;

/**
 * Everything the report of one agreement shows: the scorecards of successive periods (for the
 * attainment trend lines), the headline scorecard, the incentive statement, the trust reports and
 * the health reports in date order, and any tables the scenario adds. Both the console summary
 * ({@link TextReport}) and the HTML page ({@link HtmlReport}) are drawn from it; a section without
 * data is left out.
 *
 * @param title  the report's title, not null
 * @param story  a few sentences saying what the reader looks at, not null
 * @param agreement  the agreement, not null
 * @param trend  scorecards of successive periods of one granularity, oldest first, not null
 * @param scorecard  the headline scorecard, if any
 * @param statement  the incentive statement, if any
 * @param trust  trust reports, oldest first, not null
 * @param health  health reports, oldest first, not null
 * @param tables  the scenario's own tables, not null
 * @param standings  the standings of the periods shown, under the agreement's own bands, oldest first
 *        (by default the headline scorecard's), not null
 * @param contractYear  the contract year's score so far, if the report shows it
 * @since 0.1.0
 */
public record AgreementReport(String title, String story, Agreement agreement, List<Scorecard> trend,
        Optional<Scorecard> scorecard, Optional<IncentiveStatement> statement, List<TrustReport> trust,
        List<HealthReport> health, List<ReportTable> tables, List<Standing> standings,
        Optional<ContractYearScore> contractYear) {

    /** Copies the lists; checks for nulls. */
    public AgreementReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(agreement, "agreement");
        trend = List.copyOf(trend);
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(statement, "statement");
        trust = List.copyOf(trust);
        health = List.copyOf(health);
        tables = List.copyOf(tables);
        standings = List.copyOf(standings);
        Objects.requireNonNull(contractYear, "contractYear");
    }

    /**
     * @param title  the report's title, not null
     * @param agreement  the agreement, not null
     * @return a builder, never null
     */
    public static Builder builder(String title, Agreement agreement) {
        return new Builder(title, agreement);
    }

    /** @return the file name of the HTML report: the agreement id and {@code .html} */
    public String fileName() {
        return agreement.id() + ".html";
    }

    /** A builder of {@link AgreementReport}. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Agreement agreement;
        private String story = "";
        private final List<Scorecard> trend = new ArrayList<>();
        private Scorecard scorecard;
        private IncentiveStatement statement;
        private final List<TrustReport> trust = new ArrayList<>();
        private final List<HealthReport> health = new ArrayList<>();
        private final List<ReportTable> tables = new ArrayList<>();
        private List<Scorecard> standingScorecards;
        private ContractYearScore contractYear;

        private Builder(String title, Agreement agreement) {
            this.title = Objects.requireNonNull(title, "title");
            this.agreement = Objects.requireNonNull(agreement, "agreement");
        }

        /**
         * @param story  a few sentences for the reader, not null
         * @return this builder
         */
        public Builder story(String story) {
            this.story = Objects.requireNonNull(story, "story");
            return this;
        }

        /**
         * @param scorecards  scorecards of successive periods, oldest first, not null
         * @return this builder
         */
        public Builder trend(List<Scorecard> scorecards) {
            trend.addAll(scorecards);
            return this;
        }

        /**
         * @param scorecard  the headline scorecard, not null
         * @return this builder
         */
        public Builder scorecard(Scorecard scorecard) {
            this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
            return this;
        }

        /**
         * @param statement  the incentive statement, not null
         * @return this builder
         */
        public Builder statement(IncentiveStatement statement) {
            this.statement = Objects.requireNonNull(statement, "statement");
            return this;
        }

        /**
         * @param report  a trust report, later than those added before, not null
         * @return this builder
         */
        public Builder trust(TrustReport report) {
            trust.add(Objects.requireNonNull(report, "report"));
            return this;
        }

        /**
         * @param report  a health report, later than those added before, not null
         * @return this builder
         */
        public Builder health(HealthReport report) {
            health.add(Objects.requireNonNull(report, "report"));
            return this;
        }

        /**
         * @param table  a table, not null
         * @return this builder
         */
        public Builder table(ReportTable table) {
            tables.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        /**
         * Shows the standing of each of these periods, under the agreement's own standings; without
         * this, the report shows the headline scorecard's standing.
         *
         * @param scorecards  scorecards of the agreement, oldest first, not null
         * @return this builder
         * @since 0.1.0
         */
        public Builder standings(List<Scorecard> scorecards) {
            this.standingScorecards = List.copyOf(scorecards);
            return this;
        }

        /**
         * @param score  the contract year's score so far, not null
         * @return this builder
         * @since 0.1.0
         */
        public Builder contractYear(ContractYearScore score) {
            this.contractYear = Objects.requireNonNull(score, "score");
            return this;
        }

        /** @return the report, never null */
        public AgreementReport build() {
            List<Scorecard> standingOf = standingScorecards != null ? standingScorecards
                    : scorecard != null && scorecard.agreementId().equals(agreement.id()) ? List.of(scorecard) : List.of();
            List<Standing> standings = standingOf.stream().map(agreement::standingOf).flatMap(Optional::stream).toList();
            return new AgreementReport(title, story, agreement, trend, Optional.ofNullable(scorecard),
                    Optional.ofNullable(statement), trust, health, tables, standings, Optional.ofNullable(contractYear));
        }
    }
}
