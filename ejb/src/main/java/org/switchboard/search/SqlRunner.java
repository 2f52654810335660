package org.switchboard.search;

import java.util.List;

/** Runs one SQL query with positional {@code ?} parameters: JPA in the server, JDBC in the scale measurement. */
@FunctionalInterface
public interface SqlRunner {

    List<Object[]> rows(String sql, List<Object> parameters);
}
