package org.mizan.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.doc.Document;
import org.mizan.pipeline.DocumentStage;
import org.mizan.text.Token;
import org.mizan.text.Tokenizer;

/**
 * {@code entities.sultanate}: a place printed right after {@code سلطنة} takes the word
 * ({@code سلطنة} | {@code عمان} → {@code سلطنة عمان}): news names the country so, and {@code عمان}
 * alone is also the Jordanian capital. A mention of the bare word {@code سلطنة} there (the tagger's
 * split) is absorbed; a proclitic is left outside the span ({@code ب} + {@code سلطنة عمان}).
 */
public final class SultanateNamesStage implements DocumentStage {
  @Override
  public String name() {
    return "entities.sultanate";
  }

  @Override
  public Document apply(Document doc) {
    String body = doc.body();
    if (!body.contains("سلطنة")) return doc;
    List<Token> toks = Tokenizer.tokenize(body);
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    boolean changed = false;
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token head = toks.get(i);
      if (!isSultanate(head.norm()) || !NameForms.nextWord(body, toks, i + 1)) continue;
      Token next = toks.get(i + 1);
      Mention place = null;
      for (Mention m : mentions) if (m.type().equals("LOC") && m.start() == next.start()) place = m;
      if (place == null) continue;
      int s = head.start() + head.norm().length() - 5, e = place.end(); // بسلطنة: the name after ب
      mentions.removeIf(m -> m.overlaps(s, e));
      mentions.add(new Mention(s, e, body.substring(s, e), "LOC", null, null));
      mentions.sort(Comparator.comparingInt(Mention::start));
      changed = true;
    }
    return changed ? doc.withMentions(mentions) : doc;
  }

  /** {@code سلطنة} alone or after one or two proclitics (و ب ل ف: {@code وبسلطنة}). */
  private static boolean isSultanate(String norm) {
    if (!norm.endsWith("سلطنه") || norm.length() > 7) return false;
    for (int i = 0; i < norm.length() - 5; i++) if ("وبلف".indexOf(norm.charAt(i)) < 0) return false;
    return true;
  }
}
