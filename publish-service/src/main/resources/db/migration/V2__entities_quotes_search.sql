-- What readers query besides the article itself: revision history, global entities with their surface forms,
-- mentions, quotes with speakers, article metadata, and full-text search. The store fills every derived row
-- in the transaction that stores the article; a newer revision deletes and re-inserts them.

-- Metadata worth filtering or showing in lists; the rest stays in article.enriched.
alter table article
    add column subtitle             text,
    add column lead                 text,
    add column summary              text,
    add column word_count           integer,
    add column reading_time_minutes integer,
    -- The filter time of from/to: when it was published, or else when it arrived.
    add column event_time           timestamptz generated always as (coalesce(published_at, received_at)) stored,
    -- Title above body; the configuration follows the article's language. Bodies are cut at 200,000
    -- characters: a tsvector has a 1 MB ceiling, and an article over it must still be stored.
    add column search               tsvector generated always as (
        case language
            when 'ru' then setweight(to_tsvector('russian', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('russian', left(coalesce(body, ''), 200000)), 'B')
            when 'en' then setweight(to_tsvector('english', coalesce(title, '')), 'A')
                        || setweight(to_tsvector('english', left(coalesce(body, ''), 200000)), 'B')
            else setweight(to_tsvector('simple', coalesce(title, '')), 'A')
              || setweight(to_tsvector('simple', left(coalesce(body, ''), 200000)), 'B')
        end) stored;

create index article_search on article using gin (search);
create index article_language_newest on article (language, received_at desc, id desc);
create index article_source_newest on article (source, received_at desc, id desc);
create index article_event_time on article (event_time);

-- Every revision that arrived (stale ones included), the enriched JSON kept whole.
create table article_revision (
    article_id  uuid        not null references article (id) on delete cascade,
    revision    varchar(64) not null,
    received_at timestamptz not null,
    enriched_at timestamptz,
    stored_at   timestamptz not null default now(),
    title       text,
    enriched    jsonb       not null,
    primary key (article_id, revision)
);

insert into article_revision (article_id, revision, received_at, enriched_at, stored_at, title, enriched)
select id, revision, received_at, enriched_at, stored_at, title, enriched from article;

-- One row per real-world entity across all articles, found again by (type, normalised name). The id is
-- derived from that key (name-based UUID), so a replay into an empty database gives the same ids.
-- The counts are kept by the store in the same transaction as the links they count.
create table entity (
    id            uuid        primary key,
    type          varchar(16) not null check (type in ('PERSON', 'LOCATION', 'ORGANIZATION')),
    name          text        not null,
    name_key      text        not null,
    article_count integer     not null default 0,
    mention_count integer     not null default 0,
    first_seen_at timestamptz not null default now(),
    unique (type, name_key)
);
-- GET /entities pages by name.
create index entity_by_name on entity (name_key, id);
create index entity_by_type_name on entity (type, name_key, id);

-- Surface forms (the canonical name and every mention's text), searchable by word prefix in any case form:
-- 'simple' keeps the form as written, 'russian' stems it (Russian words; Latin words get the English stemmer).
create table entity_alias (
    entity_id uuid not null references entity (id) on delete cascade,
    alias     text not null,
    alias_key text not null,
    search    tsvector generated always as (to_tsvector('simple', alias) || to_tsvector('russian', alias)) stored,
    primary key (entity_id, alias_key)
);
create index entity_alias_search on entity_alias using gin (search);
create index entity_alias_prefix on entity_alias (alias_key text_pattern_ops);

-- Which entities an article names. received_at is the article's, copied so that "articles naming X,
-- newest first" is one index range.
create table article_entity (
    article_id    uuid        not null references article (id) on delete cascade,
    entity_id     uuid        not null references entity (id),
    received_at   timestamptz not null,
    mention_count integer     not null,
    primary key (article_id, entity_id)
);
create index article_entity_newest on article_entity (entity_id, received_at desc, article_id desc);
create index article_entity_received on article_entity (received_at);

create table mention (
    article_id   uuid    not null references article (id) on delete cascade,
    ordinal      integer not null,
    entity_id    uuid    not null references entity (id),
    start_offset integer not null,
    end_offset   integer not null,
    text         text    not null,
    primary key (article_id, ordinal)
);
create index mention_entity on mention (entity_id);

-- Who is quoted: one row per speaker. A speaker the enrichment linked to an entity is that entity (same id);
-- one known by name only is keyed by its normalised name. Quotes point at it, so "quotes by X, newest first"
-- is one index range per speaker, however often X is quoted.
create table speaker (
    key       uuid primary key,
    entity_id uuid references entity (id),
    name      text not null,
    search    tsvector generated always as (to_tsvector('simple', name) || to_tsvector('russian', name)) stored
);
create index speaker_search on speaker using gin (search);

create table quote (
    article_id        uuid        not null references article (id) on delete cascade,
    ordinal           integer     not null,
    text              text        not null,
    start_offset      integer     not null,
    end_offset        integer     not null,
    speaker_name      text,
    speaker_entity_id uuid references entity (id),
    speaker_key       uuid references speaker (key),
    cue               text,
    kind              varchar(16),
    language          varchar(16),
    received_at       timestamptz not null,
    search            tsvector generated always as (
        case language
            when 'ru' then to_tsvector('russian', text)
            when 'en' then to_tsvector('english', text)
            else to_tsvector('simple', text)
        end) stored,
    primary key (article_id, ordinal)
);
create index quote_newest on quote (received_at desc, article_id desc, ordinal desc);
create index quote_by_speaker on quote (speaker_key, received_at desc, article_id desc, ordinal desc);
create index quote_search on quote using gin (search);
