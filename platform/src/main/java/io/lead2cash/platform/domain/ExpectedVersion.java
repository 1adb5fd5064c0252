package io.lead2cash.platform.domain;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.util.List;

/**
 * The version of a record a change was made against, as the caller stated it: nothing to check, a statement
 * the caller owed but did not give, or the versions it saw; {@link TrackedEntity#checkVersion} holds a record to it.
 */
public sealed interface ExpectedVersion {

    /** No statement and none needed: the change applies to whatever version is current. */
    ExpectedVersion NONE = new None();

    /** No statement, though this change needs one: checking it refuses the change (428). */
    ExpectedVersion MISSING = new Missing();

    /** Any version: the caller knows the record exists and accepts its current state. */
    ExpectedVersion ANY = new Given(List.of(), true, "*");

    /** The caller saw one of these versions; {@code asStated} is the statement as it came, for the refusal. */
    static ExpectedVersion given(List<Long> versions, String asStated) {
        return new Given(List.copyOf(versions), false, asStated);
    }

    /** Refuses the change unless the record is at a version the caller expected. */
    void check(long currentVersion);

    /** See {@link #NONE}. */
    record None() implements ExpectedVersion {
        @Override
        public void check(long currentVersion) {
        }
    }

    /** See {@link #MISSING}. */
    record Missing() implements ExpectedVersion {
        @Override
        public void check(long currentVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This change needs an If-Match header with the record's ETag (from the last GET)");
        }
    }

    /** See {@link #given}. */
    record Given(List<Long> versions, boolean any, String asStated) implements ExpectedVersion {
        @Override
        public void check(long currentVersion) {
            if (!any && !versions.contains(currentVersion)) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                        "If-Match " + asStated + " is stale: the record is now at ETag \"" + currentVersion + "\"")
                        .withHeader("ETag", "\"" + currentVersion + "\"");
            }
        }
    }
}
