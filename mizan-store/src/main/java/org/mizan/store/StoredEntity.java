package org.mizan.store;

import java.util.List;

/**
 * An entity across the whole archive: its first canonical name, every alias and role seen, how many
 * articles and mentions. Articles are found by query, not listed here, so the record stays small.
 */
public record StoredEntity(String id, String canonical, String type, List<String> aliases, List<String> roles,
    int documents, int mentions) {
  public StoredEntity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
