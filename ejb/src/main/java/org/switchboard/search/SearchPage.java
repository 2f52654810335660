package org.switchboard.search;

import java.util.List;

/**
 * One page of search results: contacts and cases in display order, how many there are in all, whether a next
 * page exists, and what the query was taken to mean.
 */
public record SearchPage(String query, List<String> searched, int page, int size, long total, boolean hasMore,
        List<SearchHit> hits) {
}
