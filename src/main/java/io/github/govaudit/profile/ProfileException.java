package io.github.govaudit.profile;

/** A profile that cannot be used, with a message a person can act on. */
public final class ProfileException extends Exception {
  public ProfileException(String message) {
    super(message);
  }
}
