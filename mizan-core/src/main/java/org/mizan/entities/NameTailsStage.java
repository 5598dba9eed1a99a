package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.text.ArabicNormalization;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.tails}: names the tagger cut before their last word get it back. A person takes
 * the word after it when that word is a family-name suffix ({@code X داود} | {@code أوغلو}, {@code X
 * نعمت} | {@code زاده}) or the house after a closing {@code آل} ({@code X بن Y آل} | {@code الشيخ}), or when the document prints that word elsewhere as (the end of) a person's
 * name, or alone right after a reporting verb ({@code خالد محفوظ} | {@code X} … {@code وأكد X}), while the
 * mention's own last word never ends one ({@code عبد الفتاح} | {@code X} … {@code X}), or a lone given name after a
 * title takes the plain word that closes the phrase ({@link TitledNameTails}), and a name between commas or
 * before its role in the accusative takes the plain word after it ({@link BoundedNameTails});
 * a place takes a compass adjective ({@code الضفة} | {@code الغربية}), and a sea or ocean tagged as the
 * bare noun takes its adjective ({@code المحيط} | {@code الهندي}, {@code البحر} | {@code الأحمر}).
 */
public final class NameTailsStage implements DocumentStage {
  /** Words that close Turkish and Persian family names (داود أوغلو، نعمت زاده), in matching form. */
  private static final Set<String> NAME_SUFFIXES = Set.of("اوغلو", "زاده");
  /** Compass adjectives that are part of a place's name (الضفة الغربية، كوريا الشمالية، آسيا الوسطى). */
  private static final Set<String> COMPASS = Set.of("الغربيه", "الشرقيه", "الشماليه", "الجنوبيه", "الغربي",
      "الشرقي", "الشمالي", "الجنوبي", "الوسطي");

  /** Generic nouns of seas and oceans that name one only with the adjective after them, in matching form. */
  private static final Set<String> WATERS = Set.of("المحيط", "البحر", "الخليج");

  @Override
  public String name() {
    return "entities.tails";
  }

  @Override
  public Document apply(Document doc) {
    if (doc.mentions().isEmpty()) return doc;
    String body = doc.body();
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    // last word of each person mention -> the keys of the mentions it ends
    Map<String, Set<String>> personEnds = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.type().equals("PER")) continue;
      List<String> w = NameForms.words(m.text());
      if (w.isEmpty()) continue;
      personEnds.computeIfAbsent(org.mizan.text.Clitics.strip(w.get(w.size() - 1)), x -> new HashSet<>())
          .add(PropagateStage.bareKey(m.text()));
    }
    List<Token> toks = Tokenizer.tokenize(body);
    // words printed right after a reporting verb (وأكد X): the subject, often a surname alone
    Set<String> spokenBy = new HashSet<>();
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (SpanRulesStage.isReportingVerb(toks.get(i).norm())) spokenBy.add(toks.get(i + 1).norm());
    }
    boolean changed = false;
    int ti = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      while (ti < toks.size() && toks.get(ti).end() < m.end()) ti++;
      if (ti >= toks.size() || toks.get(ti).end() != m.end() || !NameForms.nextWord(body, toks, ti + 1)) continue;
      Token next = toks.get(ti + 1);
      if (k + 1 < mentions.size() && mentions.get(k + 1).start() < next.end() && !joinsNext(m, mentions.get(k + 1), next)) {
        continue;
      }
      int e = next.end();
      if (house(body, toks, m, ti + 1)) {
        e = toks.get(ti + 2).end(); // X بن Y | آل الشيخ: the house, also a title word the tagger stopped before
      } else if (!takesTail(m, toks.get(ti), next, personEnds, spokenBy) && !familyNameLeftOut(body, toks, m, ti + 1)
          && !TitledNameTails.surnameLeftOut(body, toks, m, ti + 1) && !TitledNameTails.nisbaLeftOut(body, toks, m, ti + 1)
          && !BoundedNameTails.leftOut(body, toks, m, ti + 1)) {
        continue;
      }
      if (k + 1 < mentions.size() && mentions.get(k + 1).start() < e) mentions.remove(k + 1);
      mentions.set(k, m.withSpan(m.start(), e, body.substring(m.start(), e)));
      changed = true;
    }
    return changed ? doc.withMentions(mentions) : doc;
  }

  /**
   * A person of two words or more followed by {@code آل} and a word ({@code عبدالعزيز بن عبدالله} | {@code آل الشيخ}):
   * the house closes the name. Cut before it, the name is another man's ({@code X بن Y بن Z}) to the linker.
   */
  private static boolean house(String body, List<Token> toks, Mention m, int j) {
    if (!m.type().equals("PER") || NameForms.words(m.text()).size() < 2 || !toks.get(j).text().equals("آل")) return false;
    return NameForms.nextWord(body, toks, j + 1) && !EntityLexicon.STOPWORDS.contains(toks.get(j + 1).norm());
  }

  /**
   * A person named by given names only ({@code خالد محفوظ}) before a word no lexicon knows that closes
   * the phrase ({@code X Y بحاح،}, {@code X Y بحاح نائب الرئيس}): that word is the family name the
   * tagger left out. Known words (places, common names), definite words, verbs, function words, common
   * nouns and known words after a proclitic ({@code بحضور}) are not taken.
   */
  private static boolean familyNameLeftOut(String body, List<Token> toks, Mention m, int j) {
    if (!m.type().equals("PER")) return false;
    NerFeatures lexicon = NerModel.shipped().features();
    List<String> w = NameForms.words(m.text());
    if (w.size() < 2 || w.size() > 3) return false;
    for (String x : w) if (x.startsWith("ال") || !lexicon.isPersonWord(x)) return false;
    Token next = toks.get(j);
    String n = next.norm();
    if (n.length() < 3 || n.startsWith("ال") || lexicon.gazetteer().containsKey(n) || EntityLexicon.STOPWORDS.contains(n)
        || RoleStage.isTitle(n) || RoleStage.isRoleWord(n) || org.mizan.text.VerbForms.isVerb(n)
        || SpanRulesStage.isReportingVerb(n) || NameForms.isNisba(n) || EntityLexicon.TAGGED_NAMES.containsKey(n)
        || withProclitic(n)) {
      return false;
    }
    String after = body.substring(next.end()).stripLeading();
    if (after.isEmpty() || "،,.:؛)»\"".indexOf(after.charAt(0)) >= 0) return true;
    return NameForms.nextWord(body, toks, j + 1) && RoleStage.isTitle(toks.get(j + 1).norm());
  }

  /**
   * A common noun the corpus also prints with the article ({@code مهام} / {@code المهام}), or a proclitic on a
   * known word ({@code بحضور}, {@code للتباحث}, {@code وهبة}): a phrase goes on, no name.
   */
  private static boolean withProclitic(String n) {
    if (n.startsWith("لل")) return true;
    org.mizan.clean.Vocabulary v = org.mizan.clean.Vocabulary.shipped();
    // a common noun: the corpus prints it with the article too (صلاحيات / الصلاحيات), a family name not
    if (v.count("ال" + n) > 0) return true;
    return "بلكوف".indexOf(n.charAt(0)) >= 0 && v.count(n.substring(1)) > 0;
  }

  /**
   * The next word is a one-word person mention of its own that the rule may absorb; not a second
   * person conjoined with و ({@code X Y وفابيوس}: "and Fabius"), whose bare word is a known name.
   */
  private static boolean joinsNext(Mention m, Mention following, Token next) {
    return m.type().equals("PER") && following.type().equals("PER") && following.start() == next.start()
        && following.end() == next.end() && !conjoinedName(next.norm());
  }

  /** و + a word the gazetteer knows as a person's name, the whole word being no name (وفابيوس; not وليد). */
  static boolean conjoinedName(String norm) {
    NerFeatures lexicon = NerModel.shipped().features();
    return norm.length() >= 5 && norm.charAt(0) == 'و' && !lexicon.gazetteer().containsKey(norm)
        && lexicon.isPersonWord(norm.substring(1));
  }

  private static boolean takesTail(Mention m, Token last, Token next, Map<String, Set<String>> personEnds,
      Set<String> spokenBy) {
    String n = next.norm();
    // only after a definite place (الضفة الغربية); after a bare one it may describe the noun before (جبهة X الشرقية)
    if (m.type().equals("LOC")) {
      String place = NameForms.stripClitics(m.text(), x -> false);
      // a sea or ocean tagged without its adjective (المحيط | الهندي، البحر | الأحمر): the noun alone names none
      String water = ArabicNormalization.normalize(place);
      if (WATERS.contains(water)) {
        // a masculine adjective (the noun is masculine; الأولى، المتتالية describe something else); a gulf's is a nisba
        boolean adjective = n.startsWith("ال") && n.length() >= 5 && !n.endsWith("ه") && !next.text().endsWith("ى")
            && !EntityLexicon.STOPWORDS.contains(n);
        return adjective && (!water.equals("الخليج") || n.equals("العربي") || n.equals("الفارسي"));
      }
      return COMPASS.contains(n) && place.startsWith("ال");
    }
    if (!m.type().equals("PER")) return false;
    // آل opens a family name and never ends a name: the word after it is the house (آل | الشيخ، آل | سعود),
    // even a title word the tagger stopped before
    if (NAME_SUFFIXES.contains(n) || last.norm().equals("ال")) return true; // آل in matching form
    String lastWord = org.mizan.text.Clitics.strip(last.norm());
    if (n.length() < 3 || EntityLexicon.STOPWORDS.contains(n) || RoleStage.isTitle(n) || RoleStage.isRoleWord(n)
        || org.mizan.text.VerbForms.isVerb(n) || SpanRulesStage.isReportingVerb(n)) {
      return false;
    }
    // the document prints the word as a name's end, and never the mention's last word: one name cut short
    Set<String> endingHere = personEnds.getOrDefault(lastWord, Set.of());
    boolean lastEndsAnother = endingHere.size() > 1 || !endingHere.contains(PropagateStage.bareKey(m.text()));
    if (lastEndsAnother || m.text().indexOf(' ') < 0) return false;
    // ... or prints it alone as the subject of a reporting verb (خالد محفوظ | بحاح … وأكد بحاح)
    return personEnds.containsKey(n) || spokenBy.contains(n) && !NameForms.isNisba(n) && !n.startsWith("ال");
  }
}
