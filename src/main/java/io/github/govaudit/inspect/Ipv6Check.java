package io.github.govaudit.inspect;

import io.github.govaudit.crawl.HostScope;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Criteria B5.4 {@code ipv6}: the home host has an AAAA record and answers over IPv6. Without IPv6
 * connectivity here, an AAAA record alone is {@code unverified}; a home given as an IP address is
 * {@code not_applicable}.
 */
final class Ipv6Check {

  private static final int CONNECT_TIMEOUT_MS = 3000;

  private final FindingMaker maker;

  Ipv6Check(Ruleset ruleset) {
    this.maker = new FindingMaker(ruleset, InspectionChecks.IPV6);
  }

  Optional<Finding> check(String home) {
    String host = HostScope.hostOf(home);
    if (host == null || host.startsWith("[") || host.matches("[0-9.]+")) {
      return Optional.of(finding(Status.NOT_APPLICABLE, home, "the home page is given as an IP address", "no host name"));
    }
    List<InetAddress> v6;
    try {
      v6 = Arrays.stream(InetAddress.getAllByName(host)).filter(a -> a instanceof Inet6Address).toList();
    } catch (UnknownHostException e) {
      return Optional.of(finding(Status.UNVERIFIED, home, "DNS lookup of " + host + " failed here", "no DNS answer"));
    }
    if (v6.isEmpty()) {
      return Optional.of(finding(Status.FAIL, home, host + " has no AAAA (IPv6) record", "no AAAA record"));
    }
    int port = URI.create(home).getPort() > 0 ? URI.create(home).getPort() : home.startsWith("https") ? 443 : 80;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(v6.get(0), port), CONNECT_TIMEOUT_MS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(hasIpv6Route()
          ? finding(Status.FAIL, home, host + " has AAAA " + v6.get(0).getHostAddress() + " but does not answer over IPv6",
              "AAAA, no answer")
          : finding(Status.UNVERIFIED, home, host + " has AAAA " + v6.get(0).getHostAddress()
              + "; this machine has no IPv6 connectivity to try it", "AAAA only"));
    }
  }

  private Finding finding(Status s, String home, String detail, String measured) {
    return maker.make(s, home, detail, measured, "AAAA record and page over IPv6", List.of(),
        "Publish an AAAA record and serve the site over IPv6.");
  }

  private static boolean hasIpv6Route() {
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet6Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
