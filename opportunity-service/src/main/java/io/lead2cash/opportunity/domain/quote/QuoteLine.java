package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.opportunity.domain.line.PricedLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A product line of a quote. */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends PricedLine {

    public UUID quoteId;

    public static QuoteLine create(UUID quoteId, int lineNumber, Details details) {
        QuoteLine line = new QuoteLine();
        line.quoteId = quoteId;
        line.start(lineNumber, details);
        return line;
    }
}
