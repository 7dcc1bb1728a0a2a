package org.universo.platformo.utils.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A set of IP addresses and CIDR blocks ({@code 10.0.0.0/8}, {@code ::1}, {@code fc00::/7}) from configuration.
 * Only literals are accepted, in configuration and in {@link #contains}: a host name is never looked up.
 */
public final class IpBlocks {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] a) {
            if (a.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            return rest == 0 || ((a[full] ^ prefix[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Block> blocks;

    private IpBlocks(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Parses the entries, each one or several separated by commas or spaces (blank ones are skipped).
     *
     * @param setting the configuration key, named in the error
     * @throws IllegalArgumentException naming the first entry that is not an IP literal or CIDR block
     */
    public static IpBlocks parse(String setting, String... entries) {
        List<Block> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            // a .cfg file gives "a, b" as one value
            all.addAll(List.of(entry == null ? new String[0] : entry.split("[,\\s]+")));
        }
        for (String e : all) {
            if (e == null || e.isBlank()) {
                continue;
            }
            String[] parts = e.trim().split("/", 2);
            byte[] a = literal(parts[0]);
            if (a == null) {
                throw new IllegalArgumentException(setting + ": '" + e + "' is not an IP address or CIDR block");
            }
            int bits = a.length * 8;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1]);
                } catch (NumberFormatException x) {
                    bits = -1;
                }
                if (bits < 0 || bits > a.length * 8) {
                    throw new IllegalArgumentException(setting + ": '" + e + "' has an invalid prefix length");
                }
            }
            out.add(new Block(a, bits));
        }
        return new IpBlocks(out);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether {@code address} (an IP literal, IPv6 optionally in brackets) lies in one of the blocks. */
    public boolean contains(String address) {
        byte[] a = literal(address);
        return a != null && blocks.stream().anyMatch(b -> b.contains(a));
    }

    /** Whether {@code s} is an IP literal. */
    public static boolean isLiteral(String s) {
        return literal(s) != null;
    }

    private static byte[] literal(String s) {
        if (s == null) {
            return null;
        }
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        boolean v4 = IPV4.matcher(t).matches();
        if (!v4 && !(t.indexOf(':') >= 0 && IPV6.matcher(t).matches())) {
            return null;
        }
        if (v4) {
            for (String octet : t.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return null;
                }
            }
        }
        try {
            // Java answers an IPv4-mapped IPv6 literal (::ffff:10.0.0.1) as the IPv4 address it is
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
