package io.github.govaudit.features;

import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * The language a page is written in, as a version of a Chinese government site would be: what its
 * {@code <html lang>} says, else the script most of its text is in (Latin, Tibetan, Arabic as
 * Uyghur writes it, Mongolian, Hangul, Kana, Cyrillic), and for Chinese text whether it uses
 * traditional characters.
 */
final class Language {

  /** Characters common in running text that exist only in the traditional script. */
  private static final String TRADITIONAL = "們國這為開與發經會對說時從來個區機關務實點現種體學";
  /** Their simplified counterparts. */
  private static final String SIMPLIFIED = "们国这为开与发经会对说时从来个区机关务实点现种体学";

  private Language() {}

  /** A language tag ({@code en}, {@code zh-Hant}, {@code bo} …), or {@code zh-Hans}, or {@code unknown}. */
  static String of(Document page) {
    String declared = page.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
    if (!declared.isEmpty() && !declared.equals("zh-cn") && !declared.equals("zh")) {
      return declared;
    }
    return ofText(page.body() == null ? "" : page.body().text());
  }

  /** The language of {@code text} by its characters. */
  static String ofText(String text) {
    int latin = 0;
    int han = 0;
    int traditional = 0;
    int simplified = 0;
    int[] others = new int[Script.values().length];
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (s == Character.UnicodeScript.HAN) {
        han++;
        traditional += TRADITIONAL.indexOf(c) >= 0 && SIMPLIFIED.indexOf(c) < 0 ? 1 : 0;
        simplified += SIMPLIFIED.indexOf(c) >= 0 && TRADITIONAL.indexOf(c) < 0 ? 1 : 0;
      } else {
        Script.of(s).ifPresent(x -> others[x.ordinal()]++);
      }
    }
    Script top = null;
    for (Script x : Script.values()) {
      if (top == null || others[x.ordinal()] > others[top.ordinal()]) {
        top = x;
      }
    }
    int most = Math.max(latin, Math.max(han, others[top.ordinal()]));
    if (most == 0) {
      return "unknown";
    }
    if (most == others[top.ordinal()]) {
      return top.tag;
    }
    if (most == latin) {
      return "en";
    }
    return traditional > simplified ? "zh-Hant" : "zh-Hans";
  }

  /** Scripts of China's other official languages and of neighbours' versions. */
  private enum Script {
    TIBETAN("bo", Character.UnicodeScript.TIBETAN),
    ARABIC("ug", Character.UnicodeScript.ARABIC),
    MONGOLIAN("mn", Character.UnicodeScript.MONGOLIAN),
    HANGUL("ko", Character.UnicodeScript.HANGUL),
    KANA("ja", Character.UnicodeScript.HIRAGANA),
    CYRILLIC("ru", Character.UnicodeScript.CYRILLIC),
    YI("ii", Character.UnicodeScript.YI);

    final String tag;
    final Character.UnicodeScript script;

    Script(String tag, Character.UnicodeScript script) {
      this.tag = tag;
      this.script = script;
    }

    static java.util.Optional<Script> of(Character.UnicodeScript s) {
      if (s == Character.UnicodeScript.KATAKANA) {
        return java.util.Optional.of(KANA);
      }
      for (Script x : values()) {
        if (x.script == s) {
          return java.util.Optional.of(x);
        }
      }
      return java.util.Optional.empty();
    }
  }
}
