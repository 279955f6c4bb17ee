package io.github.govaudit.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govaudit.render.ReportDocument.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the documents write a value: numbers as they are, yes/no as 是/否, lists joined, choices as ☑/□. */
public final class ValueText {

  /** The box of a ticked choice. */
  public static final String TICKED = "☑";
  /** The box of a choice not ticked. */
  public static final String UNTICKED = "□";

  private static final Map<String, String> SOURCES = Map.of(
      "crawled", "网站抓取", "profile", "抓取配置", "manual", "人工填报", "missing", "待填");

  private static final Map<String, String> FILL_FROM = Map.of(
      "site", "网站可查（抓取未找到）", "overrides", "单位记录（填入 overrides 文件）", "person", "需人工判断");

  private ValueText() {}

  /** The Chinese name of where an empty field's value comes from (site, overrides, person); others as given. */
  public static String fillFrom(String from) {
    return FILL_FROM.getOrDefault(from == null ? "" : from, from == null ? "" : from);
  }

  /** {@code value} as text; null or missing is empty. */
  public static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "是" : "否";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(text(v)));
      return String.join("、", parts);
    }
    if (value.isObject()) {
      if (value.has("name")) {
        String url = value.path("url").asText("");
        return text(value.get("name")) + (url.isEmpty() ? "" : " (" + url + ")");
      }
      List<String> parts = new ArrayList<>();
      ReportDocument.names(value).forEach(k -> parts.add(k + ": " + text(value.get(k))));
      return String.join("; ", parts);
    }
    return value.asText();
  }

  /** The row's value as the form writes it: its choices with the matching one ticked, else its text. */
  public static String formText(Row row) {
    List<String> choices = row.form().choices();
    if (choices.isEmpty()) {
      return row.filled().map(ValueText::text).orElse("");
    }
    String v = row.filled().map(ValueText::choiceKey).orElse("");
    List<String> boxes = new ArrayList<>();
    boolean any = false;
    for (String c : choices) {
      boolean on = !v.isEmpty() && (v.equals(c) || v.contains(c));
      any |= on;
      boxes.add((on ? TICKED : UNTICKED) + c);
    }
    String ticked = String.join("　", boxes);
    return any || v.isEmpty() ? ticked : ticked + "（" + text(row.value()) + "）";
  }

  /** The Chinese name of a field's source: 网站抓取, 抓取配置, 人工填报, 待填; other sources as given. */
  public static String source(String source) {
    return SOURCES.getOrDefault(source == null ? "" : source, source == null ? "" : source);
  }

  /** Whether {@code text} is a web address a document may link to (http or https only). */
  public static boolean isWebUrl(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }

  private static String choiceKey(JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean() ? "是" : "否";
    }
    if (v.isObject() && v.has("value")) {
      return choiceKey(v.get("value"));
    }
    String t = text(v).trim();
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "有" -> "是";
      case "no", "false", "无" -> "否";
      default -> t;
    };
  }
}
