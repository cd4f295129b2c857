-- One row per article (its latest revision), with the enriched JSON kept whole.
create table article (
    id            uuid        primary key,
    revision      varchar(64) not null,
    title         text,
    body          text,
    language      varchar(16),
    source        text,
    url           text,
    external_id   text,
    published_at  timestamptz,
    received_at   timestamptz not null,
    enriched_at   timestamptz,
    stored_at     timestamptz not null default now(),
    enriched      jsonb       not null
);

-- GET /articles: newest first, keyset paging on (received_at, id).
create index article_newest_first on article (received_at desc, id desc);
