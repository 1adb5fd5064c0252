package io.lead2cash.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Tells the operator at start, in one line, when no token verification key is configured. */
@ApplicationScoped
public class TokenKeyCheck {

    private static final Logger LOG = Logger.getLogger(TokenKeyCheck.class);
    private static final String[] KEY_PROPERTIES = {"mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
        "smallrye.jwt.verify.key.location"};

    void check(@Observes StartupEvent event, Config config) {
        for (String property : KEY_PROPERTIES) {
            if (config.getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isPresent()) {
                return;
            }
        }
        LOG.error("No token verification key is configured: every call with a token will be refused (401). "
                + "Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to a PEM public key or the identity provider's JWKS URL.");
    }
}
