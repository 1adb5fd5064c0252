package io.lead2cash.devstack;

import java.time.Duration;
import java.util.List;

/**
 * Where the suite's callers get their bearer tokens: the development key of this machine ({@link DevTokens}) or a real
 * OpenID Connect provider the suite trusts.
 */
public interface TokenSource {

    /** A token for this API for a user with roles and an optional team, valid for {@code lifetime}. */
    default String issue(String user, List<String> roles, String team, Duration lifetime) {
        return issueFor(DevTokens.AUDIENCE, user, roles, team, lifetime);
    }

    /** A token for another API ({@code audience}; none when null): tests show the suite takes only its own. */
    String issueFor(String audience, String user, List<String> roles, String team, Duration lifetime);
}
