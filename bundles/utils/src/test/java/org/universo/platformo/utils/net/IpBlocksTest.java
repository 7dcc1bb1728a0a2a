package org.universo.platformo.utils.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpBlocksTest {
    @Test
    void matchesAddressesAndPrefixesOfBothFamilies() {
        IpBlocks b = IpBlocks.parse("x", "192.168.4.0/22", "::1", "fc00::/7", "10.1.2.3", " ");
        assertTrue(b.contains("192.168.7.255"));
        assertFalse(b.contains("192.168.8.0"));
        assertTrue(b.contains("10.1.2.3"));
        assertFalse(b.contains("10.1.2.4"));
        assertTrue(b.contains("::1") && b.contains("[::1]"));
        assertTrue(b.contains("fd12:3456::9"));
        assertFalse(b.contains("2001:db8::1"));
        assertTrue(b.contains("::ffff:10.1.2.3"), "an IPv4-mapped address is the IPv4 address");
        assertFalse(b.contains("localhost") || b.contains("example.org") || b.contains(null), "never a lookup");
        assertTrue(IpBlocks.parse("x").isEmpty());
        IpBlocks fromCfg = IpBlocks.parse("x", "127.0.0.0/8, ::1,10.0.0.0/8");
        assertTrue(fromCfg.contains("127.0.0.1") && fromCfg.contains("::1") && fromCfg.contains("10.9.9.9"));
    }

    @Test
    void aBadEntryNamesTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IpBlocks.parse("trusted.proxies",
                "proxy.local"));
        assertTrue(e.getMessage().startsWith("trusted.proxies: 'proxy.local'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IpBlocks.parse("x", "10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> IpBlocks.parse("x", "999.0.0.1"));
    }
}
