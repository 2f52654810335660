package org.switchboard.web.records;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.switchboard.search.SearchPage;
import org.switchboard.search.SearchService;
import org.switchboard.web.session.Faces;
import org.switchboard.web.session.Times;

/**
 * The search page: the query and page come from the URL ({@code search.xhtml?q=...&page=1}), so results can be
 * bookmarked and the console header's search box is a plain GET form. Holds one page of DTOs.
 */
@Named("searchView")
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @EJB
    private transient SearchService search;

    private String q;
    private int page;
    private SearchPage result;

    /** f:viewAction: runs the search in the URL, if any. */
    public void load() {
        if (q == null || q.isBlank()) {
            result = null;
            return;
        }
        try {
            result = search.search(q, Math.max(0, page), PAGE_SIZE);
        } catch (EJBException e) {
            Faces.error("The search failed; try again.");
            result = null;
        }
    }

    public String time(Instant at) {
        return Times.format(at);
    }

    /** "names starting with "max", case subjects containing "max"". */
    public String getMeaning() {
        return result == null ? "" : String.join(", ", result.searched());
    }

    /** "Results 26-50 of 73". */
    public String getRange() {
        if (result == null || result.total() == 0) {
            return "";
        }
        long from = (long) result.page() * result.size() + 1;
        long to = from + result.hits().size() - 1;
        return "Results " + from + "\u2013" + to + " of " + result.total();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public SearchPage getResult() {
        return result;
    }
}
