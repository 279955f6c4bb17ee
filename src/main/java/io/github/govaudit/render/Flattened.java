package io.github.govaudit.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON block laid flat for a document: one entry per leaf or list, named by its path
 * ({@code site_code.pages_missing}), its parts text or web links. Lists longer than
 * {@link #MAX_LISTED} are cut with a last entry saying how many more the JSON file holds.
 *
 * @param entries the entries in the block's order
 */
public record Flattened(List<Entry> entries) {

  /** Entries of one list shown in a document; the JSON file has them all. */
  public static final int MAX_LISTED = 500;

  public Flattened {
    entries = List.copyOf(entries);
  }

  /** {@code node} laid flat. */
  public static Flattened of(JsonNode node) {
    List<Entry> out = new ArrayList<>();
    walk("", node, out);
    return new Flattened(out);
  }

  private static void walk(String path, JsonNode node, List<Entry> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.add(new Entry(path, List.of()));
    } else if (node.isObject()) {
      if (node.isEmpty()) {
        out.add(new Entry(path, List.of()));
      }
      for (String k : ReportDocument.names(node)) {
        walk(path.isEmpty() ? k : path + "." + k, node.get(k), out);
      }
    } else if (node.isArray()) {
      list(path, node, out);
    } else {
      out.add(new Entry(path, List.of(Part.of(node.asText()))));
    }
  }

  private static void list(String path, JsonNode array, List<Entry> out) {
    boolean scalars = true;
    for (JsonNode e : array) {
      scalars &= e.isValueNode();
    }
    if (scalars) {
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < array.size() && i < MAX_LISTED; i++) {
        parts.add(Part.of(array.get(i).asText()));
      }
      if (array.size() > MAX_LISTED) {
        parts.add(new Part("… " + (array.size() - MAX_LISTED) + " more in the JSON file", null));
      }
      out.add(new Entry(counted(path, array.size()), parts));
      return;
    }
    if (array.isEmpty()) {
      out.add(new Entry(counted(path, 0), List.of()));
    }
    for (int i = 0; i < array.size() && i < MAX_LISTED; i++) {
      JsonNode e = array.get(i);
      List<Part> parts = new ArrayList<>();
      if (e.isObject()) {
        for (String k : ReportDocument.names(e)) {
          JsonNode v = e.get(k);
          String text = v.isValueNode() ? v.asText() : ValueText.text(v);
          parts.add(ValueText.isWebUrl(text) ? Part.of(text) : new Part(k + ": " + text, null));
        }
      } else {
        parts.add(Part.of(ValueText.text(e)));
      }
      out.add(new Entry(path + "[" + i + "]", parts));
    }
    if (array.size() > MAX_LISTED) {
      out.add(new Entry(path, List.of(new Part("… " + (array.size() - MAX_LISTED) + " more in the JSON file", null))));
    }
  }

  private static String counted(String path, int n) {
    return path.isEmpty() ? n + " in all" : path + " (" + n + ")";
  }

  /**
   * One leaf or list of the block.
   *
   * @param path where it sits in the block
   * @param parts its texts and links; empty when it has no value
   */
  public record Entry(String path, List<Part> parts) {
    public Entry {
      parts = List.copyOf(parts);
    }

    /** The parts as one line of text. */
    public String text() {
      return String.join(" ", parts.stream().map(Part::text).toList());
    }
  }

  /**
   * A piece of text, linked when it is a web address.
   *
   * @param text what is shown
   * @param href where it links (http or https only), or null
   */
  public record Part(String text, String href) {

    /** {@code text}, linked to itself when it is a web address. */
    public static Part of(String text) {
      return new Part(text, ValueText.isWebUrl(text) ? text.trim() : null);
    }
  }
}
