package io.lead2cash.platform.security;

/** The roles of the suite, as they appear in the token's {@code groups} claim. */
public final class Roles {

    public static final String SALES_REP = "sales-rep";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String CATALOG_MANAGER = "catalog-manager";
    public static final String BILLING_CLERK = "billing-clerk";
    public static final String ADMIN = "admin";
    /** Machine callers (integrations, other services): read access across records. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
