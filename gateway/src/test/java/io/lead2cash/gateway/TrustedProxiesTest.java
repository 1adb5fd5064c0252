package io.lead2cash.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trusted proxies are addresses, never names that would be looked up on every request. */
class TrustedProxiesTest {

    @Test
    void addressesAndRangesAreAcceptedNamesAndBareIpv6AreRefused() {
        assertThat(TrustedProxies.refused(List.of("127.0.0.1", "10.0.0.0/8", "::1/128", "[::1]", "[fd00::1]:8443",
                "192.168.1.7:80", "localhost"))).isEmpty();
        assertThat(TrustedProxies.refused(List.of("::1", "lb.internal.example", "fd00::1")))
                .containsExactly("::1", "lb.internal.example", "fd00::1");
    }
}
