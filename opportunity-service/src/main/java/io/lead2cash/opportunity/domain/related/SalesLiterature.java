package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.SalesDocument;
import io.lead2cash.events.opportunities.SalesLiteratureCreated;
import io.lead2cash.events.opportunities.SalesLiteratureData;
import io.lead2cash.events.opportunities.SalesLiteratureType;
import io.lead2cash.events.opportunities.SalesLiteratureUpdated;
import io.lead2cash.platform.domain.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Documents or links sellers give customers (brochures, price sheets, presentations), valid until it expires. */
@Entity
@Table(name = "sales_literature")
public class SalesLiterature extends TrackedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "literature_type")
    public SalesLiteratureType type;

    public String subject;
    public String description;
    public LocalDate expirationDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SalesDocument> documents = new ArrayList<>();

    /** What a user sets on sales literature. */
    public record Details(String name, SalesLiteratureType type, String subject, String description, LocalDate expirationDate,
            List<SalesDocument> documents) {
    }

    public static SalesLiterature publish(Details details) {
        SalesLiterature literature = new SalesLiterature();
        literature.initialise();
        literature.apply(details);
        return literature;
    }

    public SalesLiteratureCreated created() {
        return new SalesLiteratureCreated(UUID.randomUUID(), modifiedAt, data());
    }

    public SalesLiteratureUpdated change(Details details) {
        apply(details);
        touch();
        return new SalesLiteratureUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Expired literature may still be read, but no longer given to customers. */
    public boolean expiredOn(LocalDate day) {
        return expirationDate != null && expirationDate.isBefore(day);
    }

    public SalesLiteratureData data() {
        return new SalesLiteratureData(id, name, type, subject, description, expirationDate, List.copyOf(documents), createdAt,
                modifiedAt);
    }

    private void apply(Details d) {
        name = d.name().trim();
        type = d.type() == null ? SalesLiteratureType.GENERAL : d.type();
        subject = d.subject();
        description = d.description();
        expirationDate = d.expirationDate();
        documents = new ArrayList<>(d.documents());
    }
}
