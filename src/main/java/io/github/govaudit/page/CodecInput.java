package io.github.govaudit.page;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The reading half of {@link PageAnalysisCodec}'s format (see {@link CodecOutput}). Every read
 * checks the bytes: running out of them, a malformed char or an out-of-range value is an {@link
 * AnalysisFormatException}, never an index error. Not thread-safe.
 */
final class CodecInput {

  private final byte[] bytes;
  private int pos;
  private String lastUrl = "";

  CodecInput(byte[] bytes) {
    this.bytes = bytes;
  }

  int readByte() {
    need(1);
    return bytes[pos++] & 0xFF;
  }

  long readVarLong() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = readByte();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new AnalysisFormatException("a number runs past 64 bits at byte " + pos);
  }

  long readSignedVarLong() {
    long v = readVarLong();
    return (v >>> 1) ^ -(v & 1);
  }

  /** A count or size, which the remaining bytes must be able to hold at {@code minBytesEach} bytes each. */
  int readCount(int minBytesEach) {
    long n = readVarLong();
    if (n < 0 || n > (long) (bytes.length - pos) / Math.max(1, minBytesEach)) {
      throw new AnalysisFormatException("a count of " + n + " does not fit the " + (bytes.length - pos)
          + " bytes left at byte " + pos);
    }
    return (int) n;
  }

  int readInt() {
    long v = readSignedVarLong();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new AnalysisFormatException("a number out of int range at byte " + pos);
    }
    return (int) v;
  }

  String readString() {
    long n = readVarLong();
    if (n == 0) {
      return null;
    }
    return readChars(length(n - 1));
  }

  String readUrl() {
    long shared = readVarLong();
    if (shared == 0) {
      return null;
    }
    if (shared < 0 || shared - 1 > lastUrl.length()) {
      throw new AnalysisFormatException("a URL shares " + (shared - 1) + " chars with a URL of "
          + lastUrl.length() + " at byte " + pos);
    }
    String rest = readChars(length(readVarLong()));
    String url = lastUrl.substring(0, (int) (shared - 1)) + rest;
    lastUrl = url;
    return url;
  }

  LocalDate readDate() {
    long v = readVarLong();
    if (v == 0) {
      return null;
    }
    long zigzag = v - 1;
    long day = (zigzag >>> 1) ^ -(zigzag & 1);
    try {
      return LocalDate.ofEpochDay(day);
    } catch (DateTimeException e) {
      throw new AnalysisFormatException("epoch day " + day + " is no date (byte " + pos + ")");
    }
  }

  <E extends Enum<E>> E readEnum(E[] values) {
    long v = readVarLong();
    if (v == 0) {
      return null;
    }
    if (v < 0 || v > values.length) {
      throw new AnalysisFormatException("no " + values[0].getDeclaringClass().getSimpleName() + " number " + (v - 1)
          + " (byte " + pos + ")");
    }
    return values[(int) (v - 1)];
  }

  boolean readFlag() {
    int b = readByte();
    if (b > 1) {
      throw new AnalysisFormatException("flag byte " + b + " at byte " + (pos - 1));
    }
    return b == 1;
  }

  /** Fails unless every byte was read. */
  void end() {
    if (pos != bytes.length) {
      throw new AnalysisFormatException((bytes.length - pos) + " bytes follow the analysis");
    }
  }

  private int length(long n) {
    if (n < 0 || n > bytes.length - pos) {
      throw new AnalysisFormatException("a text of " + n + " chars does not fit the " + (bytes.length - pos)
          + " bytes left at byte " + pos);
    }
    return (int) n;
  }

  private String readChars(int n) {
    need(n);
    int end = pos + n;
    int ascii = pos;
    while (ascii < end && bytes[ascii] >= 0) {
      ascii++;
    }
    if (ascii == end) {
      String s = new String(bytes, pos, n, StandardCharsets.ISO_8859_1);
      pos = end;
      return s;
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      int b = readByte();
      if (b < 0x80) {
        chars[i] = (char) b;
      } else if ((b & 0xE0) == 0xC0) {
        chars[i] = (char) ((b & 0x1F) << 6 | continuation());
      } else if ((b & 0xF0) == 0xE0) {
        int c1 = continuation();
        chars[i] = (char) ((b & 0x0F) << 12 | c1 << 6 | continuation());
      } else {
        throw new AnalysisFormatException("byte " + b + " starts no char at byte " + (pos - 1));
      }
    }
    return new String(chars);
  }

  private int continuation() {
    int b = readByte();
    if ((b & 0xC0) != 0x80) {
      throw new AnalysisFormatException("byte " + b + " continues no char at byte " + (pos - 1));
    }
    return b & 0x3F;
  }

  private void need(int n) {
    if (n > bytes.length - pos) {
      throw new AnalysisFormatException("the analysis ends early: " + n + " more bytes needed at byte " + pos
          + " of " + bytes.length);
    }
  }
}
