package io.lead2cash.opportunity.domain.quote;

import io.lead2cash.opportunity.domain.line.LinePricer;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.opportunity.domain.line.ProductLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A quote's product lines: editable while it is a draft; each change totals the quote again. */
@ApplicationScoped
public class QuoteLines extends ProductLines<Quote, QuoteLine> {

    @Inject QuoteService quotes;
    @Inject LinePricer pricer;

    static List<QuoteLine> of(UUID quoteId) {
        return QuoteLine.list("quoteId = ?1 order by lineNumber", quoteId);
    }

    @Override
    protected Quote readable(UUID quoteId) {
        return quotes.get(quoteId);
    }

    @Override
    protected Quote changeable(UUID quoteId) {
        return quotes.getForChange(quoteId);
    }

    @Override
    protected void requireEditable(Quote quote, String action) {
        quote.requireDraft(action);
        QuoteService.openDeal(quote, "change the lines of quotes of");
    }

    @Override
    protected String recordKind() {
        return "quote";
    }

    @Override
    protected List<QuoteLine> linesOf(UUID quoteId) {
        return of(quoteId);
    }

    @Override
    protected QuoteLine lineOf(UUID quoteId, UUID lineId) {
        return QuoteLine.find("id = ?1 and quoteId = ?2", lineId, quoteId).firstResult();
    }

    @Override
    protected QuoteLine newLine(Quote quote, int lineNumber, PricedLine.Details details) {
        return QuoteLine.create(quote.id, lineNumber, details);
    }

    @Override
    protected void price(Quote quote, List<QuoteLine> lines) {
        pricer.price(quote, lines);
    }

    @Override
    protected void linesChanged(Quote quote, List<QuoteLine> lines, boolean byCaller) {
        BigDecimal discountBefore = quote.totalDiscount;
        BigDecimal detailBefore = quote.detailAmount;
        quote.total(lines);
        if (byCaller) {
            // A fixed header discount kept while lines go takes more of what is left.
            privilege.checkHeaderDiscount("discountAmount", quote.totalDiscount, quote.detailAmount, discountBefore,
                    detailBefore);
        }
    }
}
