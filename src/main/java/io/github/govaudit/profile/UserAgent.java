package io.github.govaudit.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The User-Agent govaudit sends, {@code govaudit/VERSION}, with the version Maven built. */
public final class UserAgent {

  /** The version of this build. */
  public static final String VERSION = version();

  /** The default User-Agent header value. */
  public static final String DEFAULT = "govaudit/" + VERSION;

  private UserAgent() {}

  /** The version Maven wrote into govaudit.properties; {@code unknown} if the build lost it. */
  private static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/govaudit/govaudit.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
