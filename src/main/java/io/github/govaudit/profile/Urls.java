package io.github.govaudit.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks the home URL a person typed. */
public final class Urls {

  private Urls() {}

  /**
   * Parses a home URL: http or https with a host. A bare host such as {@code jyt.gxzf.gov.cn}
   * is read as {@code http://jyt.gxzf.gov.cn/}.
   *
   * @param where labels the message (a file name or {@code --home})
   */
  public static URI home(String text, String where) throws ProfileException {
    if (text == null || text.isBlank()) {
      throw new ProfileException(where + ": no home URL given (set 'home' or pass --home http://…)");
    }
    String t = text.strip();
    if (!t.contains("://") && t.matches("[\\w.-]+(:\\d+)?(/.*)?")) {
      t = "http://" + t;
    }
    try {
      URI uri = new URI(t);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new ProfileException(where + ": '" + text + "' is not an http(s) URL with a host");
      }
      return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
    } catch (URISyntaxException e) {
      throw new ProfileException(where + ": '" + text + "' is not a valid URL (" + e.getReason() + ")");
    }
  }
}
