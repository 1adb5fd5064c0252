package io.lead2cash.platform.api.answer;

import io.lead2cash.platform.domain.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Optimistic concurrency over HTTP: a record's ETag is its version; a resource turns the {@code If-Match} header
 * into the {@link ExpectedVersion} the domain checks (428 without it where required, 412 when stale), so no client
 * overwrites a change it has not seen.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** For changes of a record's details: If-Match must be given. */
    public static ExpectedVersion required(String ifMatch) {
        return ifMatch == null ? ExpectedVersion.MISSING : parse(ifMatch);
    }

    /** For actions (qualify, publish, ...): If-Match is optional, but a stale one is refused. */
    public static ExpectedVersion optional(String ifMatch) {
        return ifMatch == null ? ExpectedVersion.NONE : parse(ifMatch);
    }

    private static ExpectedVersion parse(String ifMatch) {
        if (ifMatch.isBlank()) {
            return ExpectedVersion.MISSING;
        }
        List<Long> versions = new ArrayList<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*")) {
                return ExpectedVersion.ANY;
            }
            versionIn(tag).ifPresent(versions::add);
        }
        return ExpectedVersion.given(versions, ifMatch);
    }

    /** The version an entity tag names, if it is one we issue: a quoted decimal as {@link #of} writes it. */
    private static Optional<Long> versionIn(String tag) {
        if (tag.length() < 3 || tag.length() > 21 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return Optional.empty();
        }
        String digits = tag.substring(1, tag.length() - 1);
        try {
            long version = Long.parseLong(digits);
            return Long.toString(version).equals(digits) ? Optional.of(version) : Optional.empty();
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

}
