package io.newsroom.publish.rest;

import io.agroal.api.AgroalDataSource;
import io.newsroom.common.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs the read queries on a pooled connection and classifies their failures: a database that is away or a
 * query cancelled for time is a 503 the caller may retry; a value PostgreSQL refuses as data is the caller's
 * 400; anything else is ours (500, logged by the problem mapper).
 */
@ApplicationScoped
public class DatabaseReads {

    interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public DatabaseReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T run(Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            return read.run(connection);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("57014")) {
                throw ProblemException.unavailable("The query took too long; narrow it (a filter, a shorter period).", 1, e);
            }
            if (state.isEmpty() || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
                throw ProblemException.unavailable("The database is not reachable right now.", 5, e);
            }
            if (state.startsWith("22")) {
                throw ProblemException.badRequest("PostgreSQL refused a value of this request; check the parameters.");
            }
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }
}
