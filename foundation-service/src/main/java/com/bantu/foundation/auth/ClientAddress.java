package com.bantu.foundation.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client address the login lockout is keyed by. Behind the gateway (or another proxy on loopback or a private
 * network) it is the right-most {@code X-Forwarded-For} entry, the address the proxy saw; a direct caller from a
 * public address is its TCP peer (its own {@code X-Forwarded-For} is ignored).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && isProxy(peer)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return peer;
    }

    private static boolean isProxy(String address) {
        if (address == null) {
            return false;
        }
        if (!address.matches("[0-9a-fA-F.:%]+")) {
            return false; // only literal addresses are parsed (never a DNS lookup)
        }
        try {
            InetAddress a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
