package org.switchboard.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.switchboard.contact.PhoneNumbers;
import org.switchboard.contact.SearchKeys;

/**
 * How fast the search is on 100,000 contacts: migrates an empty H2 (in memory) and/or PostgreSQL schema with the
 * real migrations, seeds contacts (two numbers each), accounts and cases with JDBC batches, then times
 * {@link Search#run} (count, page of 25, details: every query the server runs for one search) for names,
 * numbers in several formats, e-mails, case numbers and subjects. Not part of the build; run by hand:
 *
 * <pre>
 * mvn -B -o -q test -pl ejb -Dtest=SearchScale -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsearch.scale=h2,postgresql [-Dsearch.scale.contacts=100000] [-Dsearch.scale.runs=200]
 * </pre>
 *
 * PostgreSQL: {@code -Dsearch.scale.pg.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 * {@code .pg.user}, {@code .pg.password} (postgres / postgres); the schema {@code switchboard_search_scale} is
 * dropped and created. The figures go to stdout and {@code target/search-scale.md}.
 */
@EnabledIfSystemProperty(named = "search.scale", matches = ".+")
class SearchScale {

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static final String SCHEMA = "switchboard_search_scale";
    private static final int CONTACTS = Integer.getInteger("search.scale.contacts", 100_000);
    private static final int CASES = CONTACTS / 2;
    private static final int ACCOUNTS = Math.max(10, CONTACTS / 100);
    private static final int OTHER_TENANT = CONTACTS / 10;
    private static final int RUNS = Integer.getInteger("search.scale.runs", 200);
    private static final int WARM_UP = 30;

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Emma", "Felix", "Greta", "Hans", "Ida",
        "Jonas", "Klara", "Lukas", "Mia", "Noah", "Olga", "Paul", "Quirin", "Rosa", "Sven", "Tina", "Uwe", "Vera",
        "Willi", "Xenia", "Yusuf", "Zoe", "Jürgen", "Sören", "Ümit", "Ayşe", "Maximilian", "Sophie", "Leon", "Marie",
        "Elias", "Hannah", "Finn", "Lea", "Tim", "Laura"};
    private static final String[] LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
        "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König",
        "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
        "Schubert"};
    private static final String[] SUBJECTS = {"Refund for order", "Delivery late", "Invoice question",
        "Password reset", "Contract cancellation", "Address change", "Damaged parcel", "Upgrade request"};

    @Test
    void searchOn100000Contacts() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("# Search on ").append(CONTACTS).append(" contacts\n\n")
                .append("Tenant 1: ").append(CONTACTS).append(" contacts (two numbers each), ").append(ACCOUNTS)
                .append(" accounts, ").append(CASES).append(" cases; tenant 2: ").append(OTHER_TENANT)
                .append(" contacts sharing tenant 1's numbers. ").append(RUNS).append(" timed runs per query after ")
                .append(WARM_UP).append(" warm-up runs; one run = Search.run (count, page of 25, details), ")
                .append("as SearchService runs it, without JPA and HTTP. ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(Instant.now())
                .append(".\n");
        for (String db : System.getProperty("search.scale").split(",")) {
            try (Connection connection = connect(db.strip())) {
                report.append(measure(db.strip(), connection));
            }
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "search-scale.md"), report);
    }

    private static Connection connect(String db) throws SQLException {
        Flyway flyway;
        Connection connection;
        switch (db) {
            case "h2" -> {
                String url = "jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1";
                connection = DriverManager.getConnection(url, "sa", "");
                flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
            }
            case "postgresql" -> {
                String url = System.getProperty("search.scale.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
                String user = System.getProperty("search.scale.pg.user", "postgres");
                String password = System.getProperty("search.scale.pg.password", "postgres");
                try (Connection admin = DriverManager.getConnection(url, user, password);
                        Statement s = admin.createStatement()) {
                    // pg_trgm (V7_2) in public, not in this schema: dropping the schema must not take other
                    // schemas' trigram indexes with it
                    s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
                    s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    s.execute("CREATE SCHEMA " + SCHEMA);
                }
                String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                        + "&reWriteBatchedInserts=true";
                connection = DriverManager.getConnection(schemaUrl, user, password);
                flyway = Flyway.configure().dataSource(schemaUrl, user, password).schemas(SCHEMA)
                        .locations("classpath:db/migration", "classpath:db/postgresql").load();
            }
            default -> throw new IllegalArgumentException("h2 or postgresql, not " + db);
        }
        flyway.migrate();
        return connection;
    }

    private static String measure(String db, Connection connection) throws SQLException {
        long seedStart = System.nanoTime();
        seed(connection);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        if (db.equals("postgresql")) {
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
        }
        JdbcRunner jdbc = new JdbcRunner(connection);
        Map<String, long[]> spent = new java.util.TreeMap<>();
        SqlRunner timed = Boolean.getBoolean("search.scale.diag") ? (sqlText, parameters) -> {
            long t0 = System.nanoTime();
            List<Object[]> rows = jdbc.rows(sqlText, parameters);
            long[] slot = spent.computeIfAbsent(sqlText.substring(0, Math.min(60, sqlText.length())), k -> new long[2]);
            slot[0] += System.nanoTime() - t0;
            slot[1]++;
            return rows;
        } : jdbc;
        Search search = new Search(timed,
                db.equals("postgresql") ? Search.PrefixMatch.LIKE : Search.PrefixMatch.RANGE);
        PhoneNumbers numbers = new PhoneNumbers("DE");
        // Each run searches something else (another person, number, case): no cache answers twice.
        Map<String, java.util.function.IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("last name", i -> LAST[i % LAST.length]);
        queries.put("first + last name", i -> first(person(i)) + " " + last(person(i)).toLowerCase(Locale.ROOT));
        queries.put("last, first (accents folded)", i -> SearchKeys.fold(last(person(i))) + ", "
                + SearchKeys.fold(first(person(i))));
        queries.put("name prefix, 1 letter", i -> String.valueOf("abcdefghijklmnoprstuwz".charAt(i % 22)));
        queries.put("name, no hit", i -> "Xylo" + (char) ('a' + i % 26) + "phon");
        queries.put("number +49 30 1234-5678 style", i -> format(phone(person(i)), "+49 %s %s-%s"));
        queries.put("number 0049 ...", i -> format(phone(person(i)), "0049 %s %s %s"));
        queries.put("number 030 ... (national)", i -> format(phone(person(i)), "0%s %s%s"));
        queries.put("number, partial national (030 123456)", i -> "0" + phone(person(i)).substring(3, 11));
        queries.put("number, last 4 digits", i -> phone(person(i)).substring(phone(person(i)).length() - 4));
        queries.put("e-mail prefix first.last.", i -> email(person(i)).substring(0,
                email(person(i)).indexOf('.', email(person(i)).indexOf('.') + 1) + 1));
        queries.put("e-mail, one person", i -> email(person(i)).substring(0, email(person(i)).indexOf('@')));
        queries.put("case number CS-...", i -> String.format("CS-%06d", person(i) % CASES + 1));
        queries.put("case number, digits only", i -> String.valueOf(person(i) % CASES + 1));
        queries.put("case subject contains", i -> SUBJECTS[i % SUBJECTS.length].split(" ")[i % 2 == 0 ? 0 : 1]);

        StringBuilder table = new StringBuilder();
        table.append("\n## ").append(db).append("\n\nSeeding took ").append(seedMillis / 1000.0).append(" s.\n\n")
                .append("| query | e.g. | hits (mean) | p50 ms | p99 ms | max ms |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, java.util.function.IntFunction<String>> query : queries.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                search.run(1, SearchQuery.parse(query.getValue().apply(RUNS + i), numbers), 0, 25);
            }
            long[] nanos = new long[RUNS];
            long hits = 0;
            for (int i = 0; i < RUNS; i++) {
                SearchQuery parsed = SearchQuery.parse(query.getValue().apply(i), numbers);
                long start = System.nanoTime();
                SearchPage page = search.run(1, parsed, 0, 25);
                nanos[i] = System.nanoTime() - start;
                hits += page.total();
            }
            java.util.Arrays.sort(nanos);
            table.append("| ").append(query.getKey()).append(" | `").append(query.getValue().apply(0))
                    .append("` | ").append(String.format(Locale.ROOT, "%.1f", hits / (double) RUNS)).append(" | ")
                    .append(ms(nanos[(int) Math.ceil(RUNS * 0.5) - 1])).append(" | ")
                    .append(ms(nanos[(int) Math.ceil(RUNS * 0.99) - 1])).append(" | ")
                    .append(ms(nanos[RUNS - 1])).append(" |\n");
            spent.forEach((k, v) -> System.out.println("   " + v[0] / 1_000_000 + " ms in " + v[1] + " x " + k));
            spent.clear();
            System.out.println(db + ": " + query.getKey() + " p50 " + ms(nanos[RUNS / 2]) + " ms, hits "
                    + hits / (double) RUNS);
            if (!query.getKey().contains("no hit")) {
                assertTrue(hits > 0, query.getKey() + " found nothing");
            }
        }
        if (Boolean.getBoolean("search.scale.plans") || db.equals("postgresql")) {
            table.append("\nPlans of the page query (first 25 contacts) for a letter, a name, a number's end, a "
                    + "national number and an e-mail prefix:\n\n```\n");
            for (String q : List.of("a", queries.get("last name").apply(1), queries.get("number, last 4 digits").apply(1),
                    queries.get("number, partial national (030 123456)").apply(1),
                    queries.get("e-mail prefix first.last.").apply(1))) {
                Search.Statement ids = search.contactIds(1, SearchQuery.parse(q, numbers));
                table.append("-- ").append(q).append('\n');
                for (Object[] row : new JdbcRunner(connection).rows((db.equals("h2") ? "EXPLAIN ANALYZE" : "EXPLAIN")
                        + " SELECT m.id FROM (" + ids.sql()
                        + ") m ORDER BY m.k, m.id OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY", ids.parameters())) {
                    table.append(row[0]).append('\n');
                }
            }
            table.append("```\n");
        }
        return table.toString();
    }

    /** The i-th run's person: spread over all contacts. */
    private static int person(int i) {
        return (int) (1 + (i * 7_919L) % CONTACTS);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    /** The i-th contact's work number: +49 30 and eight digits, distinct per contact. */
    private static String phone(int i) {
        return "+4930" + (10_000_000 + (i * 7919L) % 90_000_000);
    }

    private static String mobile(int i) {
        return "+49151" + (10_000_000 + (i * 104_729L) % 90_000_000);
    }

    private static String first(int i) {
        return FIRST[i % FIRST.length];
    }

    private static String last(int i) {
        return LAST[(i / FIRST.length + i * 3) % LAST.length];
    }

    private static String email(int i) {
        return (SearchKeys.fold(first(i)) + "." + SearchKeys.fold(last(i)) + "." + i + "@example.com")
                .replace(' ', '-');
    }

    /** "+4930xxxxxxxx" as "+49 30 1234-5678", "0049 30 1234 5678" or "030 12345678". */
    private static String format(String e164, String pattern) {
        String national = e164.substring(3); // 30xxxxxxxx
        return String.format(pattern, national.substring(0, 2), national.substring(2, 6), national.substring(6));
    }

    private static void seed(Connection db) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO tenant (id, name) VALUES (2, 'other')");
        }
        try (PreparedStatement account = db.prepareStatement(
                "INSERT INTO account (id, name, tier, tenant_id) VALUES (?, ?, 'silver', 1)")) {
            for (int a = 1; a <= ACCOUNTS; a++) {
                account.setLong(1, a);
                account.setString(2, LAST[a % LAST.length] + " GmbH " + a);
                account.addBatch();
            }
            account.executeBatch();
        }
        try (PreparedStatement contact = db.prepareStatement("INSERT INTO contact (id, tenant_id, first_name, "
                + "last_name, email, account_id, created_at, search_name, search_last, search_email) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement phone = db.prepareStatement(
                        "INSERT INTO contact_phone (contact_id, e164, label, digits_rev, tenant_id) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= CONTACTS + OTHER_TENANT; i++) {
                boolean other = i > CONTACTS;
                int person = other ? i - CONTACTS : i; // tenant 2 has the same people and numbers
                contact.setLong(1, i);
                contact.setLong(2, other ? 2 : 1);
                contact.setString(3, first(person));
                contact.setString(4, last(person));
                contact.setString(5, email(person));
                contact.setObject(6, other ? null : (long) (person % ACCOUNTS + 1));
                contact.setTimestamp(7, now);
                contact.setString(8, SearchKeys.firstLast(first(person), last(person)));
                contact.setString(9, SearchKeys.lastFirst(first(person), last(person)));
                contact.setString(10, SearchKeys.email(email(person)));
                contact.addBatch();
                for (String[] number : List.of(new String[] {phone(person), "work"},
                        new String[] {mobile(person), "mobile"})) {
                    phone.setLong(1, i);
                    phone.setString(2, number[0]);
                    phone.setString(3, number[1]);
                    phone.setString(4, SearchKeys.reversedDigits(number[0]));
                    phone.setLong(5, other ? 2 : 1);
                    phone.addBatch();
                }
                if (i % 1000 == 0) {
                    contact.executeBatch();
                    phone.executeBatch();
                    db.commit();
                }
            }
            contact.executeBatch();
            phone.executeBatch();
        }
        Random random = new Random(42);
        try (PreparedStatement supportCase = db.prepareStatement("INSERT INTO support_case (tenant_id, case_number, "
                + "subject, status, priority, origin, opened_at, contact_id) VALUES (1, ?, ?, 'OPEN', 'NORMAL', "
                + "'PHONE', ?, ?)")) {
            for (int c = 1; c <= CASES; c++) {
                supportCase.setString(1, String.format("CS-%06d", c));
                supportCase.setString(2, SUBJECTS[c % SUBJECTS.length] + " " + c);
                supportCase.setTimestamp(3, Timestamp.from(now.toInstant().minusSeconds(c * 60L)));
                supportCase.setLong(4, 1 + random.nextInt(CONTACTS));
                supportCase.addBatch();
                if (c % 1000 == 0) {
                    supportCase.executeBatch();
                }
            }
            supportCase.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM contact")) {
            r.next();
            assertTrue(r.getLong(1) == CONTACTS + OTHER_TENANT);
        }
    }
}
