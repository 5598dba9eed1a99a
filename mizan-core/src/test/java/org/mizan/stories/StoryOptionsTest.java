package org.mizan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOptionsTest {
  @Test
  void everyRuleIsOnByDefaultAndOffByName() {
    assertThat(StoryOptions.ALL).isEqualTo(new StoryOptions(true, true, true, true, true, true, true, true, true, true, true, true));
    assertThat(StoryOptions.ALL.without(List.of())).isEqualTo(StoryOptions.ALL);
    StoryOptions off = StoryOptions.ALL.without(List.of("Issuers", " titledCounterpart", "dateparts"));
    assertThat(off).isEqualTo(new StoryOptions(false, true, true, true, true, true, false, true, false, true, true, true));
  }

  @Test
  void eachNameTurnsOffItsOwnRule() {
    for (String n : StoryOptions.NAMES) {
      StoryOptions o = StoryOptions.ALL.without(List.of(n));
      List<Boolean> on = List.of(o.dateParts(), o.levels(), o.periods(), o.latestDay(), o.sharedNames(),
          o.templateDays(), o.issuers(), o.persons(), o.titledCounterpart(), o.recalledDays(), o.actorBar(), o.weekdays());
      for (int i = 0; i < on.size(); i++) assertThat(on.get(i)).as(n + " / " + i).isEqualTo(i != StoryOptions.NAMES.indexOf(n));
    }
  }

  @Test
  void anUnknownNameIsAnError() {
    assertThatThrownBy(() -> StoryOptions.ALL.without(List.of("persons", "nosuchrule")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchrule");
  }
}
