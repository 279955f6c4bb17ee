package io.github.govaudit.inspect;

import java.io.IOException;
import java.net.URI;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Criteria B5.6 {@code https}: the home page over HTTPS with a certificate the JDK trusts and not about
 * to expire, and the HTTP home redirecting to HTTPS. Advice only (not a confirmed scored item).
 */
final class HttpsCheck {

  /** A certificate expiring sooner than this after the monitoring point is reported. */
  static final int EXPIRY_WARNING_DAYS = 30;

  private final FindingMaker maker;
  private final OkHttpClient client;
  private final String userAgent;

  HttpsCheck(Ruleset ruleset, Duration timeout, String userAgent) {
    this.maker = new FindingMaker(ruleset, InspectionChecks.HTTPS);
    this.userAgent = userAgent;
    this.client = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false)
        .callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout).build();
  }

  List<Finding> check(String home, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    URI u = URI.create(home);
    boolean defaultPort = u.getPort() < 0 || u.getPort() == 80 || u.getPort() == 443;
    String https = "https://" + u.getHost() + (defaultPort ? "" : ":" + u.getPort()) + "/";
    try (Response r = client.newCall(request(https)).execute()) {
      X509Certificate cert = r.handshake() == null ? null : first(r.handshake().peerCertificates());
      if (cert != null) {
        LocalDate expires = cert.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        if (expires.isBefore(asOf.plusDays(EXPIRY_WARNING_DAYS))) {
          out.add(maker.make(Status.FAIL, https, "the certificate expires on " + expires, expires.toString(),
              EXPIRY_WARNING_DAYS + " d before expiry", List.of(new Finding.Evidence(https, cert.getSubjectX500Principal().getName())),
              "Renew the certificate."));
        }
      }
    } catch (SSLException e) {
      out.add(maker.make(Status.FAIL, https, "HTTPS is not usable: " + e.getMessage(), "tls error", "valid certificate",
          List.of(new Finding.Evidence(https, e.getClass().getSimpleName())), "Serve the site over HTTPS with a valid certificate."));
      return out;
    } catch (IOException | RuntimeException e) {
      String why = e instanceof java.io.InterruptedIOException ? "no answer in time"
          : e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
      out.add(maker.make(Status.FAIL, https, "HTTPS is not available: " + why, "no answer",
          "HTTPS available", List.of(new Finding.Evidence(https, String.valueOf(e.getMessage()))),
          "Serve the site over HTTPS with a valid certificate."));
      return out;
    }
    if (home.startsWith("http://")) {
      redirect(home).ifPresent(out::add);
    }
    return out;
  }

  private java.util.Optional<Finding> redirect(String home) {
    try (Response r = client.newCall(request(home)).execute()) {
      String location = r.header("Location", "");
      if (r.isRedirect() && location.startsWith("https://")) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(maker.make(Status.FAIL, home, "the HTTP home page does not redirect to HTTPS",
          "http " + r.code(), "301/302 to https://", List.of(new Finding.Evidence(home, "http " + r.code() + " " + location)),
          "Redirect HTTP to HTTPS."));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty(); // the crawl reached it; a failure now says nothing about HTTPS
    }
  }

  private Request request(String url) {
    return new Request.Builder().url(url).header("User-Agent", userAgent).build();
  }

  private static X509Certificate first(List<Certificate> certs) {
    return certs.isEmpty() || !(certs.get(0) instanceof X509Certificate x) ? null : x;
  }

  void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
