package io.lead2cash.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A production service starts only on production settings, and says each one that is not. */
class ProductionSettingsCheckTest {

    private static final Optional<String> IDP = Optional.of("https://idp.example.com/realms/sales");
    private static final Optional<String> API = Optional.of("lead2cash-api");
    private static final Optional<String> KEY = Optional.of("8d1f0c2e9b7a4c6d5e3f");

    @Test
    void productionSettingsStart() {
        assertThat(ProductionSettingsCheck.refusals(IDP, API, KEY, false)).isEmpty();
    }

    @Test
    void theDevelopmentIssuerStartsOnlyWhenDevelopmentTokensAreTrustedOnPurpose() {
        Optional<String> development = Optional.of(ProductionSettingsCheck.DEVELOPMENT_ISSUER);
        assertThat(ProductionSettingsCheck.refusals(development, API, KEY, false)).singleElement().asString()
                .contains("MP_JWT_VERIFY_ISSUER");
        assertThat(ProductionSettingsCheck.refusals(Optional.empty(), API, KEY, false)).hasSize(1);
        assertThat(ProductionSettingsCheck.refusals(development, API, KEY, true)).isEmpty();
    }

    @Test
    void noAudienceOrNoOwnCursorKeyIsRefusedWhateverTheTokens() {
        assertThat(ProductionSettingsCheck.refusals(IDP, Optional.of(" "), KEY, true)).singleElement().asString()
                .contains("MP_JWT_VERIFY_AUDIENCES");
        assertThat(ProductionSettingsCheck.refusals(IDP, API, Optional.empty(), true)).singleElement().asString()
                .contains("LEAD2CASH_PAGING_CURSOR_KEY");
        assertThat(ProductionSettingsCheck.refusals(IDP, API, Optional.of("short"), true)).hasSize(1);
    }
}
