package org.mizan.entities;

import java.util.List;

/** A canonical entity across the documents of a run, with every spelling and role seen. */
public record Entity(String id, String canonical, String type, List<String> aliases, List<String> roles,
    List<String> documents, int mentions) {
  public Entity {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    documents = List.copyOf(documents);
  }
}
