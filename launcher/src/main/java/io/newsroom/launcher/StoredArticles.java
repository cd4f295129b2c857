package io.newsroom.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/** What publish-service stored, read straight from its database: the check behind the fault runs. */
public final class StoredArticles {

    private StoredArticles() {
    }

    /** How many of {@code ids} are stored articles; 0 while the database cannot be read (it is retried). */
    public static int count(Connection c, Set<String> ids) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id::text from article")) {
            int found = 0;
            while (rs.next()) {
                if (ids.contains(rs.getString(1))) {
                    found++;
                }
            }
            return found;
        } catch (SQLException e) {
            return 0;
        }
    }
}
