package io.github.govaudit.inspect;

/**
 * One request for the home page, as kept in the probe log.
 *
 * @param time when it was made (ISO-8601)
 * @param url the home page asked for
 * @param status the final HTTP status, 0 when none came
 * @param ms how long it took
 * @param result {@code ok}, {@code down} or {@code blocked} (a WAF challenge: neither up nor down)
 * @param error why it failed, or empty
 */
public record Probe(String time, String url, int status, long ms, String result, String error) {

  static final String OK = "ok";
  static final String DOWN = "down";
  static final String BLOCKED = "blocked";
}
