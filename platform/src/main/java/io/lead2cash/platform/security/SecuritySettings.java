package io.lead2cash.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service trusts tokens beyond the mp.jwt settings: {@code lead2cash.security.*}. */
@ConfigMapping(prefix = "lead2cash.security")
public interface SecuritySettings {

    /**
     * A verified token is remembered this long at most (never past its exp), so a key the identity provider removed
     * stops working within it.
     */
    @WithDefault("PT1M")
    Duration verifiedTokenMemory();

    /** Development tokens on purpose: a service in production then takes the development issuer. */
    @WithDefault("false")
    boolean developmentTokens();
}
