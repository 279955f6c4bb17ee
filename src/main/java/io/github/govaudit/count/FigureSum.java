package io.github.govaudit.count;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A row summing a figure that the items of one kind and year print on their pages (the opinions a
 * consultation received, the questions an interview answered): the items printing none add nothing
 * and are counted in the note; when none prints it the row stays missing, for a person; when there
 * is no item the row is 0.
 *
 * @param kind the items' name in the notes, plural ("consultations", "interviews")
 * @param year the report year
 */
record FigureSum(String kind, int year) {

  private static final String BY_HAND = ": fill in by hand";

  /**
   * The row.
   *
   * @param facts what each item's page prints, by the item's URL
   * @param prints whether a page prints the figure
   * @param figure the figure a page prints
   * @param row the form's name of the row
   * @param what what the figure is, with the wordings read, for the notes
   * @param none the note when there is no item
   * @param more what the note adds after the sum
   */
  <F> Field of(Map<String, F> facts, Predicate<F> prints, ToIntFunction<F> figure, String row, String what,
      String none, String more) {
    int n = facts.size();
    if (n == 0) {
      return Field.crawled(0, List.of(), none);
    }
    List<Map.Entry<String, F>> printing = facts.entrySet().stream().filter(e -> prints.test(e.getValue())).toList();
    if (printing.isEmpty()) {
      return Field.missing("none of the " + n + " " + kind + " of " + year + " prints its " + what + " on its page"
          + BY_HAND);
    }
    long total = printing.stream().mapToLong(e -> figure.applyAsInt(e.getValue())).sum();
    String rest = printing.size() == n ? "" : "; the other " + (n - printing.size())
        + " print none: add theirs by hand if the office knows them";
    return Field.crawled(total, printing.stream().map(Map.Entry::getKey).toList(), row + ": the sum of the " + what
        + " that " + printing.size() + " of the " + n + " " + kind + " of " + year
        + " print on their pages (the evidence)" + more + rest);
  }
}
