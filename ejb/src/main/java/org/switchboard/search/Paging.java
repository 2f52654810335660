package org.switchboard.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One page over several result lists shown one after the other (contacts, then cases): which rows of which list
 * the page holds, given how many rows each list has.
 */
public final class Paging {

    /** Rows {@code offset .. offset + limit - 1} of list {@code source}. */
    public record Slice(int source, long offset, int limit) {
    }

    private Paging() {
    }

    /**
     * @param offset first row of the page in the concatenated lists
     * @param size rows per page
     * @param counts rows of each list, in display order
     */
    public static List<Slice> slices(long offset, int size, long... counts) {
        if (offset < 0 || size < 1) {
            throw new IllegalArgumentException("offset >= 0 and size >= 1 expected");
        }
        List<Slice> slices = new ArrayList<>();
        long start = 0; // first row of list i in the concatenation
        long wanted = size;
        long from = offset;
        for (int i = 0; i < counts.length && wanted > 0; i++) {
            long end = start + counts[i];
            if (from < end) {
                long inList = from - start;
                int take = (int) Math.min(wanted, counts[i] - inList);
                slices.add(new Slice(i, inList, take));
                wanted -= take;
                from += take;
            }
            start = end;
        }
        return slices;
    }
}
