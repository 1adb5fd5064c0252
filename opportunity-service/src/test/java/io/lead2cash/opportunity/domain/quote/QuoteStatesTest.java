package io.lead2cash.opportunity.domain.quote;

import static io.lead2cash.opportunity.domain.ValidRecords.draftQuote;
import static io.lead2cash.opportunity.domain.ValidRecords.openDeal;
import static io.lead2cash.opportunity.domain.ValidRecords.pricedLine;
import static io.lead2cash.opportunity.domain.ValidRecords.unpricedLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The quote's state machine, without a service: Draft → Active → Won | Closed (revised, lost, canceled), a draft or
 * active quote closed with its deal, only a draft edited or deleted; no total below zero.
 */
class QuoteStatesTest {

    private static final Map<String, Consumer<Quote>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("edit", q -> q.changeHeader("Offer 2", null, null, null));
        ACTIONS.put("activate", q -> q.activate(List.of(pricedLine(q, 1, "2", "12.35"))));
        ACTIONS.put("revise", Quote::closeAsRevised);
        ACTIONS.put("win", q -> q.win(List.of(pricedLine(q, 1, "2", "12.35"))));
        ACTIONS.put("close with its deal", q -> q.closeWithDeal(QuoteStatusReason.CANCELED));
        ACTIONS.put("close", q -> q.close(QuoteStatusReason.LOST));
        ACTIONS.put("delete", Quote::discard);
    }

    private static final Map<QuoteState, Set<String>> ALLOWED = Map.of(
            QuoteState.DRAFT, Set.of("edit", "activate", "close with its deal", "delete"),
            QuoteState.ACTIVE, Set.of("revise", "win", "close with its deal", "close"),
            QuoteState.WON, Set.of(),
            QuoteState.CLOSED, Set.of());

    private static Quote in(QuoteState state) {
        Quote quote = draftQuote();
        if (state != QuoteState.DRAFT) {
            quote.activate(List.of(pricedLine(quote, 1, "2", "12.35")));
        }
        switch (state) {
            case WON -> quote.win(List.of(pricedLine(quote, 1, "2", "12.35")));
            case CLOSED -> quote.closeAsRevised();
            default -> { }
        }
        return quote;
    }

    @Test
    void aNewQuoteIsAnInProgressDraftOfItsDealsCustomerOwnerAndCurrency() {
        Quote quote = draftQuote();

        assertThat(quote.state).isEqualTo(QuoteState.DRAFT);
        assertThat(quote.statusReason).isEqualTo(QuoteStatusReason.IN_PROGRESS);
        assertThat(quote.ownerId).isEqualTo("alice");
        assertThat(quote.currency).isEqualTo("EUR");
        assertThat(quote.totalAmount).isEqualByComparingTo("0");
    }

    @Test
    void everyStateAllowsOnlyItsTransitionsAndRefusesTheOthersWithoutChange() {
        for (QuoteState state : QuoteState.values()) {
            for (Map.Entry<String, Consumer<Quote>> action : ACTIONS.entrySet()) {
                Quote quote = in(state);
                QuoteStatusReason reason = quote.statusReason;
                String what = state + " " + action.getKey();
                if (ALLOWED.get(state).contains(action.getKey())) {
                    action.getValue().accept(quote);
                } else {
                    assertThatThrownBy(() -> action.getValue().accept(quote)).as(what)
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
                    assertThat(quote.state).as(what + " changes nothing").isEqualTo(state);
                    assertThat(quote.statusReason).as(what + " changes nothing").isEqualTo(reason);
                }
            }
        }
    }

    @Test
    void eachTransitionEndsInItsStateAndReason() {
        Map<String, QuoteStatusReason> ends = Map.of("revise", QuoteStatusReason.REVISED, "win", QuoteStatusReason.WON,
                "close", QuoteStatusReason.LOST, "close with its deal", QuoteStatusReason.CANCELED);
        ends.forEach((action, reason) -> {
            Quote quote = in(QuoteState.ACTIVE);
            ACTIONS.get(action).accept(quote);
            assertThat(quote.statusReason).as(action).isEqualTo(reason);
            assertThat(quote.state).as(action).isEqualTo(reason == QuoteStatusReason.WON ? QuoteState.WON : QuoteState.CLOSED);
        });
    }

    @Test
    void aQuoteIsActivatedOnlyWithLinesAllPriced() {
        Quote empty = draftQuote();
        assertThatThrownBy(() -> empty.activate(List.of())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));

        Quote unpriced = draftQuote();
        assertThatThrownBy(() -> unpriced.activate(List.of(pricedLine(unpriced, 1, "1", "5"), unpricedLine(unpriced, 2, "1"))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.extensions()).containsEntry("unpricedLines", List.of(2)));

        assertThat(empty.state).isEqualTo(QuoteState.DRAFT);
        assertThat(unpriced.state).isEqualTo(QuoteState.DRAFT);
    }

    @Test
    void aQuoteIsClosedByHandOnlyAsLostOrCanceled() {
        for (QuoteStatusReason reason : QuoteStatusReason.values()) {
            Quote quote = in(QuoteState.ACTIVE);
            if (reason == QuoteStatusReason.LOST || reason == QuoteStatusReason.CANCELED) {
                quote.close(reason);
                assertThat(quote.statusReason).isEqualTo(reason);
            } else {
                assertThatThrownBy(() -> quote.close(reason)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("reason"));
                assertThat(quote.state).isEqualTo(QuoteState.ACTIVE);
            }
        }
    }

    @Test
    void aHeaderDiscountNeverTakesTheTotalBelowZero() {
        // An empty quote (a 0 detail amount) takes no header discount at all.
        Quote empty = draftQuote();
        empty.changeHeader("Offer", null, new BigDecimal("1"), null);
        assertThatThrownBy(() -> empty.totalWithNewHeader(List.of())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("discountAmount"));

        // A quote of 24.70 takes a discount of 24.70, not a cent more; its lines may not fall below its discount.
        Quote quote = draftQuote();
        List<QuoteLine> lines = List.of(pricedLine(quote, 1, "2", "12.35"));
        quote.changeHeader("Offer", null, new BigDecimal("24.70"), null);
        quote.totalWithNewHeader(lines);
        assertThat(quote.totalAmount).isEqualByComparingTo("0");
        quote.changeHeader("Offer", null, new BigDecimal("24.71"), null);
        assertThatThrownBy(() -> quote.totalWithNewHeader(lines)).isInstanceOf(ProblemException.class);
        quote.changeHeader("Offer", null, new BigDecimal("10"), null);
        quote.totalWithNewHeader(lines);
        assertThatThrownBy(() -> quote.total(List.of(pricedLine(quote, 1, "0.5", "12.35"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        assertThat(quote.totalAmount).isEqualByComparingTo("14.70");
    }

    @Test
    void aRevisionIsANewDraftOfTheSameNumberWithItsHeader() {
        Quote quote = draftQuote();
        quote.changeHeader("Offer", new BigDecimal("5"), null, new BigDecimal("3.00"));
        quote.activate(List.of(pricedLine(quote, 1, "2", "12.35")));
        quote.closeAsRevised();

        Quote next = quote.nextRevision(openDeal());

        assertThat(next.quoteNumber).isEqualTo(quote.quoteNumber);
        assertThat(next.revisionNumber).isEqualTo(quote.revisionNumber + 1);
        assertThat(next.revisedFromId).isEqualTo(quote.id);
        assertThat(next.discountPercentage).isEqualByComparingTo("5");
        assertThat(next.freight).isEqualByComparingTo("3.00");
        assertThat(next.state).isEqualTo(QuoteState.DRAFT);
        assertThat(quote.statusReason).isEqualTo(QuoteStatusReason.REVISED);
    }
}
