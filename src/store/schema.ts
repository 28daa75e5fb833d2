/**
 * Schema migrations of the SQLite store, applied in order; `PRAGMA user_version` records how many
 * have run. Never edit a released migration: append a new one.
 *
 * Layout: articles keep their text (the FTS5 index reads it as external content) and their packed
 * analysis; the query tables (entities, links, quotes, times, events, findings) are projections of
 * the analyses, filled in the same transaction as the article.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    title TEXT,
    published_at TEXT,
    source TEXT,
    url TEXT,
    kind TEXT,
    dup_group INTEGER,
    chars INTEGER NOT NULL,
    minhash BLOB,
    text TEXT NOT NULL,
    analysis BLOB NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published_at);
  CREATE INDEX articles_dup ON articles(dup_group) WHERE dup_group IS NOT NULL;
  CREATE TABLE lsh (key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)) WITHOUT ROWID;
  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    type TEXT NOT NULL,
    role TEXT,
    kb_id TEXT,
    country TEXT,
    lat REAL,
    lon REAL,
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_norm ON entities(norm);
  CREATE TABLE entity_aliases (norm TEXT NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY (norm, entity)) WITHOUT ROWID;
  CREATE TABLE entity_links (
    article INTEGER NOT NULL, local_id TEXT NOT NULL, entity INTEGER NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX entity_links_entity ON entity_links(entity, article);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    local_id TEXT,
    kind TEXT,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_norm TEXT,
    entity INTEGER,
    cue TEXT,
    channel TEXT,
    said_on TEXT,
    published_at TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_entity ON quotes(entity);
  CREATE INDEX quotes_speaker ON quotes(speaker_norm);
  CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

  CREATE TABLE times (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    type TEXT,
    value TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sent_start INTEGER NOT NULL,
    sent_end INTEGER NOT NULL
  );
  CREATE INDEX times_article ON times(article);
  CREATE INDEX times_value ON times(value);
  CREATE TABLE time_entities (entity INTEGER NOT NULL, time INTEGER NOT NULL, PRIMARY KEY (entity, time)) WITHOUT ROWID;

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    local_id TEXT,
    type TEXT NOT NULL,
    mode TEXT,
    actor TEXT,
    actor_entity INTEGER,
    target TEXT,
    target_entity INTEGER,
    place TEXT,
    place_entity INTEGER,
    date TEXT,
    quantities TEXT NOT NULL,
    negated INTEGER NOT NULL DEFAULT 0,
    evidence TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX events_article ON events(article);
  CREATE INDEX events_type ON events(type, date);

  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    json TEXT NOT NULL
  );
  CREATE INDEX findings_article ON findings(article);
  CREATE INDEX findings_kind ON findings(kind);
  `,
  // 2: what a statement does (contract 1.2): null for statements stored before, which were all kept as quotes
  `
  ALTER TABLE quotes ADD COLUMN act TEXT;
  `,
];
