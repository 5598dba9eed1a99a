package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * An organisation printed without the adjectives that close its name elsewhere in the same document
 * ({@code حزب البعث} for {@code حزب البعث العربي الاشتراكي}, {@code مجلس الأمة} for {@code مجلس الأمة
 * الكويتي}) stands for that name, when exactly one organisation of the document extends it so. Where the
 * last adjective is one of origin, the short form is any country's body ({@code مجلس النواب}), so it is
 * taken for that country's only where the page names no other nationality. The adjective must agree with
 * the name (else it describes a noun before it), and a listed name ({@code الأمم المتحدة}) is whole.
 */
final class ShortBodyNames {
  private ShortBodyNames() {}

  /** The mentions, each such short form given its long name as canonical. */
  static List<Mention> resolve(String body, List<Mention> mentions) {
    Set<String> orgs = new HashSet<>();
    for (Mention m : mentions) if (m.type().equals("ORG") && m.canonical() != null) orgs.add(m.canonical());
    if (orgs.size() < 2) return mentions;
    List<Mention> out = null;
    Set<String> origins = null;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (!m.type().equals("ORG") || m.canonical() == null) continue;
      List<String> w = NameForms.words(m.canonical());
      // a listed name is whole as it is (الأمم المتحدة: in منظمات الأمم المتحدة الإغاثية the adjective is another noun's)
      if (w.size() < 2 || EntityLexicon.ALIASES.containsKey(String.join(" ", w))) continue;
      String only = null;
      int found = 0;
      for (String o : orgs) {
        List<String> f = NameForms.words(o);
        if (f.size() > w.size() && f.subList(0, w.size()).equals(w) && adjectivesOnly(f.subList(w.size(), f.size()))
            && agrees(w, f.get(w.size()))) {
          only = o;
          found++;
        }
      }
      if (found != 1) continue;
      List<String> f = NameForms.words(only);
      String last = f.get(f.size() - 1);
      if (OrgNamesStage.endsInOrigin(last)) {
        if (origins == null) origins = origins(body);
        if (origins.size() != 1 || !origins.contains(stem(last))) continue;
      }
      if (out == null) out = new ArrayList<>(mentions);
      out.set(k, m.withCanonical(only));
    }
    return out == null ? mentions : out;
  }

  /**
   * Definite adjectives: of origin, masculine nisbas (العربي, الاشتراكي) or listed ones (العليا). A word in
   * ية that is no origin is as often a noun (حزب X | الغالبية في البرلمان: the majority) and ends the test.
   */
  private static boolean adjectivesOnly(List<String> words) {
    for (String n : words) {
      boolean nisba = NameForms.isNisba(n) && (n.endsWith("ي") || OrgNamesStage.endsInOrigin(n));
      if (!n.startsWith("ال") || !(nisba || EntityLexicon.ORG_NAME_ADJECTIVES.contains(n))) return false;
    }
    return true;
  }

  /**
   * The first adjective agrees in gender with the head or with the short form's last word (ة for the
   * feminine): in {@code كتائب حزب الله المنضوية} the adjective is the brigades', not the party's.
   */
  private static boolean agrees(List<String> w, String adjective) {
    boolean feminine = adjective.endsWith("ه");
    return feminine == w.get(0).endsWith("ه") || feminine == w.get(w.size() - 1).endsWith("ه");
  }

  /** The stems of the definite adjectives of origin the body prints (الكويتي, الكويتية → كويتي). */
  private static Set<String> origins(String body) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(body)) {
      String n = t.norm();
      if (n.startsWith("ال") && n.length() > 4 && OrgNamesStage.endsInOrigin(n)) out.add(stem(n));
    }
    return out;
  }

  private static String stem(String n) {
    return n.substring(2, n.endsWith("ه") ? n.length() - 1 : n.length());
  }
}
