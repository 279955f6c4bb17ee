package io.github.govaudit.crawl;

/**
 * Recognises a binary body (PDF, Office, archive, image) that a server sends as
 * {@code text/html}: such a body is stored as it came but never parsed as a page.
 */
final class BinaryBodies {

  /** How far into the body NUL bytes are looked for. */
  private static final int SNIFF_BYTES = 1024;

  private static final byte[][] MAGIC = {
      "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
      {'P', 'K', 3, 4},
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
      {(byte) 0x89, 'P', 'N', 'G'},
      {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
      "Rar!".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
      {'7', 'z', (byte) 0xBC, (byte) 0xAF},
      {0x1F, (byte) 0x8B},
  };

  private BinaryBodies() {}

  /** Whether {@code body} starts like a binary file or holds NUL bytes near its start. */
  static boolean isBinary(byte[] body) {
    for (byte[] magic : MAGIC) {
      if (startsWith(body, magic)) {
        return true;
      }
    }
    if (startsWith(body, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(body, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return false; // UTF-16 text has NULs
    }
    for (int i = 0; i < Math.min(body.length, SNIFF_BYTES); i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] body, byte[] magic) {
    if (body.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (body[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
