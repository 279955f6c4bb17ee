package io.github.govaudit.inspect;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Single HEAD and GET requests with OkHttp, no redirect followed (each hop is an answer of its own),
 * the body read only up to {@link #MAX_BODY_BYTES}, every failure turned into an {@link Answer}.
 */
final class HttpProbe implements AutoCloseable {

  /** Enough of a page to see a challenge script or a not-found title. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final OkHttpClient client;
  private final String userAgent;

  HttpProbe(Duration timeout, String userAgent) {
    this.userAgent = userAgent;
    this.client = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .callTimeout(timeout)
        .build();
  }

  Answer head(String url) {
    return send(url, "HEAD");
  }

  Answer get(String url) {
    return send(url, "GET");
  }

  private Answer send(String url, String method) {
    Request request;
    try {
      request = new Request.Builder().url(url).method(method, null)
          .header("User-Agent", userAgent)
          .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
          .header("Accept-Language", "zh-CN,zh;q=0.9").build();
    } catch (IllegalArgumentException e) {
      return Answer.failed("invalid url");
    }
    try (Response r = client.newCall(request).execute()) {
      String body = method.equals("GET") ? text(r.body()) : "";
      return new Answer(r.code(), r.header("Location", ""), r.header("Retry-After", ""), r.header("Content-Type", ""),
          body, "");
    } catch (InterruptedIOException e) {
      return Answer.failed("timeout");
    } catch (UnknownHostException e) {
      return Answer.failed("dns");
    } catch (ConnectException e) {
      return Answer.failed("refused");
    } catch (SSLException e) {
      return Answer.failed("tls: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      return Answer.failed("io: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
  }

  private static String text(ResponseBody b) throws IOException {
    if (b == null) {
      return "";
    }
    byte[] bytes = b.byteStream().readNBytes(MAX_BODY_BYTES);
    Charset cs = b.contentType() == null ? null : b.contentType().charset();
    return new String(bytes, cs == null ? StandardCharsets.UTF_8 : cs);
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
