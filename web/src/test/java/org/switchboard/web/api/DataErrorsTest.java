package org.switchboard.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataErrorsTest {

    /** As the container reports a flush that failed at commit: the JDBC exception deep in the chain. */
    private static RuntimeException atCommit(SQLException sql) {
        return new EJBTransactionRolledbackException("rolled back",
                new PersistenceException("could not execute statement", new RuntimeException("wrapped", sql)));
    }

    @Test
    void aValueTooLongForItsColumnIsTheClientsMistake() {
        Optional<String> message = DataErrors.message(atCommit(new SQLDataException(
                "Value too long for column \"DISPOSITION_CODE CHARACTER VARYING(32)\"", "22001")));
        assertTrue(message.isPresent());
        assertTrue(message.get().contains("too long"), message.get());
        assertTrue(!message.get().contains("DISPOSITION_CODE"), "the database's own text stays inside: " + message);
    }

    @Test
    void otherDataExceptionsToo() {
        assertTrue(DataErrors.message(atCommit(new SQLException("numeric overflow", "22003"))).orElseThrow()
                .contains("out of range"));
    }

    @Test
    void constraintsAndOtherFailuresStayServerErrors() {
        assertEquals(Optional.empty(), DataErrors.message(atCommit(
                new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
        assertEquals(Optional.empty(), DataErrors.message(atCommit(new SQLException("connection lost", "08006"))));
        assertEquals(Optional.empty(), DataErrors.message(new IllegalStateException("bug")));
    }
}
