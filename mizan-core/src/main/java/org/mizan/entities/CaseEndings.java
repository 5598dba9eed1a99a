package org.mizan.entities;

/**
 * What a word's case ending says about its place in a phrase. A noun in construct takes its complement in
 * the genitive, so a sound masculine plural printed with the nominative {@code ون} after a head is no
 * complement of it: {@code جيش المضاربون} is a verb ("mobilised") and its subject, no army's name
 * ({@code جيش المضاربين} would be).
 */
final class CaseEndings {
  private CaseEndings() {}

  /**
   * A definite participle in the nominative plural ({@code المضاربون}, {@code المستثمرون}), in matching
   * form: the article, a participle's م, the ending ون; long enough to leave out nouns whose root ends in
   * ون ({@code الميمون}), and not a nisba in يون ({@code المليون}, {@code التلفزيون}).
   */
  static boolean nominativePlural(String norm) {
    return norm.length() >= 7 && norm.startsWith("الم") && norm.endsWith("ون") && !norm.endsWith("يون");
  }
}
