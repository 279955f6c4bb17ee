package io.github.govaudit.crawl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes session ids from URLs ({@code ;jsessionid=…}, {@code PHPSESSID=…},
 * {@code sid=…}), so that one page reached in many sessions is one URL. Without this, a site that
 * writes the session into every link gives each visit a new copy of the whole site.
 */
public final class SessionIds {

  /** Query parameters that hold nothing but a session, whatever their value. */
  private static final Set<String> SESSION_PARAMETERS = Set.of(
      "jsessionid", "phpsessid", "sessionid", "session_id", "sessid", "cfid", "cftoken", "aspsessionid");

  /**
   * {@code sid} is also a site or section id on some CMSs ({@code sid=12}); it is a session only
   * when its value is a long random token.
   */
  private static final Pattern SESSION_TOKEN = Pattern.compile("[A-Za-z0-9\\-_.]{16,}");

  private static final Pattern PATH_SESSION =
      Pattern.compile("(?i);(jsessionid|phpsessid|sid)=[^?#/;]*");

  /** A URL with its session ids removed, and the name of the first one removed (or null). */
  public record Stripped(String url, String removed) {}

  /** Removes the session ids of {@code url}; {@code removed} is null when there were none. */
  public Stripped strip(String url) {
    if (!mayHoldSession(url)) {
      return new Stripped(url, null);
    }
    String removed = null;
    String u = url;
    if (u.indexOf(';') >= 0) {
      Matcher m = PATH_SESSION.matcher(u);
      if (m.find()) {
        removed = m.group(1).toLowerCase(Locale.ROOT);
        u = m.replaceAll("");
      }
    }
    int q = u.indexOf('?');
    if (q < 0) {
      return new Stripped(u, removed);
    }
    int hash = u.indexOf('#', q);
    String query = hash < 0 ? u.substring(q + 1) : u.substring(q + 1, hash);
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      String name = pair.split("=", 2)[0];
      if (isSession(name, pair.length() > name.length() ? pair.substring(name.length() + 1) : "")) {
        removed = removed != null ? removed : name.toLowerCase(Locale.ROOT);
        continue;
      }
      if (!pair.isEmpty()) {
        kept.append(kept.length() == 0 ? "" : "&").append(pair);
      }
    }
    if (removed == null) {
      return new Stripped(u, null);
    }
    String rest = hash < 0 ? "" : u.substring(hash);
    return new Stripped(u.substring(0, q) + (kept.length() == 0 ? "" : "?" + kept) + rest, removed);
  }

  /** A cheap first look: every session parameter name contains one of these. */
  private static boolean mayHoldSession(String url) {
    int q = url.indexOf('?');
    if (q < 0 && url.indexOf(';') < 0) {
      return false;
    }
    String l = url.toLowerCase(Locale.ROOT);
    return l.contains("sess") || l.contains("sid=") || l.contains("cfid") || l.contains("cftoken");
  }

  private static boolean isSession(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    if (SESSION_PARAMETERS.contains(n) || n.startsWith("aspsessionid")) {
      return true;
    }
    return n.equals("sid") && SESSION_TOKEN.matcher(value).matches();
  }
}
