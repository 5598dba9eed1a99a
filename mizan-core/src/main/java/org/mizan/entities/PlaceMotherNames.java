package org.mizan.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Places named with {@code أم} ("mother of": {@code أم درمان}, {@code أم قصر}) that the tagger cut after
 * the connector: a place mention printed one space after the word {@code أم} takes it in, unless the
 * mention alone is a listed place ({@code دمشق أم بيروت}: there {@code أم} is "or"). When the word after
 * {@code أم} is a given name ({@code أم خالد}) the whole is a woman's kunya, a person the tagger took for a
 * place.
 */
final class PlaceMotherNames {
  private PlaceMotherNames() {}

  /** The mentions with such places made whole; the same list when none is found. */
  static List<Mention> apply(String body, List<Mention> mentions) {
    List<Mention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int s = m.start() - 3;
      if (!m.type().equals("LOC") || s < 0 || body.charAt(m.start() - 1) != ' ') continue;
      String connector = body.substring(s, m.start() - 1);
      if (!(connector.equals("أم") || connector.equals("ام")) || s > 0 && !Character.isWhitespace(body.charAt(s - 1))) continue;
      if (PlaceTypesStage.isListedPlace(m.text())) continue;
      if (out == null) out = new ArrayList<>(mentions);
      String type = m.text().indexOf(' ') < 0 && LoneGivenNames.opensNames(m.text()) ? "PER" : "LOC";
      out.set(k, new Mention(s, m.end(), body.substring(s, m.end()), type, null, null));
    }
    return out == null ? mentions : out;
  }
}
