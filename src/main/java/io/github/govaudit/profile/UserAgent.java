package io.github.govaudit.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The User-Agent govaudit sends, {@code govaudit/VERSION}, with the version Maven built. */
public final class UserAgent {

  /** The version of this build. */
  public static final String VERSION = version();

  /** The default User-Agent header value. */
  public static final String DEFAULT = "govaudit/" + VERSION;

  private UserAgent() {}

  private static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/github/govaudit/govaudit.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("govaudit.properties missing from the build", e));
    }
  }
}
