package org.mizan.quotes;

/**
 * The complementizers that open reported content: إن / أن / بأن, alone or with a pronoun suffix
 * (إنه، بأنها، أننا), with an optional و. Matching form only.
 */
final class Complementizers {
  private Complementizers() {}

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
