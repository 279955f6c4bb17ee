package io.github.govaudit.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the ruleset an inspection applies: the national one in the jar, or the file a profile's
 * {@code inspection: ruleset:} names, with the profile's {@code inspection: overrides:} laid over it
 * key by key, and its {@code inspection: columns:} kind decisions.
 */
public final class RulesetLoader {

  /** The national ruleset's id. */
  public static final String DEFAULT_ID = "gb-2019-19";

  private static final String RESOURCE = "/io/github/govaudit/inspect/rulesets/" + DEFAULT_ID + ".yaml";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * What the inspection reads of a profile.
   *
   * @param ruleset the ruleset with the profile's overrides
   * @param file where the ruleset came from ({@code jar:gb-2019-19} or a path)
   * @param columns the profile's column kind decisions
   */
  public record Loaded(Ruleset ruleset, String file, List<ColumnKindOverride> columns) {
    public Loaded {
      columns = List.copyOf(columns);
    }
  }

  /** The national ruleset, no overrides. */
  public Loaded defaults() throws RulesetException {
    return load(null);
  }

  /** The ruleset {@code profile} (a crawl profile YAML, or null) asks for. */
  public Loaded load(Path profile) throws RulesetException {
    JsonNode section = profile == null ? null : section(profile);
    String file = "jar:" + DEFAULT_ID;
    JsonNode base;
    if (section != null && section.hasNonNull("ruleset")) {
      Path p = profile.toAbsolutePath().getParent().resolve(section.get("ruleset").asText());
      base = read(p);
      file = p.toString();
    } else {
      base = bundled();
    }
    if (section != null && section.has("overrides")) {
      merge((ObjectNode) base, section.get("overrides"));
    }
    try {
      Ruleset r = yaml.treeToValue(base, Ruleset.class);
      return new Loaded(validated(r, file), file, columns(section, profile));
    } catch (JsonProcessingException e) {
      throw new RulesetException(file + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static Ruleset validated(Ruleset r, String file) throws RulesetException {
    for (String check : InspectionChecks.IDS) {
      if (!r.checks().containsKey(check)) {
        throw new RulesetException(file + ": ruleset has no rule for check '" + check + "'", null);
      }
    }
    if (r.thresholds() == null || r.links() == null) {
      throw new RulesetException(file + ": ruleset needs 'thresholds' and 'links'", null);
    }
    return r;
  }

  private JsonNode section(Path profile) throws RulesetException {
    JsonNode root = read(profile);
    JsonNode s = root == null ? null : root.get("inspection");
    if (s != null && !s.isObject()) {
      throw new RulesetException(profile + ": 'inspection' must be a map (ruleset, overrides, columns)", null);
    }
    if (s != null) {
      for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!List.of("ruleset", "overrides", "columns").contains(key)) {
          throw new RulesetException(profile + ": unknown key 'inspection." + key + "'; known: ruleset, overrides, columns", null);
        }
      }
    }
    return s;
  }

  private List<ColumnKindOverride> columns(JsonNode section, Path profile) throws RulesetException {
    List<ColumnKindOverride> out = new ArrayList<>();
    if (section == null || !section.has("columns")) {
      return out;
    }
    for (JsonNode c : section.get("columns")) {
      ColumnKindOverride o = new ColumnKindOverride(text(c, "url_prefix"), text(c, "name"), text(c, "kind"));
      if (o.kind() == null || o.urlPrefix() == null && o.name() == null) {
        throw new RulesetException(profile + ": each entry of 'inspection.columns' needs kind and url_prefix or name", null);
      }
      out.add(o);
    }
    return out;
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }

  private JsonNode bundled() throws RulesetException {
    try (InputStream in = RulesetLoader.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new RulesetException("cannot read the bundled ruleset: " + e.getMessage(), e);
    }
  }

  private JsonNode read(Path file) throws RulesetException {
    try {
      return yaml.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new RulesetException(file + ": malformed YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new RulesetException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Lays {@code over} on {@code base}: maps merge key by key, anything else replaces. */
  private static void merge(ObjectNode base, JsonNode over) {
    for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode old = base.get(e.getKey());
      if (old instanceof ObjectNode o && e.getValue().isObject()) {
        merge(o, e.getValue());
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }
}
