package io.newsroom.publish.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** An article's latest stored revision. The columns serve queries; {@code enriched} is the whole record. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String revision;
    public String title;
    public String body;
    public String language;
    public String source;
    public String url;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "enriched_at")
    public Instant enrichedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String enriched;
}
