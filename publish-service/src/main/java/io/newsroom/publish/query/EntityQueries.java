package io.newsroom.publish.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Entities by name (prefix of any word, any case form, canonical name or any alias) and type, paged by name. */
public final class EntityQueries {

    private EntityQueries() {
    }

    /** @param q words of the name, or null; @param type PERSON, LOCATION, ORGANIZATION or null */
    public record Filter(String q, String type) {
    }

    public record After(String nameKey, UUID id) {
    }

    public static List<EntitySummary> list(Connection c, Filter f, After after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("select ").append(EntitySummary.COLUMNS).append(" from entity e where true");
        List<Object> params = new ArrayList<>();
        if (f.q() != null) {
            String prefix = SearchText.prefixQuery(f.q());
            if (prefix == null) {
                return List.of(); // nothing that could be part of a name
            }
            sql.append(" and e.id in (select al.entity_id from entity_alias al where al.search @@ ")
                    .append(SearchText.PREFIX_QUERY).append(")");
            params.add(prefix);
            params.add(prefix);
        }
        if (f.type() != null) {
            sql.append(" and e.type = ?");
            params.add(f.type());
        }
        if (after != null) {
            sql.append(" and (e.name_key, e.id) > (?, ?)");
            params.add(after.nameKey());
            params.add(after.id());
        }
        sql.append(" order by e.name_key, e.id limit ?");
        params.add(limit);
        return Rows.list(c, sql.toString(), params, EntitySummary::read);
    }

    public static Optional<EntityDetail> get(Connection c, UUID id, int latest) throws SQLException {
        List<EntitySummary> found = Rows.list(c, "select " + EntitySummary.COLUMNS + " from entity e where e.id = ?",
                List.of(id), EntitySummary::read);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EntitySummary e = found.get(0);
        List<String> aliases = Rows.list(c, "select alias from entity_alias where entity_id = ? order by alias_key",
                List.of(id), rs -> rs.getString(1));
        return Optional.of(new EntityDetail(e.id(), e.name(), e.type(), e.articleCount(), e.mentionCount(), aliases,
                ArticleQueries.latestNaming(c, id, latest)));
    }
}
