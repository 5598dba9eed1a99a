package org.mizan.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which of story clustering's switchable rules are on. The product runs with all of them ({@link
 * #ALL}); turning one off gives the clustering as it was before that rule, for the comparisons in
 * docs/evaluation.md ({@code mizan eval stories --ablate templatedays}; also {@code train stories-join}
 * and {@code bench stories}).
 *
 * @param dateParts the day or month of a written date is no event figure ({@code 14/10/1436})
 * @param levels a price level a word before sets is no event figure ({@code فوق 50 دولارا})
 * @param periods a number counting hours or days is no event figure ({@code 24 ساعة})
 * @param latestDay of the past days a report states, only the latest is its event day
 * @param sharedNames the join model reads how rare a person both sides name is
 * @param templateDays another day's issue of a template report is vetoed
 * @param issuers another body's statement on the same trigger is another event
 * @param persons the join model reads whether both sides name people and share none
 * @param titledCounterpart a person the headline names by title counts as named there
 * @param recalledDays the join model reads whether the article's text recalls the story's event day
 * @param actorBar a confident join model overrules the headline-actor conflict ({@link ConfidentActor})
 * @param weekdays an article without any date and a story naming no common weekday are another event ({@link StatedWeekdays})
 * @param sharedFigures two decimal figures shared within a day join reports the wording kept apart ({@link SharedFigures})
 */
public record StoryOptions(boolean dateParts, boolean levels, boolean periods, boolean latestDay, boolean sharedNames,
    boolean templateDays, boolean issuers, boolean persons, boolean titledCounterpart, boolean recalledDays,
    boolean actorBar, boolean weekdays, boolean sharedFigures) {

  /** The options before {@code sharedFigures}, which is on. */
  public StoryOptions(boolean dateParts, boolean levels, boolean periods, boolean latestDay, boolean sharedNames,
      boolean templateDays, boolean issuers, boolean persons, boolean titledCounterpart, boolean recalledDays,
      boolean actorBar, boolean weekdays) {
    this(dateParts, levels, periods, latestDay, sharedNames, templateDays, issuers, persons, titledCounterpart,
        recalledDays, actorBar, weekdays, true);
  }

  /** Every rule on: what the product runs. */
  public static final StoryOptions ALL = new StoryOptions(true, true, true, true, true, true, true, true, true, true, true, true, true);

  /** The rule names {@link #without} takes, in the order of the record's components. */
  public static final List<String> NAMES = List.of("dateparts", "levels", "periods", "latestday", "sharednames",
      "templatedays", "issuers", "persons", "titledcounterpart", "recalleddays", "actorbar", "weekdays", "sharedfigures");

  /** These options with the named rules off (names of {@link #NAMES}, any case). */
  public StoryOptions without(Collection<String> names) {
    List<Boolean> on = new ArrayList<>(List.of(dateParts, levels, periods, latestDay, sharedNames, templateDays,
        issuers, persons, titledCounterpart, recalledDays, actorBar, weekdays, sharedFigures));
    for (String n : names) {
      int i = NAMES.indexOf(n.strip().toLowerCase(Locale.ROOT));
      if (i < 0) throw new IllegalArgumentException("no such story rule: " + n + " (one of " + String.join(", ", NAMES) + ")");
      on.set(i, false);
    }
    return new StoryOptions(on.get(0), on.get(1), on.get(2), on.get(3), on.get(4), on.get(5), on.get(6), on.get(7),
        on.get(8), on.get(9), on.get(10), on.get(11), on.get(12));
  }
}
