package io.lead2cash.gateway;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start with a trusted proxy named by host name. Quarkus resolves such a name with a new DNS client on
 * every request (one more UDP socket each, never closed), so each call waits for the name server and stalls for
 * its 5 s time-out whenever a query is lost. A bare IPv6 address such as {@code ::1} is read as the host ":" with
 * port 1 and does the same. IP addresses ({@code [::1]} for IPv6) and CIDR ranges cost nothing per request.
 */
@ApplicationScoped
public class TrustedProxies {

    static final String PROPERTY = "quarkus.http.proxy.trusted-proxies";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+](:\\d+)?");
    private static final Pattern CIDR = Pattern.compile("[0-9A-Fa-f:.]+/\\d{1,3}");

    void check(@Observes StartupEvent event) {
        List<String> proxies = ConfigProvider.getConfig().getOptionalValues(PROPERTY, String.class).orElse(List.of());
        List<String> refused = refused(proxies);
        if (!refused.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES) names " + refused
                    + ": give IP addresses or CIDR ranges (IPv6 in brackets, e.g. [::1], or as ::1/128); a host name "
                    + "would cost a DNS query on every request");
        }
    }

    /** The entries that Quarkus would resolve through DNS on each request. */
    static List<String> refused(List<String> proxies) {
        return proxies.stream().map(String::trim).filter(p -> !p.isEmpty())
                .filter(p -> !(p.equals("localhost") || IPV4.matcher(p).matches() || BRACKETED_IPV6.matcher(p).matches()
                        || CIDR.matcher(p).matches()))
                .toList();
    }
}
