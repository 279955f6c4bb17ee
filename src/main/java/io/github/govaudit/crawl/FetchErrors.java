package io.github.govaudit.crawl;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Says in plain words why a fetch got no usable response, for the store and for error lines. */
final class FetchErrors {

  private FetchErrors() {}

  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof UnknownHostException) {
        return "unknown host (DNS lookup failed)";
      }
      if (m.contains("connection refused")) {
        return "connection refused";
      }
      if (t instanceof SocketTimeoutException || m.contains("timed out")) {
        return "timed out";
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof SSLException) {
        return "TLS handshake failed";
      }
      if (t instanceof ConnectException) {
        return "could not connect";
      }
      if (m.contains("connection reset")) {
        return "connection reset";
      }
    }
    return "no usable response";
  }
}
