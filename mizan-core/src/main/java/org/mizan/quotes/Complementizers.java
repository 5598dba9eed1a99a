package org.mizan.quotes;

/**
 * The complementizers that open reported content: إن / أن / بأن, alone or with a pronoun suffix
 * (إنه، بأنها، أننا), with an optional و. Matching form only.
 */
final class Complementizers {
  private Complementizers() {}

  /** Words that make أن adverbial rather than reported content: إلا أن (but), بعد أن (after), رغم أن. */
  private static final java.util.Set<String> ADVERBIAL = java.util.Set.of(
      "الا", "غير", "بيد", "رغم", "برغم", "بالرغم", "مع", "بعد", "قبل", "منذ", "لولا", "حتى");

  /** Whether {@code norm}, the word before a complementizer, makes it adverbial ({@code الا ان}). */
  static boolean adverbialBefore(String norm) {
    return ADVERBIAL.contains(norm.startsWith("و") && norm.length() > 3 ? norm.substring(1) : norm);
  }

  static boolean is(String norm) {
    String n = norm;
    if (n.startsWith("و") && n.length() > 2) n = n.substring(1);
    if (n.startsWith("ب") && n.length() > 2) n = n.substring(1);
    if (!n.startsWith("ان")) return false;
    String rest = n.substring(2);
    return switch (rest) {
      case "", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم" -> true;
      default -> false;
    };
  }
}
