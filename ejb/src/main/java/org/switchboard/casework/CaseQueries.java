package org.switchboard.casework;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The lookups the case services share, so "a case by its number in a tenant" is written once. */
final class CaseQueries {

    private CaseQueries() {
    }

    static Optional<SupportCase> byNumber(EntityManager em, long tenantId, CaseNumber number) {
        return em.createQuery("SELECT c FROM SupportCase c WHERE c.tenantId = :t AND c.caseNumber = :n",
                SupportCase.class).setParameter("t", tenantId).setParameter("n", number.toString())
                .getResultStream().findFirst();
    }
}
