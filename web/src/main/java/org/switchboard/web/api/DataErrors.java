package org.switchboard.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Failures caused by what a client sent rather than by the server: a value Bean Validation refuses, or one the
 * database refuses as data (SQLState class 22: too long for its column, out of range, not a valid number). The
 * services check their inputs with messages of their own; this is the net under them, so such a request is a
 * 400 that says what was wrong instead of a 500. Constraint (class 23) and other database failures stay errors
 * of the server.
 */
final class DataErrors {

    private DataErrors() {
    }

    /** What to tell the client when the failure (anywhere in its cause chain) was caused by the data sent. */
    static Optional<String> message(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violations && !violations.getConstraintViolations()
                    .isEmpty()) {
                return Optional.of(violations.getConstraintViolations().stream()
                        .map(DataErrors::describe).sorted().collect(Collectors.joining("; ")));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of("A value is too long or not valid for its field (" + reason(sql.getSQLState())
                        + "); shorten or correct it and try again");
            }
        }
        return Optional.empty();
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath() == null ? "" : violation.getPropertyPath().toString();
        return path.isEmpty() ? violation.getMessage() : path + ": " + violation.getMessage();
    }

    /** The SQL standard's names of the data exceptions a client can cause; never the database's own text. */
    private static String reason(String state) {
        return switch (state) {
            case "22001" -> "too long";
            case "22003" -> "number out of range";
            case "22007", "22008" -> "not a valid date or time";
            case "22018" -> "not a valid number";
            default -> "invalid data";
        };
    }
}
