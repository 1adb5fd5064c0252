package io.lead2cash.platform.api;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic concurrency over HTTP: a record's ETag is its version; changes need {@code If-Match} with the
 * current one (428 without it, 412 when stale), so no client overwrites a change it has not seen.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks {@code If-Match} against the record's current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This change needs an If-Match header with the record's ETag (from the last GET)");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + currentVersion + "\"")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch + " is stale: the record is now at ETag \"" + currentVersion + "\"")
                .withHeader("ETag", "\"" + currentVersion + "\"");
    }

    /** For actions (qualify, publish, ...): If-Match is optional, but a stale one is refused with 412. */
    public static void checkIfGiven(String ifMatch, long currentVersion) {
        if (ifMatch != null) {
            requireMatch(ifMatch, currentVersion);
        }
    }

    /** 200 with the representation and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }
}
