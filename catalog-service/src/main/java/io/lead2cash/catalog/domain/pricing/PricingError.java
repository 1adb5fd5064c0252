package io.lead2cash.catalog.domain.pricing;

/** Why a line could not be priced; the line says so instead of failing the whole calculation. */
public enum PricingError {
    /** The request names no price list. */
    NO_PRICE_LIST,
    /** The price list does not exist. */
    PRICE_LIST_NOT_FOUND,
    /** The price list is inactive, or the pricing date is outside its validity. */
    PRICE_LIST_NOT_VALID,
    /** The request's currency, a product's prices or a discount list are in another currency than the price list. */
    CURRENCY_MISMATCH,
    /** No product with this id. */
    PRODUCT_NOT_FOUND,
    /** The product is Draft or Retired. */
    PRODUCT_NOT_ACTIVE,
    /** A family groups products and is not sold itself. */
    PRODUCT_IS_FAMILY,
    /** The unit is unknown or not in the product's unit group. */
    UNIT_NOT_IN_UNIT_GROUP,
    /** The price list has no item for this product in this unit. */
    PRODUCT_NOT_ON_PRICE_LIST,
    /** The quantity breaks the item's selling option or the product's supported decimals. */
    QUANTITY_NOT_ALLOWED,
    /** The pricing method needs the product's list price, current cost or standard cost, which is not set. */
    MISSING_PRODUCT_PRICE,
    /** The rounding cannot be applied (it would give a negative price). */
    INVALID_ROUNDING,
    /** The manual discount is larger than the line amount. */
    MANUAL_DISCOUNT_EXCEEDS_AMOUNT
}
