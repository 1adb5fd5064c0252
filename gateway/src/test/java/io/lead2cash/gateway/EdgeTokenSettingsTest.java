package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edge starts in production only on a real issuer (or development tokens on purpose) and an audience. */
class EdgeTokenSettingsTest {

    private static final Optional<String> API = Optional.of("lead2cash-api");

    @Test
    void aRealIssuerAndAnAudienceStart() {
        assertThat(EdgeTokenSettings.refused(Optional.of("https://idp.example.com/realms/sales"), API, false)).isEmpty();
    }

    @Test
    void theDevelopmentIssuerOrNoAudienceIsRefused() {
        Optional<String> development = Optional.of(EdgeTokenSettings.DEVELOPMENT_ISSUER);
        assertThat(EdgeTokenSettings.refused(development, API, false)).singleElement().asString()
                .contains("MP_JWT_VERIFY_ISSUER");
        assertThat(EdgeTokenSettings.refused(development, API, true)).isEmpty();
        assertThat(EdgeTokenSettings.refused(development, Optional.empty(), true)).singleElement().asString()
                .contains("MP_JWT_VERIFY_AUDIENCES");
    }
}
