package org.golive.stakeholder.paging;

/**
 * Relative references ({@code ?status=OPEN&sort=dueDate%2Casc&page=1&size=50}) that replace the query of the URL a
 * page was read from, so they hold through the gateway; {@code prev} and {@code next} are null at the ends.
 */
public record PageLinks(String self, String first, String prev, String next, String last) {
}
