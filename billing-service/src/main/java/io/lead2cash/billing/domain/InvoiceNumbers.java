package io.lead2cash.billing.domain;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out invoice numbers (INV-2026-000042) from a gapless sequence per year. The year's counter row stays locked
 * until the invoice's transaction ends: a rolled-back invoice gives its number back, concurrent ones wait.
 */
@ApplicationScoped
public class InvoiceNumbers {

    private static final String NEXT = """
            INSERT INTO invoice_number_counter (year, last_number) VALUES (:year, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = invoice_number_counter.last_number + 1
            RETURNING last_number""";

    @Inject EntityManager entityManager;

    /** The next number of the year, taken in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number number = (Number) entityManager.createNativeQuery(NEXT).setParameter("year", year).getSingleResult();
        return "INV-%d-%06d".formatted(year, number.intValue());
    }
}
