package io.github.govaudit.inspect;

/**
 * One HTTP request's answer, or why none came.
 *
 * @param status HTTP status, 0 when no answer came
 * @param location the Location header, or empty
 * @param retryAfter the Retry-After header, or empty
 * @param contentType the Content-Type header, or empty
 * @param body the first bytes of a GET's body as text (HTML), or empty
 * @param failure why no answer came: {@code timeout}, {@code dns}, {@code refused}, {@code tls: …},
 *     {@code io: …}; empty when one came
 */
record Answer(int status, String location, String retryAfter, String contentType, String body, String failure) {

  static Answer failed(String failure) {
    return new Answer(0, "", "", "", "", failure);
  }

  boolean isRedirect() {
    return status >= 300 && status < 400 && status != 304;
  }

  boolean isHtml() {
    return contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
  }
}
