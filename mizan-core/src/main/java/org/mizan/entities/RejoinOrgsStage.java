package org.mizan.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Clitics;

/**
 * {@code entities.rejoin}: an organisation name the tagger cut in two, two organisation mentions with
 * one space between them (Arabic lists always join names with و or a comma), becomes one mention
 * when the whole is known: the document tags it as one name elsewhere, the gazetteer lists the
 * phrase as an organisation, or both are single words the gazetteer lists as words of organisation
 * names and the second has no article (a transliterated name such as {@code X نيوز}, {@code X
 * تايمز}; a definite second word, {@code X الحكومة}, may be another body).
 */
public final class RejoinOrgsStage implements DocumentStage {
  private static final int MAX_WORDS = 5;
  private final NerFeatures lexicon;

  public RejoinOrgsStage() {
    this(NerModel.shipped().features());
  }

  public RejoinOrgsStage(NerFeatures lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "entities.rejoin";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    List<Mention> ms = doc.mentions();
    Set<String> whole = new HashSet<>(); // organisations of two words or more, without clitics
    for (Mention m : ms) if (m.type().equals("ORG") && m.text().strip().indexOf(' ') > 0) whole.add(PropagateStage.bareKey(m.text()));
    List<Mention> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (i + 1 < ms.size() && joins(body, m, ms.get(i + 1), whole)) {
        Mention n = ms.get(i + 1);
        out.add(new Mention(m.start(), n.end(), body.substring(m.start(), n.end()), "ORG", null, m.role()));
        changed = true;
        i++;
        continue;
      }
      out.add(m);
    }
    return changed ? doc.withMentions(out) : doc;
  }

  private boolean joins(String body, Mention a, Mention b, Set<String> whole) {
    if (!a.type().equals("ORG") || !b.type().equals("ORG") || a.end() >= b.start()
        || !body.substring(a.end(), b.start()).equals(" ")) {
      return false;
    }
    List<String> wa = NameForms.words(a.text()), wb = NameForms.words(b.text());
    if (wa.isEmpty() || wb.isEmpty() || wa.size() + wb.size() > MAX_WORDS) return false;
    String joined = body.substring(a.start(), b.end());
    if (whole.contains(PropagateStage.bareKey(joined))) return true;
    List<String> w = new ArrayList<>(wa);
    w.addAll(wb);
    String rest = String.join(" ", w.subList(1, w.size()));
    for (String first : Clitics.variants(w.get(0))) {
      if ((lexicon.gazetteer().getOrDefault(first + " " + rest, 0) & NerFeatures.ORG) != 0) return true;
    }
    if (wa.size() != 1 || wb.size() != 1 || wb.get(0).startsWith("ال")) return false;
    for (String first : Clitics.variants(wa.get(0))) {
      if (first.length() >= 3 && orgWord(first) && orgWord(wb.get(0))) return true;
    }
    return false;
  }

  private boolean orgWord(String norm) {
    return (lexicon.gazetteer().getOrDefault(norm, 0) & NerFeatures.ORG) != 0;
  }
}
