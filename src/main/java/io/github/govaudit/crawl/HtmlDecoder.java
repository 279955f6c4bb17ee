package io.github.govaudit.crawl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a page body the way a browser on a Chinese government site would: HTTP header, then
 * byte-order mark, then {@code <meta charset>}, then byte-level detection. GB2312 and GBK are read
 * as GB18030, because real pages use characters outside GB2312.
 */
public final class HtmlDecoder {

  /** How far into the body a {@code <meta>} charset declaration is looked for. */
  private static final int META_SCAN_BYTES = 4096;

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Decodes {@code body}.
   *
   * @param body the raw bytes
   * @param contentType the HTTP {@code Content-Type} header, or null
   */
  public DecodedPage decode(byte[] body, String contentType) {
    Optional<Charset> header = charsetIn(HEADER_CHARSET, contentType);
    if (header.isPresent()) {
      return new DecodedPage(text(body, header.get(), 0), header.get(), "header");
    }
    Bom bom = Bom.of(body);
    if (bom != null) {
      return new DecodedPage(text(body, bom.charset, bom.length), bom.charset, "bom");
    }
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> meta = charsetIn(META_CHARSET, head);
    if (meta.isPresent()) {
      return new DecodedPage(text(body, meta.get(), 0), meta.get(), "meta");
    }
    Optional<Charset> detected = detect(body);
    if (detected.isPresent()) {
      return new DecodedPage(text(body, detected.get(), 0), detected.get(), "detected");
    }
    return new DecodedPage(text(body, StandardCharsets.UTF_8, 0), StandardCharsets.UTF_8, "default");
  }

  private static String text(byte[] body, Charset charset, int offset) {
    return new String(body, offset, body.length - offset, charset);
  }

  private static Optional<Charset> charsetIn(Pattern pattern, String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? forName(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> detect(byte[] body) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(body, 0, body.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? Optional.empty() : forName(name);
  }

  /** Resolves a declared charset name, reading the GB family as GB18030. */
  static Optional<Charset> forName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("gb_2312-80")
        || n.equals("cp936") || n.equals("gb18030")) {
      return Optional.of(Charset.forName("GB18030"));
    }
    if (n.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private enum Bom {
    UTF8(StandardCharsets.UTF_8, 3),
    UTF16BE(StandardCharsets.UTF_16BE, 2),
    UTF16LE(StandardCharsets.UTF_16LE, 2);

    final Charset charset;
    final int length;

    Bom(Charset charset, int length) {
      this.charset = charset;
      this.length = length;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
        return UTF8;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
        return UTF16BE;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
        return UTF16LE;
      }
      return null;
    }
  }
}
