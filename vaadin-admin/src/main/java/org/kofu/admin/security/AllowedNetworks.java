package org.kofu.admin.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Client networks in CIDR notation (IPv4 and IPv6); an address matches if any network holds it. */
final class AllowedNetworks {

  private record Network(byte[] prefix, int bits) {
    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int width = address.length * 8;
      BigInteger mask =
          BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE).shiftRight(bits).not();
      return new BigInteger(1, address).and(mask).equals(new BigInteger(1, prefix).and(mask));
    }
  }

  private final List<Network> networks;

  AllowedNetworks(List<String> cidrs) {
    this.networks = cidrs.stream().map(AllowedNetworks::parse).toList();
  }

  boolean allows(String address) {
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return networks.stream().anyMatch(network -> network.contains(bytes));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static Network parse(String cidr) {
    String[] parts = cidr.trim().split("/");
    try {
      // Literal addresses only: getByName does no lookup for them.
      byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
      int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : prefix.length * 8;
      if (bits < 0 || bits > prefix.length * 8) {
        throw new IllegalArgumentException("bad prefix length in " + cidr);
      }
      return new Network(prefix, bits);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a network: " + cidr, e);
    }
  }
}
