package io.github.govaudit.page;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The writing half of {@link PageAnalysisCodec}'s format: variable-length integers, strings as a
 * char count and each char in one to three bytes (UTF-8 for every char, lone surrogates included,
 * so any Java string comes back exactly), URLs front-coded against the previous URL written, dates
 * as epoch days, enums as ordinals; every nullable value keeps 0 for null. Not thread-safe.
 */
final class CodecOutput {

  private static final int INITIAL_BYTES = 1024;

  private byte[] bytes = new byte[INITIAL_BYTES];
  private int size;
  private String lastUrl = "";

  void writeByte(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  /** An unsigned number, seven bits a byte, low bits first. */
  void writeVarLong(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** A signed number, zigzag-coded so that small negatives stay short. */
  void writeSignedVarLong(long value) {
    writeVarLong((value << 1) ^ (value >> 63));
  }

  /** A count or size, never negative. */
  void writeCount(int count) {
    writeVarLong(count);
  }

  /** A string or null: 0 for null, else its length plus one, then its chars. */
  void writeString(String s) {
    if (s == null) {
      writeVarLong(0);
      return;
    }
    writeVarLong(s.length() + 1L);
    writeChars(s, 0);
  }

  /** A URL or null: 0 for null, else the chars it shares with the previous URL plus one, then the rest. */
  void writeUrl(String url) {
    if (url == null) {
      writeVarLong(0);
      return;
    }
    int shared = 0;
    int max = Math.min(url.length(), lastUrl.length());
    while (shared < max && url.charAt(shared) == lastUrl.charAt(shared)) {
      shared++;
    }
    writeVarLong(shared + 1L);
    writeVarLong(url.length() - shared);
    writeChars(url, shared);
    lastUrl = url;
  }

  /** A date or null: 0 for null, else its zigzag-coded epoch day plus one. */
  void writeDate(LocalDate date) {
    if (date == null) {
      writeVarLong(0);
      return;
    }
    long day = date.toEpochDay();
    writeVarLong(((day << 1) ^ (day >> 63)) + 1);
  }

  /** An enum constant or null: 0 for null, else its ordinal plus one. */
  void writeEnum(Enum<?> e) {
    writeVarLong(e == null ? 0 : e.ordinal() + 1L);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void writeChars(String s, int from) {
    int n = s.length();
    ensure(3 * (n - from));
    byte[] b = bytes;
    int p = size;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | c >> 6);
        b[p++] = (byte) (0x80 | c & 0x3F);
      } else {
        b[p++] = (byte) (0xE0 | c >> 12);
        b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[p++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = p;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
