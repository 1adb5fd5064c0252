package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Rating;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a user sets on an open opportunity; Won and Lost forecast categories come only from closing it. */
public record OpportunityDetails(String topic, CustomerType customerType, UUID customerId, String customerName, UUID priceListId,
        String currency, BigDecimal estimatedRevenue, boolean revenueSystemCalculated, LocalDate estimatedCloseDate,
        Integer probability, Rating rating, SalesStage salesStage, ForecastCategory forecastCategory, String description,
        String customerNeed, String proposedSolution) {

    /** The forecast category asked for: Pipeline unless given; Won and Lost come only from closing the deal. */
    ForecastCategory openForecast() {
        if (forecastCategory == ForecastCategory.WON || forecastCategory == ForecastCategory.LOST) {
            throw ProblemException.invalid("forecastCategory", "must be PIPELINE, BEST_CASE, COMMITTED or OMITTED; "
                    + "win or lose the opportunity to close it");
        }
        return forecastCategory == null ? ForecastCategory.PIPELINE : forecastCategory;
    }

    /** The same details, naming the customer as the suite knows it. */
    public OpportunityDetails withCustomerName(String name) {
        return new OpportunityDetails(topic, customerType, customerId, name, priceListId, currency, estimatedRevenue,
                revenueSystemCalculated, estimatedCloseDate, probability, rating, salesStage, forecastCategory,
                description, customerNeed, proposedSolution);
    }
}
