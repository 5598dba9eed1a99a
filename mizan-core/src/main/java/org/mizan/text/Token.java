package org.mizan.text;

/**
 * A word or number with its place in the original text.
 *
 * @param text as printed
 * @param start offset in the original text (inclusive)
 * @param end offset in the original text (exclusive)
 * @param norm matching form ({@link ArabicNormalization#normalize})
 * @param stem matching form with proclitics removed ({@link Clitics#strip})
 */
public record Token(String text, int start, int end, String norm, String stem) {
  public boolean isNumber() {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
  }

  public boolean isArabic() {
    return !text.isEmpty() && ArabicNormalization.isArabicLetter(text.charAt(0));
  }
}
