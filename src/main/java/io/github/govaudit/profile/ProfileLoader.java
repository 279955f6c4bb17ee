package io.github.govaudit.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a crawl profile from YAML, rejecting unknown keys and naming the line of any mistake. */
public final class ProfileLoader {

  private static final Set<String> CATEGORIES = Set.of("overview", "news", "disclosure", "other");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Loads and validates the profile at {@code file}. */
  public CrawlProfile load(Path file) throws ProfileException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ProfileException("profile not found: " + file + " (give an existing YAML file; see crawl-profiles/example.yaml)");
    } catch (IOException e) {
      throw new ProfileException("cannot read profile " + file + ": " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  /** Parses profile YAML; {@code name} labels the messages. */
  public CrawlProfile parse(String text, String name) throws ProfileException {
    Raw raw;
    try {
      raw = yaml.readValue(text, Raw.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ProfileException(name + ": unknown key '" + e.getPropertyName() + "'" + keyLine(text, e)
          + "; known keys here: " + e.getKnownPropertyIds());
    } catch (JsonProcessingException e) {
      throw new ProfileException(name + ": malformed YAML" + at(e.getLocation()) + ": "
          + firstLine(e.getOriginalMessage()));
    }
    if (raw == null) {
      throw new ProfileException(name + ": the profile is empty; it needs at least 'home'");
    }
    return raw.toProfile(name);
  }

  /**
   * The line of the unknown key. Jackson buffers record properties, so its location points past
   * the key; the key's own line is found in the text.
   */
  private static String keyLine(String text, UnrecognizedPropertyException e) {
    Pattern key = Pattern.compile("^\\s*(-\\s+)?['\"]?" + Pattern.quote(e.getPropertyName()) + "['\"]?\\s*:");
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (key.matcher(lines.get(i)).find()) {
        return " at line " + (i + 1);
      }
    }
    return at(e.getLocation());
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? "" : " at line " + location.getLineNr();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }

  /** The file as written; turned into a checked {@link CrawlProfile}. */
  private record Raw(
      String name,
      String home,
      List<String> allowedHosts,
      Integer year,
      RawPoliteness politeness,
      RawLimits limits,
      List<String> exclude,
      List<RawColumn> columns,
      com.fasterxml.jackson.databind.JsonNode inspection, // read by the inspect stage (RulesetLoader)
      RawInteraction interaction) {

    CrawlProfile toProfile(String file) throws ProfileException {
      URI homeUri = Urls.home(home, file);
      for (String regex : exclude == null ? List.<String>of() : exclude) {
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          throw new ProfileException(file + ": exclude pattern '" + regex + "' is not a valid regular expression");
        }
      }
      CrawlProfile.Politeness p = politeness == null ? null : politeness.toPoliteness(file);
      CrawlProfile.Limits l = limits == null ? null : limits.toLimits(file);
      List<CrawlProfile.ColumnOverride> cols =
          columns == null ? null : columns.stream().map(RawColumn::toOverride).toList();
      for (CrawlProfile.ColumnOverride c : cols == null ? List.<CrawlProfile.ColumnOverride>of() : cols) {
        if (c.category() != null && !CATEGORIES.contains(c.category())) {
          throw new ProfileException(file + ": column category '" + c.category() + "' must be one of " + CATEGORIES);
        }
        if (c.urlPrefix() == null && c.name() == null) {
          throw new ProfileException(file + ": each entry of 'columns' needs url_prefix or name");
        }
      }
      CrawlProfile.Interaction i = interaction == null ? null : interaction.toInteraction(file);
      return new CrawlProfile(name, homeUri, allowedHosts, year == null ? 0 : year, p, l, exclude, cols, i);
    }
  }

  private record RawPoliteness(Integer delayMs, Integer threads, String userAgent) {
    CrawlProfile.Politeness toPoliteness(String file) throws ProfileException {
      CrawlProfile.Politeness d = CrawlProfile.Politeness.DEFAULT;
      int delay = delayMs == null ? d.delayMs() : delayMs;
      int n = threads == null ? d.threads() : threads;
      if (delay < 0 || n < 1) {
        throw new ProfileException(file + ": politeness needs delay_ms >= 0 and threads >= 1");
      }
      return new CrawlProfile.Politeness(delay, n, userAgent);
    }
  }

  private record RawLimits(Integer maxPages, Integer maxDepth, Integer maxPageBytes, Integer maxUrlLength,
      Integer patternBudget) {
    CrawlProfile.Limits toLimits(String file) throws ProfileException {
      CrawlProfile.Limits d = CrawlProfile.Limits.DEFAULT;
      CrawlProfile.Limits l = new CrawlProfile.Limits(or(maxPages, d.maxPages()), or(maxDepth, d.maxDepth()),
          or(maxPageBytes, d.maxPageBytes()), or(maxUrlLength, d.maxUrlLength()), or(patternBudget, d.patternBudget()));
      String problem = LimitsCheck.problem(l);
      if (problem != null) {
        throw new ProfileException(file + ": limits need " + problem);
      }
      return l;
    }

    private static int or(Integer value, int fallback) {
      return value == null ? fallback : value;
    }
  }

  private record RawInteraction(Integer replyLimitDays) {
    CrawlProfile.Interaction toInteraction(String file) throws ProfileException {
      if (replyLimitDays == null) {
        return CrawlProfile.Interaction.DEFAULT;
      }
      if (replyLimitDays <= 0) {
        throw new ProfileException(file + ": interaction.reply_limit_days must be a positive number of days, not "
            + replyLimitDays);
      }
      return new CrawlProfile.Interaction(java.util.OptionalInt.of(replyLimitDays));
    }
  }

  private record RawColumn(
      @JsonProperty("url_prefix") String urlPrefix, String name, String category, Boolean topic,
      Boolean interpretation, @JsonProperty("hot_response") Boolean hotResponse) {
    CrawlProfile.ColumnOverride toOverride() {
      return new CrawlProfile.ColumnOverride(urlPrefix, name, category, topic, interpretation, hotResponse);
    }
  }
}
