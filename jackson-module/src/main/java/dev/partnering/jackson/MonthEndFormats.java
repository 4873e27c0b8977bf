package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import dev.partnering.incentive.RemedyFollowUp;
import dev.partnering.scorecard.StandingBand;
import dev.partnering.scorecard.Standings;

/** The formats of month-end values: standings, remedy follow-ups, contract-year scores (since 0.2.0). */
final class MonthEndFormats {

    static final ValueReader<StandingBand> BAND = MonthEndFormats::readBand;
    static final ValueWriter<StandingBand> BAND_OUT = MonthEndFormats::writeBand;
    static final ValueReader<Standings> STANDINGS = MonthEndFormats::readStandings;
    static final ValueWriter<Standings> STANDINGS_OUT = MonthEndFormats::writeStandings;
    static final ValueReader<RemedyFollowUp> FOLLOW_UP = Reading.jackson(RemedyFollowUp.class);
    static final ValueWriter<RemedyFollowUp> FOLLOW_UP_OUT = Writing.jackson(RemedyFollowUp.class);

    private MonthEndFormats() {
    }

    private static StandingBand readBand(In in) {
        in.object("a standing band");
        String name = in.req("name", TEXT);
        BigDecimal minimum = in.req("minimumScore", DECIMAL);
        List<String> consequences = in.list("consequences", TEXT);
        return in.build(() -> new StandingBand(name, minimum, consequences));
    }

    private static void writeBand(Out out, StandingBand b) throws IOException {
        out.begin();
        out.text("name", b.name());
        out.value("minimumScore", b.minimumScore(), DECIMAL_OUT);
        out.list("consequences", b.consequences(), TEXT_OUT);
        out.end();
    }

    private static Standings readStandings(In in) {
        in.object("standings");
        List<StandingBand> bands = in.list("bands", BAND);
        return in.build(() -> new Standings(bands));
    }

    private static void writeStandings(Out out, Standings s) throws IOException {
        out.begin();
        out.list("bands", s.bands(), BAND_OUT);
        out.end();
    }
}
