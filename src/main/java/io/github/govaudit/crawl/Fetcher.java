package io.github.govaudit.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Makes the crawl's HTTP requests with OkHttp: one shared client and connection pool, no
 * automatic redirects (each hop is a response of its own), conditional requests for pages
 * already stored, and bodies read only for pages and only up to the size limit.
 */
final class Fetcher implements AutoCloseable {

  /**
   * One answer, or why there was none.
   *
   * @param status HTTP status, 0 when no response came
   * @param contentType the Content-Type header, or empty
   * @param etag the ETag header, or empty
   * @param lastModified the Last-Modified header, or empty
   * @param location the Location header of a redirect, or empty
   * @param body the body of a page (empty for other types and errors)
   * @param truncated whether the body went on past the size limit and was cut there
   * @param error why no response came, else empty
   */
  record Answer(int status, String contentType, String etag, String lastModified, String location, byte[] body,
      boolean truncated, String error) {

    static Answer failed(String error) {
      return new Answer(0, "", "", "", "", new byte[0], false, error);
    }
  }

  /**
   * The validators of a stored copy, sent so that an unchanged page answers 304.
   *
   * @param etag the stored ETag, or empty
   * @param lastModified the stored Last-Modified, or empty
   */
  record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators("", "");
  }

  private final OkHttpClient client;
  private final String userAgent;
  private final int maxBodyBytes;

  Fetcher(String userAgent, int maxBodyBytes, int threads) {
    this.userAgent = userAgent;
    this.maxBodyBytes = maxBodyBytes;
    this.client = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(90))
        .connectionPool(new ConnectionPool(Math.max(5, threads * 2), 1, TimeUnit.MINUTES))
        .build();
  }

  /** Asks for {@code url}, with {@code validators} when a stored copy exists. */
  Answer get(String url, Validators validators) {
    Request.Builder request;
    try {
      request = new Request.Builder().url(url);
    } catch (IllegalArgumentException e) {
      return Answer.failed("not a valid URL");
    }
    request.header("User-Agent", userAgent)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .header("Accept-Language", "zh-CN,zh;q=0.9");
    if (!validators.etag().isEmpty()) {
      request.header("If-None-Match", validators.etag());
    }
    if (!validators.lastModified().isEmpty()) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    try (Response r = client.newCall(request.build()).execute()) {
      String type = r.header("Content-Type", "");
      byte[] body = new byte[0];
      boolean truncated = false;
      if (r.isSuccessful() && isPage(type)) {
        ResponseBody b = r.body();
        byte[] read = b == null ? new byte[0] : readAtMost(b.byteStream(), maxBodyBytes + 1);
        truncated = read.length > maxBodyBytes;
        body = truncated ? java.util.Arrays.copyOf(read, maxBodyBytes) : read;
      }
      return new Answer(r.code(), type, r.header("ETag", ""), r.header("Last-Modified", ""),
          r.header("Location", ""), body, truncated, "");
    } catch (IOException | RuntimeException e) {
      return Answer.failed(FetchErrors.describe(e));
    }
  }

  /** Asks for a small file (robots.txt) whatever its type, reading at most {@code limit} bytes. */
  Answer getFile(String url, int limit) {
    Request request;
    try {
      request = new Request.Builder().url(url).header("User-Agent", userAgent).build();
    } catch (IllegalArgumentException e) {
      return Answer.failed("not a valid URL");
    }
    try (Response r = client.newCall(request).execute()) {
      ResponseBody b = r.body();
      byte[] body = b == null || !r.isSuccessful() ? new byte[0] : readAtMost(b.byteStream(), limit);
      return new Answer(r.code(), r.header("Content-Type", ""), "", "", r.header("Location", ""), body, false, "");
    } catch (IOException | RuntimeException e) {
      return Answer.failed(FetchErrors.describe(e));
    }
  }

  /** Bodies worth reading: HTML, and answers that do not say what they are. */
  static boolean isPage(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.isEmpty() || t.contains("html");
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
