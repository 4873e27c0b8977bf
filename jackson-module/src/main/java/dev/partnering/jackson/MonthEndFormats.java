package dev.partnering.jackson;

import static dev.partnering.jackson.Scalars.DECIMAL;
import static dev.partnering.jackson.Scalars.DECIMAL_OUT;
import static dev.partnering.jackson.Scalars.TEXT;
import static dev.partnering.jackson.Scalars.TEXT_OUT;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import dev.partnering.incentive.RemedyFollowUp;

/**
 * The format of remedy follow-ups (since 0.2.0); standings are read through their records' creators
 * and written through their mix-ins.
 */
final class MonthEndFormats {

    static final ValueReader<RemedyFollowUp> FOLLOW_UP = Reading.jackson(RemedyFollowUp.class);
    static final ValueWriter<RemedyFollowUp> FOLLOW_UP_OUT = Writing.jackson(RemedyFollowUp.class);

    private MonthEndFormats() {
    }

}
