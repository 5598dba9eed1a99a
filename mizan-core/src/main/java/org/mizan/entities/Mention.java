package org.mizan.entities;

/**
 * A named-entity mention in a document body.
 *
 * @param start offset into the document body (inclusive)
 * @param end offset into the document body (exclusive)
 * @param text the surface form as printed
 * @param type PER, ORG, LOC or MISC
 * @param entityId canonical entity id ({@link Entity#id()}), or null before linking
 * @param role title or role printed with the mention (e.g. the minister's title), or null
 */
public record Mention(int start, int end, String text, String type, String entityId, String role) {}
