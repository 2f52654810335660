package org.switchboard.call;

/**
 * Which rows of a list a request gets: every list of calls is read a page at a time, never whole (a caller with
 * thousands of calls, a tenant's whole history). A limit beyond the maximum is cut to it, as is the
 * rest of the API's; a negative offset or a limit below one is refused.
 *
 * @param offset rows skipped, from 0
 * @param limit  rows at most, 1 to the list's maximum
 */
public record RowWindow(int offset, int limit) {

    public RowWindow {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + limit);
        }
    }

    /**
     * @param offset       as asked, or null for the first page
     * @param limit        as asked, or null for {@code defaultLimit}
     * @param defaultLimit rows of a page nobody sized
     * @param maximum      the most rows one request may read
     */
    public static RowWindow of(Integer offset, Integer limit, int defaultLimit, int maximum) {
        int rows = limit == null ? defaultLimit : limit;
        if (rows < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, not " + rows);
        }
        return new RowWindow(offset == null ? 0 : offset, Math.min(rows, maximum));
    }
}
