package org.switchboard.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Native SQL written with JDBC's plain {@code ?} parameters, run through JPA; every row as an array. */
public final class NativeQueries {

    private NativeQueries() {
    }

    public static List<Object[]> rows(EntityManager em, String sql, List<?> parameters) {
        // JPA numbers positional parameters (?1, ?2); the statements use ?, never inside a literal.
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('?').append(++n);
            } else {
                numbered.append(ch);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> result = query.getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }
}
