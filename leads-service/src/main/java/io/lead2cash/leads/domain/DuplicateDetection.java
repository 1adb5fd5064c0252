package io.lead2cash.leads.domain;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.RecordAccess;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Dynamics 365's duplicate detection for leads, accounts and contacts: a record being created, or changed in what
 * identifies it, that shares an e-mail address, a company name (without case, punctuation or legal form) or a phone
 * number (its digits) with another is refused with 409 and the look-alikes, unless the caller overrides. Leads are
 * compared with the open leads the caller may see; accounts and contacts, which every seller sees, with all of theirs.
 */
@ApplicationScoped
public class DuplicateDetection {

    /** How many look-alikes the answer lists at most. */
    static final int MAX_MATCHES = 10;

    @Inject RecordAccess access;

    /** A record that looks like the one being saved, and the field they share. */
    public record Duplicate(String type, UUID id, String name, String matchedOn) {
    }

    /** Refuses the lead if it looks like another open lead the caller may see. */
    public void checkLead(UUID self, String email, String companyName, String phone) {
        Map<String, String> keys = keys(email, "companyName", companyName, phone);
        var visible = access.visibleSql(AccessPolicy.SALES, "lead");
        refuse("lead", find("lead", "coalesce(nullif(btrim(coalesce(first_name, '') || ' ' || last_name), ''), topic)",
                "company_name", self, keys, "state = 'OPEN'" + visible.map(c -> " and " + c.text()).orElse(""),
                visible.map(RecordAccess.Clause::parameters).orElse(Map.of())));
    }

    public void checkAccount(UUID self, String email, String name, String phone) {
        refuse("account", accountsLike(self, email, name, phone));
    }

    public void checkContact(UUID self, String email, String phone) {
        refuse("contact", contactsLike(self, email, phone));
    }

    /** The accounts sharing the e-mail, company key or phone (other than {@code self}): as creating one checks. */
    public List<Duplicate> accountsLike(UUID self, String email, String name, String phone) {
        return find("account", "name", "name", self, keys(email, "name", name, phone), "true", Map.of());
    }

    /** The contacts sharing the e-mail or phone (other than {@code self}): as creating one checks. */
    public List<Duplicate> contactsLike(UUID self, String email, String phone) {
        return find("contact", "btrim(coalesce(first_name, '') || ' ' || last_name)", null, self,
                keys(email, null, null, phone), "true", Map.of());
    }

    /** The non-blank identifying fields, in the order a match is reported: e-mail, company, phone. */
    private static Map<String, String> keys(String email, String companyField, String company, String phone) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (email != null && !email.isBlank()) {
            keys.put("email", email.trim().toLowerCase(Locale.ROOT));
        }
        if (companyField != null && company != null && !company.isBlank()) {
            keys.put(companyField, company);
        }
        if (phone != null && !phone.isBlank()) {
            keys.put("phone", phone);
        }
        return keys;
    }

    /** One query over the table's indexes (lower(email), company_key, phone_key), answering the first shared field. */
    private static List<Duplicate> find(String table, String nameExpression, String companyColumn, UUID self,
            Map<String, String> keys, String scope, Map<String, Object> scopeParameters) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> tests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        keys.forEach((field, value) -> {
            tests.add(switch (field) {
                case "email" -> "lower(email) = :email";
                case "phone" -> "phone_key(phone) = phone_key(:phone)";
                default -> "company_key(" + companyColumn + ") = company_key(:company)";
            });
            names.add(field);
        });
        StringBuilder matchedOn = new StringBuilder("case");
        for (int i = 0; i < tests.size(); i++) {
            matchedOn.append(" when ").append(tests.get(i)).append(" then '").append(names.get(i)).append('\'');
        }
        matchedOn.append(" end");
        String sql = "select id, " + nameExpression + ", " + matchedOn + " from " + table + " where " + scope
                + (self == null ? "" : " and id <> :self") + " and (" + String.join(" or ", tests) + ") limit "
                + MAX_MATCHES;
        var query = Panache.getEntityManager().createNativeQuery(sql, Object[].class);
        keys.forEach((field, value) -> query.setParameter(switch (field) {
            case "email", "phone" -> field;
            default -> "company";
        }, value));
        if (self != null) {
            query.setParameter("self", self);
        }
        scopeParameters.forEach(query::setParameter);
        List<Duplicate> duplicates = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            duplicates.add(new Duplicate(table, (UUID) columns[0], (String) columns[1], (String) columns[2]));
        }
        return duplicates;
    }

    private static void refuse(String kind, List<Duplicate> duplicates) {
        if (!duplicates.isEmpty()) {
            throw new ProblemException(ProblemType.DUPLICATE, "This " + kind + " looks like " + duplicates.size()
                    + " existing one" + (duplicates.size() == 1 ? "" : "s") + " (same " + duplicates.get(0).matchedOn()
                    + "): open it instead, or save with overrideDuplicates=true to keep both",
                    List.of(), Map.of("duplicates", duplicates));
        }
    }
}
