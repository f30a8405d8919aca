package org.briefing.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A database for one test: H2 in a folder, or a fresh schema of the PostgreSQL database that
 * {@code -Dbriefing.test.postgres-url=jdbc:postgresql://HOST:PORT/DB} (with
 * {@code briefing.test.postgres-user} and {@code briefing.test.postgres-password}) points to.
 * Without that property the PostgreSQL variants of the tests are skipped.
 */
public record TestDatabase(String name, String url, String user, String password) {

    static final String POSTGRES_URL = "briefing.test.postgres-url";

    public static TestDatabase h2(Path folder) {
        return new TestDatabase("H2", "jdbc:h2:file:" + folder.resolve("briefing").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /** A new, empty schema in the test PostgreSQL database, if one is configured. */
    public static Optional<TestDatabase> postgres() {
        String base = System.getProperty(POSTGRES_URL, "");
        if (base.isBlank()) {
            return Optional.empty();
        }
        String user = System.getProperty("briefing.test.postgres-user", "postgres");
        String password = System.getProperty("briefing.test.postgres-password", "");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(base, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot prepare a schema in " + base + ": " + ex.getMessage(), ex);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Optional.of(new TestDatabase("PostgreSQL", url, user, password));
    }

    /** The kinds of database the integration tests run on: H2, and PostgreSQL when configured. */
    static java.util.stream.Stream<String> kinds() {
        return System.getProperty(POSTGRES_URL, "").isBlank() ? java.util.stream.Stream.of("H2")
                : java.util.stream.Stream.of("H2", "PostgreSQL");
    }

    static TestDatabase of(String kind, Path folder) {
        return "H2".equals(kind) ? h2(folder) : postgres().orElseThrow();
    }

    boolean isPostgres() {
        return this.url.startsWith("jdbc:postgresql:");
    }

    /** The command-line arguments that point the application at this database. */
    List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + this.url);
        args.add("--spring.datasource.username=" + this.user);
        args.add("--spring.datasource.password=" + this.password);
        return args;
    }

    /**
     * The arguments for a child JVM: PostgreSQL through the {@code postgres} profile and its
     * environment variables ({@link #environment()}), as operators run it.
     */
    List<String> childArguments() {
        return isPostgres() ? List.of("--spring.profiles.active=postgres") : arguments();
    }

    /** The environment for a child JVM running the {@code postgres} profile (H2: nothing). */
    Map<String, String> environment() {
        return isPostgres() ? Map.of("BRIEFING_DB_URL", this.url, "BRIEFING_DB_USER", this.user, "BRIEFING_DB_PASSWORD",
                this.password) : Map.of();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(this.url, this.user, this.password);
    }

    @Override
    public String toString() {
        return this.name;
    }
}
