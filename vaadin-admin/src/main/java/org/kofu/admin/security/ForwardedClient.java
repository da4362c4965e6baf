package org.kofu.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's address behind configured reverse proxies. {@code Forwarded} (RFC 7239) or, without
 * it, {@code X-Forwarded-For} is read only when the direct peer is a trusted proxy, and then from
 * the right: each hop a trusted proxy added is believed, the first address added by anyone else is
 * the client. A forged header sent through no trusted proxy, or the part of one a client wrote
 * itself, is thus ignored. Entries that are not literal IP addresses (a name, {@code unknown}, an
 * obfuscated identifier) stop the walk at the last trusted hop; nothing is ever looked up in DNS.
 */
final class ForwardedClient {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final AllowedNetworks trustedProxies;

  ForwardedClient(List<String> trustedProxies) {
    this.trustedProxies = new AllowedNetworks(trustedProxies);
  }

  String addressOf(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    List<String> hops = hops(request);
    for (int i = hops.size() - 1; i >= 0 && trustedProxies.allows(address); i--) {
      Optional<String> previous = literal(hops.get(i));
      if (previous.isEmpty()) {
        break;
      }
      address = previous.get();
    }
    return address;
  }

  private static List<String> hops(HttpServletRequest request) {
    List<String> forwarded = values(request, "Forwarded");
    List<String> hops = new ArrayList<>();
    if (!forwarded.isEmpty()) {
      for (String element : forwarded) {
        hops.add(forParameter(element));
      }
      return hops;
    }
    return values(request, "X-Forwarded-For");
  }

  private static List<String> values(HttpServletRequest request, String header) {
    List<String> values = new ArrayList<>();
    for (String line : Collections.list(request.getHeaders(header))) {
      for (String value : line.split(",")) {
        values.add(value.trim());
      }
    }
    return values;
  }

  private static String forParameter(String element) {
    for (String pair : element.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
        return pair.substring(equals + 1).trim().replace("\"", "");
      }
    }
    return "";
  }

  /** A literal IPv4 or IPv6 address (port and brackets dropped), never a name looked up. */
  static Optional<String> literal(String hop) {
    String host = hop;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      host = close > 0 ? host.substring(1, close) : "";
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
      host = host.substring(0, host.indexOf(':'));
    }
    try {
      Matcher v4 = IPV4.matcher(host);
      if (v4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(v4.group(i + 1));
          if (octet > 255) {
            return Optional.empty();
          }
          bytes[i] = (byte) octet;
        }
        return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
      }
      if (IPV6.matcher(host).matches()) {
        // in brackets the JDK parses an IPv6 literal or fails; it never asks DNS
        return Optional.of(InetAddress.getByName("[" + host + "]").getHostAddress());
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
