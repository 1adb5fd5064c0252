package io.lead2cash.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service in production on settings meant for development: the development token issuer (the
 * devstack writes its signing key to disk) unless development tokens are trusted on purpose
 * ({@code LEAD2CASH_SECURITY_DEVELOPMENT_TOKENS}, which {@code ./lead2cash up} sets), no token audience (a token for
 * any API of the issuer would do), and the built-in key that seals list cursors.
 */
@ApplicationScoped
public class ProductionSettingsCheck {

    static final String DEVELOPMENT_ISSUER = "https://lead2cash.local/dev";
    static final int MIN_CURSOR_KEY_LENGTH = 16;

    void check(@Observes StartupEvent event, Config config, SecuritySettings security) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> refusals = refusals(config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.audiences", String.class),
                config.getOptionalValue("lead2cash.paging.cursor-key", String.class),
                security.developmentTokens());
        if (!refusals.isEmpty()) {
            throw new IllegalStateException("Refusing to start with development settings (docs/operations.md, "
                    + "\"Production\"): " + String.join("; ", refusals));
        }
    }

    /** What is wrong with these settings for production, one sentence each; empty when nothing is. */
    static List<String> refusals(Optional<String> issuer, Optional<String> audiences, Optional<String> cursorKey,
            boolean developmentTokens) {
        List<String> refusals = new ArrayList<>();
        if (issuer.map(DEVELOPMENT_ISSUER::equals).orElse(true) && !developmentTokens) {
            refusals.add("MP_JWT_VERIFY_ISSUER is the development issuer: name your identity provider's "
                    + "(or set LEAD2CASH_SECURITY_DEVELOPMENT_TOKENS=true to trust development tokens on purpose)");
        }
        if (audiences.filter(a -> !a.isBlank()).isEmpty()) {
            refusals.add("MP_JWT_VERIFY_AUDIENCES is empty: name the audience your identity provider issues this "
                    + "API's tokens for");
        }
        if (cursorKey.filter(k -> k.length() >= MIN_CURSOR_KEY_LENGTH).isEmpty()) {
            refusals.add("LEAD2CASH_PAGING_CURSOR_KEY is not set: give every replica the same secret of at least "
                    + MIN_CURSOR_KEY_LENGTH + " characters");
        }
        return refusals;
    }
}
