package io.lead2cash.gateway;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start the gateway in production on the development token issuer (unless development tokens are trusted
 * on purpose, {@code LEAD2CASH_SECURITY_DEVELOPMENT_TOKENS}, as {@code ./lead2cash up} does) or without a token
 * audience: the edge checks tokens as the services do, and stops on the same development settings they stop on.
 */
@ApplicationScoped
public class EdgeTokenSettings {

    static final String DEVELOPMENT_ISSUER = "https://lead2cash.local/dev";

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> refused = refused(config.getOptionalValue("mp.jwt.verify.issuer", String.class),
                config.getOptionalValue("mp.jwt.verify.audiences", String.class),
                config.getOptionalValue("lead2cash.security.development-tokens", Boolean.class).orElse(false));
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Refusing to start the gateway with development settings "
                    + "(docs/operations.md, \"Production\"): " + String.join("; ", refused));
        }
    }

    /** What is wrong with the edge's token settings for production; empty when nothing is. */
    static List<String> refused(Optional<String> issuer, Optional<String> audiences, boolean developmentTokens) {
        List<String> refused = new ArrayList<>();
        if (!developmentTokens && issuer.map(DEVELOPMENT_ISSUER::equals).orElse(true)) {
            refused.add("MP_JWT_VERIFY_ISSUER is the development issuer (LEAD2CASH_SECURITY_DEVELOPMENT_TOKENS=true "
                    + "trusts it on purpose)");
        }
        if (audiences.filter(a -> !a.isBlank()).isEmpty()) {
            refused.add("MP_JWT_VERIFY_AUDIENCES is empty");
        }
        return refused;
    }
}
