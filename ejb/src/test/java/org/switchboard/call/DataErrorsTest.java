package org.switchboard.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataErrorsTest {

    /** As the container hands it over: the EJB's exception around JPA's around the driver's. */
    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("EJBTransactionRolledbackException",
                new IllegalStateException("PersistenceException", new RuntimeException("DataException", cause)));
    }

    static Stream<Arguments> failures() {
        SQLException chained = new SQLException("batch failed", "HY000");
        chained.setNextException(new SQLException("value too long", "22001"));
        return Stream.of(
                Arguments.of(wrapped(new SQLDataException("Value too long for column CALLER_NUMBER", "22001")), true),
                Arguments.of(wrapped(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")), true),
                Arguments.of(wrapped(new SQLException("violates check constraint", "23514")), true),
                Arguments.of(wrapped(new SQLException("null value in column", "23502")), true),
                Arguments.of(wrapped(chained), true),
                // what redelivery can cure: a unique key race, the database down, a lock timeout, no SQL at all
                Arguments.of(wrapped(new SQLException("duplicate key", "23505")), false),
                Arguments.of(wrapped(new SQLTransientConnectionException("connection refused", "08001")), false),
                Arguments.of(wrapped(new SQLException("lock timeout", "HYT00")), false),
                Arguments.of(wrapped(new SQLException("no state", (String) null)), false),
                Arguments.of(new IllegalStateException("no SQL in here"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void onlyWhatTheDataCausedIsNotRedelivered(Throwable failure, boolean causedByData) {
        assertEquals(causedByData, DataErrors.causedByData(failure));
    }
}
