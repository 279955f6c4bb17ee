package io.github.govaudit.overrides;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an overrides file: {@code sections: {SECTION: {FIELD: VALUE | {value: VALUE, note: TEXT}}}}.
 * A field left empty ({@code uv:}) is skipped; anything else that is not this shape is an error
 * naming the file and the place.
 */
public final class OverridesFile {

  /** Where {@code report} looks when no file is given: under the working directory's {@code reports/}. */
  public static final String DEFAULT_DIR = "reports";

  private static final Set<String> FIELD_KEYS = Set.of("value", "note");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** {@code reports/overrides-Y.yaml} under {@code workDir}, when it exists. */
  public static Optional<Path> defaultFile(Path workDir, int year) {
    Path p = workDir.resolve(DEFAULT_DIR).resolve("overrides-" + year + ".yaml");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The overrides in {@code file}. */
  public Overrides read(Path file) throws OverridesException {
    String name = file.toString();
    JsonNode root;
    try {
      root = yaml.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new OverridesException(name, "not valid YAML" + (line > 0 ? " at line " + line : "") + ": "
          + problem(e.getOriginalMessage()));
    } catch (IOException e) {
      boolean absent = e instanceof NoSuchFileException || !Files.exists(file);
      throw new OverridesException(name, absent ? "no such file" : "cannot read: " + firstLine(e.getMessage()));
    }
    return new Overrides(name, entries(name, root));
  }

  private static List<Override> entries(String file, JsonNode root) throws OverridesException {
    List<Override> out = new ArrayList<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> top : mapping(file, root, "the file")) {
      if (!top.getKey().equals("sections")) {
        throw new OverridesException(file, "unknown field " + top.getKey() + " (fields go under sections:)");
      }
      for (Map.Entry<String, JsonNode> s : mapping(file, top.getValue(), "sections")) {
        for (Map.Entry<String, JsonNode> f : mapping(file, s.getValue(), "sections." + s.getKey())) {
          field(file, s.getKey(), f.getKey(), f.getValue()).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static Optional<Override> field(String file, String section, String key, JsonNode node)
      throws OverridesException {
    String path = "sections." + section + "." + key;
    JsonNode value = node;
    String note = "";
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!FIELD_KEYS.contains(k)) {
          throw new OverridesException(file, path + ": unknown key " + k + " (give value and, optionally, note)");
        }
      }
      value = node.path("value");
      note = node.path("note").isValueNode() ? node.path("note").asText() : "";
    }
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw new OverridesException(file, path + ": give one value (text, number, true/false) or {value, note}");
    }
    return Optional.of(new Override(section, key, scalar(value), note));
  }

  private static Object scalar(JsonNode v) {
    if (v.isNumber()) {
      return v.numberValue();
    }
    return v.isBoolean() ? (Object) v.booleanValue() : v.asText();
  }

  private static List<Map.Entry<String, JsonNode>> mapping(String file, JsonNode node, String where)
      throws OverridesException {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject()) {
      throw new OverridesException(file, where + " must be a mapping of names to values");
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  /** The parser's message without its excerpts and positions: "while parsing …: expected …". */
  private static String problem(String message) {
    List<String> said = message == null ? List.of()
        : message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
    return said.isEmpty() ? firstLine(message) : String.join(": ", said);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
