package io.github.govaudit.profile;

/** The User-Agent govaudit sends, {@code govaudit/VERSION}, with the version Maven built. */
public final class UserAgent {

  /** The version of this build. */
  public static final String VERSION = Build.VERSION;

  /** The default User-Agent header value. */
  public static final String DEFAULT = "govaudit/" + VERSION;

  private UserAgent() {}
}
