package io.github.govaudit.page;

/**
 * Stored bytes that are not a page analysis this version can read: another format version,
 * truncated or corrupt data. Thrown by {@link PageAnalysisCodec#decode}; the message says which.
 */
public final class AnalysisFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  AnalysisFormatException(String message) {
    super(message);
  }
}
