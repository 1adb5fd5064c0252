package io.lead2cash.billing.domain.invoice;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Hands out invoice numbers (INV-2026-000042) and credit note numbers (CRN-2026-000007), each from its own gapless
 * sequence per year. The year's counter row stays locked
 * until the invoice's transaction ends: a rolled-back invoice gives its number back, concurrent ones wait.
 */
@ApplicationScoped
public class InvoiceNumbers {

    private static final String NEXT = """
            INSERT INTO invoice_number_counter (series, year, last_number) VALUES (:series, :year, 1)
            ON CONFLICT (series, year) DO UPDATE SET last_number = invoice_number_counter.last_number + 1
            RETURNING last_number""";

    @Inject EntityManager entityManager;

    /** The next number of the year, taken in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        return next("INV", year);
    }

    /** The next credit note number of the year (CRN-2026-000007), from the credit notes' own series. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextCreditNote(int year) {
        return next("CRN", year);
    }

    private String next(String series, int year) {
        Number number = (Number) entityManager.createNativeQuery(NEXT).setParameter("series", series)
                .setParameter("year", year).getSingleResult();
        return "%s-%d-%06d".formatted(series, year, number.intValue());
    }
}
