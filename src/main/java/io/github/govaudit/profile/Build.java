package io.github.govaudit.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which govaudit this is: the version, and an id that changes with every build, so that page
 * analyses stored by one build are trusted only by the same build (a later one may read pages
 * better and analyses them again).
 */
public final class Build {

  /** The version Maven built, e.g. {@code 0.1.0}; {@code unknown} if the build lost it. */
  public static final String VERSION = property("version");

  /** The version and the time of the build, e.g. {@code 0.1.0+20261204170102}. */
  public static final String ID = VERSION + "+" + property("built");

  private Build() {}

  private static String property(String name) {
    try (InputStream in = Build.class.getResourceAsStream("/io/github/govaudit/govaudit.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty(name, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
