package org.switchboard.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Column values of native query rows, whatever type the driver chose for them. */
public final class Rows {

    private Rows() {
    }

    public static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A TIMESTAMP WITH TIME ZONE as H2, PostgreSQL or Hibernate hand it out. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC); // the datasource's time zone is UTC (hibernate.jdbc.time_zone)
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }
}
