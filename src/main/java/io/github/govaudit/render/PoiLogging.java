package io.github.govaudit.render;

/**
 * Keeps Apache POI quiet on the terminal. POI logs through the log4j API, and govaudit ships no
 * log4j implementation (its logging is slf4j-simple); without one, the log4j API prints "could not
 * find a logging provider" on the first document written. Naming the API's own simple provider
 * keeps its errors on stderr and everything below them silent. A {@code -Dlog4j2.provider=…}
 * given on the command line wins.
 */
final class PoiLogging {

  /** The log4j API property naming its provider. */
  static final String PROVIDER_PROPERTY = "log4j2.provider";
  /** The provider inside log4j-api: errors to stderr, nothing else. */
  static final String SIMPLE_PROVIDER = "org.apache.logging.log4j.simple.internal.SimpleProvider";

  private PoiLogging() {}

  /** Names the simple provider unless one is named already; call before POI's first class loads. */
  static void quiet() {
    if (System.getProperty(PROVIDER_PROPERTY) == null) {
      System.setProperty(PROVIDER_PROPERTY, SIMPLE_PROVIDER);
    }
  }
}
