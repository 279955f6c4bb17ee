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
 * A mapping with neither {@code value} nor {@code note} groups deeper fields (the supervision report's
 * {@code sections.SECTION.PERIOD.FIELD}). A field left empty ({@code uv:}) is skipped; anything else
 * that is not this shape is an error naming the file and the place.
 */
public final class OverridesFile {

  /** Where {@code report} looks when no file is given: under the working directory's {@code reports/}. */
  public static final String DEFAULT_DIR = "reports";

  private static final Set<String> FIELD_KEYS = Set.of("value", "note");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The stem of the work report's overrides file: {@code overrides-Y.yaml}. */
  public static final String WORK_STEM = "overrides";
  /** The stem of the supervision report's overrides file: {@code supervision-overrides-Y.yaml}. */
  public static final String SUPERVISION_STEM = "supervision-overrides";

  /** {@code reports/overrides-Y.yaml} under {@code workDir}, when it exists. */
  public static Optional<Path> defaultFile(Path workDir, int year) {
    return defaultFile(workDir, WORK_STEM, year);
  }

  /** {@code reports/STEM-Y.yaml} under {@code workDir}, when it exists. */
  public static Optional<Path> defaultFile(Path workDir, String stem, int year) {
    Path p = defaultPath(workDir, stem, year);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** {@code reports/STEM-Y.yaml} under {@code workDir}, whether or not it exists. */
  public static Path defaultPath(Path workDir, String stem, int year) {
    return workDir.resolve(DEFAULT_DIR).resolve(stem + "-" + year + ".yaml");
  }

  /**
   * The overrides of the file asked for, else of {@code reports/STEM-Y.yaml} in the working
   * directory when it exists, else none.
   *
   * @param asked the file given with {@code --overrides}, or null
   */
  public Optional<Overrides> readAskedOrDefault(Path asked, String stem, int year) throws OverridesException {
    Optional<Path> file = asked != null ? Optional.of(asked) : defaultFile(Path.of(""), stem, year);
    return file.isEmpty() ? Optional.empty() : Optional.of(read(file.get()));
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
        fields(file, s.getKey(), "", s.getValue(), out);
      }
    }
    return out;
  }

  /** The fields under {@code node}, a mapping at {@code sections.SECTION[.PREFIX]}. */
  private static void fields(String file, String section, String prefix, JsonNode node, List<Override> out)
      throws OverridesException {
    String where = "sections." + section + (prefix.isEmpty() ? "" : "." + prefix);
    for (Map.Entry<String, JsonNode> f : mapping(file, node, where)) {
      String key = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
      if (isGroup(f.getValue())) {
        fields(file, section, key, f.getValue(), out);
      } else {
        field(file, section, key, f.getValue()).ifPresent(out::add);
      }
    }
  }

  /** A non-empty mapping naming neither {@code value} nor {@code note}: deeper fields, not one field. */
  private static boolean isGroup(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      return false;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      if (FIELD_KEYS.contains(it.next())) {
        return false;
      }
    }
    return true;
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
