package org.universo.platformo.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", new ClientAddresses(new String[0]).of("203.0.113.9", List.of("1.2.3.4")));
        assertEquals("203.0.113.9", new ClientAddresses(null).of("203.0.113.9", List.of("1.2.3.4")));
    }

    @Test
    void aTrustedProxyNamesTheClientAndSpoofedHopsToItsLeftAreIgnored() {
        ClientAddresses c = new ClientAddresses(new String[] {"10.0.0.0/8", "::1", " "});
        assertEquals("198.51.100.7", c.of("10.1.2.3", List.of("198.51.100.7")));
        assertEquals("198.51.100.7", c.of("10.1.2.3", List.of("6.6.6.6, 198.51.100.7")),
                "the client wrote the first hop itself; the proxy appended the real one");
        assertEquals("198.51.100.7", c.of("::1", List.of("6.6.6.6", "198.51.100.7, 10.0.0.5")));
        assertEquals("10.9.9.9", c.of("10.1.2.3", List.of("10.9.9.9, 10.0.0.5")), "all hops trusted: the first");
        assertEquals("198.51.100.8", c.of("198.51.100.8", List.of("1.2.3.4")),
                "an untrusted connection cannot speak for others");
        assertEquals("10.1.2.3", c.of("10.1.2.3", null));
        assertEquals("10.1.2.3", c.of("10.1.2.3", List.of("example.org")), "garbage stops the walk");
        assertEquals("198.51.100.7", c.of("10.1.2.3", List.of("x, 198.51.100.7")));
        assertEquals("2001:db8::1", c.of("10.1.2.3", List.of("[2001:db8::1]")).replace("[", "").replace("]", ""));
    }

    @Test
    void blocksMatchTheirPrefixOnly() {
        ClientAddresses c = new ClientAddresses(new String[] {"192.168.4.0/22"});
        assertEquals("1.1.1.1", c.of("192.168.7.255", List.of("1.1.1.1")));
        assertEquals("192.168.8.1", c.of("192.168.8.1", List.of("1.1.1.1")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(new String[] {"proxy.local"}));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(new String[] {"10.0.0.0/33"}));
        assertFalse(org.universo.platformo.utils.net.IpBlocks.isLiteral("999.1.1.1"));
        assertFalse(org.universo.platformo.utils.net.IpBlocks.isLiteral("localhost"), "never a name lookup");
    }
}
