package io.lead2cash.events.opportunities;

/** What kind of document sales literature is (Dynamics 365's literature types). */
public enum SalesLiteratureType { PRESENTATION, PRODUCT_SHEET, PRICE_SHEET, BROCHURE, MANUAL, SPREADSHEET, POLICIES_AND_PROCEDURES, SALES_LITERATURE, NEWS, GENERAL }
