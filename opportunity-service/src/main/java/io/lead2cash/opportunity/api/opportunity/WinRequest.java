package io.lead2cash.opportunity.api.opportunity;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing as won: the actual revenue defaults to the estimated revenue, the close date to today. */
@Schema(name = "WinRequest")
public record WinRequest(
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal actualRevenue,
        LocalDate closeDate,
        @Size(max = 4000) String description,
        @Schema(description = "True: close its draft and active quotes (as Canceled) in the same step; without it a deal "
                + "with quotes on offer is not won (409 listing them)") Boolean closeQuotes) {
}
