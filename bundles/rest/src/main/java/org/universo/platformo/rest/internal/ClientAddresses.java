package org.universo.platformo.rest.internal;

import java.util.ArrayList;
import java.util.List;
import org.universo.platformo.utils.net.IpBlocks;

/**
 * The address a request comes from. Behind a reverse proxy every request arrives from the proxy, so throttles
 * keyed by address would put all users in one bucket; X-Forwarded-For names the client, but anybody can send it.
 * It is believed only when the connection comes from a configured proxy: then the rightmost hop that is not
 * itself a trusted proxy is the client. With no proxies configured (the default) the header is ignored.
 */
final class ClientAddresses {
    private final IpBlocks trusted;

    /** @param proxies addresses or CIDR blocks ({@code 10.0.0.0/8}, {@code ::1}); a malformed one is refused */
    ClientAddresses(String[] proxies) {
        this.trusted = IpBlocks.parse("trusted.proxies", proxies);
    }

    /** The client's address, from the connection's {@code remote} address and the X-Forwarded-For values. */
    String of(String remote, List<String> forwardedFor) {
        if (trusted.isEmpty() || !trusted.contains(remote) || forwardedFor == null) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IpBlocks.isLiteral(hop)) {
                // Garbage in the chain: what is left of it cannot be trusted; the last good hop is the client.
                return i == hops.size() - 1 ? remote : hops.get(i + 1);
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remote : hops.get(0);
    }
}
