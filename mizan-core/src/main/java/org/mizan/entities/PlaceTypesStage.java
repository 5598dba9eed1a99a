package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.ArabicNormalization;
import org.mizan.text.Clitics;

/**
 * {@code entities.place-types}: a country or city of {@code places.txt} printed on its own is a
 * place, whatever type the tagger gave it from its neighbours ({@code وصلت بعثة الفريق إلى النمسا}
 * read as an organisation in a sports story, {@code العاصمة وارسو} as a person). Over whole days of
 * news such names are a place in nearly every article, and the rare other readings are a club or
 * a newspaper named like the place; those keep their type where the text shows it: a name in quote
 * marks ({@code «الرياض»}, the newspaper) or before a masculine adjective of origin ({@code موناكو
 * الفرنسي}, the club). Later stages (clubs, media) still read such names from their own evidence.
 * A place cut after its {@code أم} ({@code أم | درمان}) is made whole ({@link PlaceMotherNames}). A "person"
 * whose name opens with a saint's prefix ({@code سان بطرسبورغ}, {@code saint-prefixes.txt}) is a place, and so
 * is a government's seat the tagger read as its head ({@code لحكومة X}, {@link #seatOfGovernment}).
 */
public final class PlaceTypesStage implements DocumentStage {
  @Override
  public String name() {
    return "entities.place-types";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> out = new ArrayList<>(doc.mentions().size());
    boolean changed = false;
    for (Mention m : doc.mentions()) {
      boolean place = isListedPlace(m.text()) && !quoted(body, m) && !beforeMasculineOrigin(body, m);
      if (!m.type().equals("LOC") && place || m.type().equals("PER") && (saintPlace(m.text()) && !afterPlace(body, m)
          || seatOfGovernment(body, m))) {
        m = new Mention(m.start(), m.end(), m.text(), "LOC", m.entityId(), m.role(), m.canonical());
        changed = true;
      }
      out.add(m);
    }
    List<Mention> whole = PlaceMotherNames.apply(body, out);
    return changed || whole != out ? doc.withMentions(whole) : doc;
  }

  /** Whether the printed name, with or without its proclitics, is a country or city of places.txt. */
  static boolean isListedPlace(String printed) {
    String norm = String.join(" ", NameForms.words(printed));
    if (norm.isEmpty()) return false;
    if ("LOC".equals(EntityLexicon.TAGGED_NAMES.get(norm))) return true;
    int sp = norm.indexOf(' ');
    String first = sp < 0 ? norm : norm.substring(0, sp);
    String rest = sp < 0 ? "" : norm.substring(sp);
    for (String v : Clitics.variants(first)) {
      if (!v.equals(first) && "LOC".equals(EntityLexicon.TAGGED_NAMES.get(v + rest))) return true;
    }
    return false;
  }

  /** The government word, bare or with proclitics (لحكومة, وحكومة), normalised. */
  private static final String GOVERNMENT = "حكومه";

  /**
   * A one-word "person" right after {@code حكومة} that the gazetteer knows as a place and never as a
   * person ({@code حكومة X} named by its seat, a city): the place. A government named by its head
   * ({@code حكومة نتنياهو}) keeps the person.
   */
  static boolean seatOfGovernment(String body, Mention m) {
    List<String> w = NameForms.words(m.text());
    if (w.size() != 1) return false;
    int g = NerModel.shipped().features().gazetteer().getOrDefault(w.get(0), 0);
    if ((g & NerFeatures.LOC) == 0 || (g & NerFeatures.PER) != 0) return false;
    int e = m.start();
    while (e > 0 && body.charAt(e - 1) == ' ') e--;
    int s = e;
    while (s > 0 && Character.isLetter(body.charAt(s - 1))) s--;
    if (s == e) return false;
    for (String v : Clitics.variants(ArabicNormalization.normalize(body.substring(s, e)))) if (v.equals(GOVERNMENT)) return true;
    return false;
  }

  private static final java.util.Set<String> SAINTS = java.util.Set.copyOf(
      EntityLexicon.lines("saint-prefixes.txt").stream().map(ArabicNormalization::normalize).toList());

  /** Two words or more, the first a saint's prefix with or without its proclitics ({@code بسان X}). */
  static boolean saintPlace(String printed) {
    List<String> w = NameForms.words(printed);
    if (w.size() < 2) return false;
    for (String v : Clitics.variants(w.get(0))) if (SAINTS.contains(v)) return true;
    return false;
  }

  /** The word before is a listed place: the saint's name continues a club's ({@code باريس | سان جرمان}). */
  private static boolean afterPlace(String body, Mention m) {
    int e = m.start();
    while (e > 0 && body.charAt(e - 1) == ' ') e--;
    int s = e;
    while (s > 0 && Character.isLetter(body.charAt(s - 1))) s--;
    return s < e && isListedPlace(body.substring(s, e));
  }

  /** A name set in quote marks on both sides: how papers print a newspaper's or a programme's name. */
  private static boolean quoted(String body, Mention m) {
    int s = m.start() - 1;
    while (s >= 0 && body.charAt(s) == ' ') s--;
    int e = m.end();
    while (e < body.length() && body.charAt(e) == ' ') e++;
    return s >= 0 && e < body.length() && "«\"“'".indexOf(body.charAt(s)) >= 0 && "»\"”'".indexOf(body.charAt(e)) >= 0;
  }

  /** Whether a masculine adjective of origin follows ({@code موناكو الفرنسي}): a club, since a city is feminine. */
  private static boolean beforeMasculineOrigin(String body, Mention m) {
    int s = m.end();
    while (s < body.length() && body.charAt(s) == ' ') s++;
    int e = s;
    while (e < body.length() && !Character.isWhitespace(body.charAt(e)) && Character.isLetter(body.charAt(e))) e++;
    String w = ArabicNormalization.normalize(body.substring(s, e));
    if (!w.startsWith("ال")) return false;
    return EntityLexicon.NATIONALITIES.contains(w.substring(2));
  }
}
