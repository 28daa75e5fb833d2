import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Analysis } from '../model/analysis.js';
import type { Entity, EntityRef, Finding, Quantity } from '../model/layers.js';
import { NEAR_DUP_THRESHOLD, jaccardEstimate, lshKeys, signatureFromBytes, signatureToBytes } from './fingerprint.js';
import { entityKey, normalizeName } from './names.js';
import { kbIndex } from '../kb/kb.js';
import { packAnalysis, unpackAnalysis } from './pack.js';
import { MIGRATIONS } from './schema.js';
import type {
  ArticleRecord, CrossFinding, EntityQuery, EntityRow, EventQuery, EventRow, FindingRow, PutResult, QuoteQuery, QuoteRow,
  SearchHit, Store, StoreStats, TimelineQuery, TimelineRow,
} from './store.js';

export interface SqliteStoreOptions {
  /** File path, or ':memory:'. */
  path: string;
  readonly?: boolean;
}

type Row = Record<string, unknown>;
type Db = Database.Database;

const str = (v: unknown): string | null => (v == null ? null : String(v));

/** Upper bound for "until" that includes every longer date under a prefix ("2025-03" → all of March). */
const untilBound = (u: string) => `${u}\uffff`;

/**
 * Turns what a user typed into an FTS5 query: each word a quoted term (all must match), so that
 * punctuation such as "U.S." or "Kharkiv's" never becomes FTS5 syntax.
 *
 * @example
 * ftsTerms('drone attack Kharkiv') // '"drone" "attack" "kharkiv"'
 */
export function ftsTerms(query: string): string {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:\*)?/gu) ?? [];
  return words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
}

/**
 * Opens (and creates or migrates) an SQLite store: WAL journal, one transaction per `putMany`.
 * WAL with synchronous=NORMAL survives a killed process with every committed transaction intact.
 *
 * @example
 * const store = openSqliteStore({ path: 'dossier.db' });
 * console.log(store.stats().articles);
 * store.close();
 */
export function openSqliteStore(opts: SqliteStoreOptions): Store & { db: Db } {
  const db = new Database(opts.path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  // a bigger page cache and memory-mapped reads: queries on a large store touch the same index pages again
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } else if ((db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length) {
    db.close();
    throw new Error(`${opts.path}: store schema is older than this dossier; open it once for writing to migrate`);
  }
  return new SqliteStore(db, opts.path);
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new Error(`store schema version ${version} is newer than this dossier knows (${MIGRATIONS.length})`);
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

class SqliteStore implements Store {
  private readonly s: ReturnType<typeof prepare>;

  constructor(readonly db: Db, private readonly path: string) {
    this.s = prepare(db);
  }

  hasHash(hash: string): boolean {
    return this.s.hasHash.get(hash) !== undefined;
  }

  putMany(records: readonly ArticleRecord[]): PutResult[] {
    return this.db.transaction(() => records.map((r) => this.putOne(r)))();
  }

  private putOne(rec: ArticleRecord): PutResult {
    const a = rec.analysis;
    const s = this.s;
    if (s.hasHash.get(rec.hash) !== undefined) return { id: a.id, status: 'duplicate', dupGroup: null };
    let id = a.id;
    if (s.idExists.get(id) !== undefined) id = `${id}#${rec.hash.slice(0, 8)}`;

    // near-duplicates: candidates from the LSH bands, confirmed on the signature
    const keys = lshKeys(rec.signature);
    let best: { rowid: number; group: number | null; sim: number } | null = null;
    const seen = new Set<number>();
    for (const key of keys) {
      for (const c of s.lshCandidates.all(key) as Array<{ article: number }>) {
        if (seen.has(c.article)) continue;
        seen.add(c.article);
        const row = s.minhashOf.get(c.article) as { minhash: Buffer | null; dup_group: number | null } | undefined;
        if (!row?.minhash) continue;
        const sim = jaccardEstimate(rec.signature, signatureFromBytes(row.minhash));
        if (sim >= NEAR_DUP_THRESHOLD && (!best || sim > best.sim)) best = { rowid: c.article, group: row.dup_group, sim };
      }
    }
    let dupGroup: number | null = null;
    if (best) {
      dupGroup = best.group ?? best.rowid;
      if (best.group == null) s.setDupGroup.run(dupGroup, best.rowid);
    }

    const src = a.source;
    const info = s.insertArticle.run({
      id,
      hash: rec.hash,
      title: src.title ?? null,
      published_at: a.publishedAt,
      source: src.siteName ?? null,
      url: src.canonicalUrl ?? src.url ?? null,
      kind: src.kind,
      dup_group: dupGroup,
      chars: a.text.length,
      minhash: signatureToBytes(rec.signature),
      text: a.text,
      analysis: rec.packed ?? packAnalysis(a),
      ingested_at: new Date().toISOString(),
    });
    const art = Number(info.lastInsertRowid);
    s.insertFts.run(art, src.title ?? '', a.text);
    for (const key of keys) s.insertLsh.run(key, art);

    const corpusId = this.linkEntities(art, a.entities);
    const ent = (ref: { entity: string | null } | null | undefined) => (ref?.entity ? corpusId.get(ref.entity) ?? null : null);

    // (positions are statements too: "what did Lavrov say" wants what he vowed and demanded as well)
    for (const q of [...a.quotes, ...a.positions]) {
      const speaker = q.speaker?.name ?? null;
      const qi = s.insertQuote.run({
        article: art, local_id: q.id, kind: q.kind, act: q.act ?? null, text: q.text, speaker,
        speaker_norm: speaker ? normalizeName(speaker) : null, entity: ent(q.speaker),
        cue: q.cue, channel: q.channel, said_on: q.date ?? null, published_at: a.publishedAt, start: q.start, end: q.end,
      });
      s.insertQuoteFts.run(Number(qi.lastInsertRowid), q.text, speaker ?? '');
    }

    // times, and which corpus entities their sentence mentions (the per-entity timeline)
    const sentenceOf = sentenceFinder(a);
    const entitiesBySentence = new Map<number, Set<number>>();
    for (const e of a.entities) {
      const cid = corpusId.get(e.id);
      if (cid === undefined) continue;
      for (const m of [...e.mentions, ...(e.references ?? [])]) {
        const si = sentenceOf(m.start);
        let set = entitiesBySentence.get(si);
        if (!set) entitiesBySentence.set(si, (set = new Set()));
        set.add(cid);
      }
    }
    for (const t of a.times) {
      const si = sentenceOf(t.start);
      const sent = a.sentences[si] ?? { start: t.start, end: t.end };
      const ti = Number(s.insertTime.run(art, t.type, t.value ?? '', t.text, t.start, t.end, sent.start, sent.end).lastInsertRowid);
      for (const cid of entitiesBySentence.get(si) ?? []) s.insertTimeEntity.run(cid, ti);
    }

    for (const ev of a.events) {
      const place = ev.locations?.[0] ?? null;
      s.insertEvent.run({
        article: art, local_id: ev.id, type: ev.type, mode: ev.mode ?? null,
        actor: refName(ev.actor), actor_entity: ent(ev.actor), target: refName(ev.target), target_entity: ent(ev.target),
        place: refName(place), place_entity: ent(place), date: ev.date ?? null, quantities: JSON.stringify(ev.quantities ?? []),
        negated: ev.negated ? 1 : 0, evidence: ev.evidence.text, start: ev.evidence.start, end: ev.evidence.end,
      });
    }
    for (const f of a.findings) s.insertFinding.run(art, f.kind, f.severity, f.message, JSON.stringify(f));
    return { id, status: 'stored', dupGroup };
  }

  /** Merges the article's entities into corpus entities; returns local id → corpus id. */
  private linkEntities(art: number, entities: readonly Entity[]): Map<string, number> {
    const s = this.s;
    const out = new Map<string, number>();
    const counted = new Set<number>();
    for (const e of entities) {
      const key = entityKey(e);
      const norm = normalizeName(e.name);
      let row = s.entityByKey.get(key) as { id: number; role: string | null } | undefined;
      // (not a surname several people of the knowledge base bear: the entities stage left "Kallas" without a kbId because
      // nothing told Kaja from Siim, and the store must not decide it for them by whoever was stored first)
      if (!row && !e.kbId && norm && !(e.type === 'PERSON' && !norm.includes(' ') && kbIndex().peopleWithSurname(norm).length > 1)) {
        // a bare name ("Zelensky") joins the one knowledge-base entity of its type that has it as an alias
        const cands = s.kbEntityByAlias.all(norm, e.type) as Array<{ id: number; role: string | null }>;
        if (cands.length === 1) row = cands[0];
      }
      const mentions = e.mentions.length + (e.references?.length ?? 0);
      let cid: number;
      if (row) {
        cid = row.id;
        // two article entities can merge into one corpus entity: count the article once
        s.bumpEntity.run(counted.has(cid) ? 0 : 1, mentions, e.role ?? null, e.role ?? null, cid);
      } else {
        cid = Number(s.insertEntity.run({
          key, name: e.name, norm, type: e.type, role: e.role ?? null, kb_id: e.kbId ?? null, country: e.country ?? null,
          lat: e.geo?.lat ?? null, lon: e.geo?.lon ?? null, mentions,
        }).lastInsertRowid);
      }
      counted.add(cid);
      out.set(e.id, cid);
      for (const name of new Set([norm, ...e.aliases.map(normalizeName)])) if (name) s.insertAlias.run(name, cid);
      s.insertLink.run(art, e.id, cid, mentions);
    }
    return out;
  }

  stats(): StoreStats {
    const c = (sql: string) => (this.db.prepare(sql).pluck().get() as number) ?? 0;
    let bytes: number | null = null;
    if (this.path !== ':memory:') {
      bytes = 0;
      for (const f of [this.path, `${this.path}-wal`]) bytes += statSync(f, { throwIfNoEntry: false })?.size ?? 0;
    }
    return {
      articles: c('SELECT count(*) FROM articles'),
      entities: c('SELECT count(*) FROM entities'),
      quotes: c('SELECT count(*) FROM quotes'),
      times: c('SELECT count(*) FROM times'),
      events: c('SELECT count(*) FROM events'),
      findings: c('SELECT count(*) FROM findings'),
      nearDuplicates: c('SELECT count(*) FROM articles WHERE dup_group IS NOT NULL'),
      dupGroups: c('SELECT count(DISTINCT dup_group) FROM articles WHERE dup_group IS NOT NULL'),
      bytes,
    };
  }

  article(id: string): Analysis | null {
    const row = this.s.articleById.get(id) as { id: string; text: string; analysis: Buffer } | undefined;
    if (!row) return null;
    const a = unpackAnalysis(row.analysis, row.text);
    a.id = row.id;
    return a;
  }

  search(query: string, opts: { limit?: number; since?: string; until?: string } = {}): SearchHit[] {
    const terms = ftsTerms(query);
    if (!terms) return [];
    // rank on the FTS index alone (only rowid and score go through the sorter), then fetch and
    // mark up the few hits: snippet() in the ranked query would run once for every match
    const dated = opts.since || opts.until;
    const ranked = this.db.prepare(`
      SELECT f.rowid AS rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f
      ${dated ? 'JOIN articles a ON a.rowid = f.rowid' : ''}
      WHERE articles_fts MATCH @terms ${opts.since ? 'AND a.published_at >= @since' : ''} ${opts.until ? 'AND a.published_at <= @until' : ''}
      ORDER BY score LIMIT @limit`).all({ terms, limit: opts.limit ?? 20, ...(opts.since ? { since: opts.since } : {}), ...(opts.until ? { until: untilBound(opts.until) } : {}) }) as Array<{ rowid: number; score: number }>;
    const words = (terms.match(/"([^"]+)"(\*?)/g) ?? []).map((t) => ({ word: t.replace(/[*"]/g, ''), prefix: t.endsWith('*') }));
    return ranked.map((r) => {
      const row = this.s.hitById.get(r.rowid) as Row;
      return { ...summary(row), snippet: makeSnippet(String(row.text), words), score: -r.score };
    });
  }

  /** Corpus entity ids a user's name refers to: exact name or alias, else names containing it. */
  private resolveEntities(name: string, types?: string[]): number[] {
    const norm = normalizeName(name);
    if (!norm) return [];
    const typeSql = types ? `AND e.type IN (${types.map(() => '?').join(',')})` : '';
    let ids = this.db.prepare(`SELECT DISTINCT e.id FROM entity_aliases x JOIN entities e ON e.id = x.entity WHERE x.norm = ? ${typeSql}`)
      .pluck().all(norm, ...(types ?? [])) as number[];
    if (!ids.length) {
      ids = this.db.prepare(`SELECT e.id FROM entities e WHERE (' ' || e.norm || ' ') LIKE ? ${typeSql} ORDER BY e.articles DESC LIMIT 50`)
        .pluck().all(`% ${norm} %`, ...(types ?? [])) as number[];
    }
    return ids;
  }

  quotes(q: QuoteQuery): QuoteRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.speaker) {
      const ids = this.resolveEntities(q.speaker, ['PERSON', 'ORG', 'GPE', 'NORP', 'MISC']);
      // unlinked quotes match on the speaker as written: the query's name and the entities' own names
      // (not every alias: aliases hold titles such as "president")
      const norms = ids.length
        ? (this.db.prepare(`SELECT norm FROM entities WHERE id IN (${ids.map(() => '?').join(',')})`).pluck().all(...ids) as string[])
        : [];
      norms.push(normalizeName(q.speaker));
      // two indexed look-ups joined by UNION: an OR of the two would scan every quote
      where.push(`q.id IN (${ids.length ? `SELECT id FROM quotes WHERE entity IN (${ids.map(() => '?').join(',')}) UNION ` : ''}SELECT id FROM quotes WHERE speaker_norm IN (${norms.map(() => '?').join(',')}) AND +entity IS NULL)`);
      params.push(...ids, ...norms);
    }
    if (q.text) {
      const terms = ftsTerms(q.text);
      if (!terms) return [];
      where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)');
      params.push(terms);
    }
    if (q.act) { where.push(`coalesce(q.act, 'assertion') = ?`); params.push(q.act); }
    const when = `coalesce(nullif(substr(q.said_on, 1, 10), ''), q.published_at)`;
    if (q.since) { where.push(`${when} >= ?`); params.push(q.since); }
    if (q.until) { where.push(`${when} <= ?`); params.push(untilBound(q.until)); }
    // order and cut the quotes first, then join their articles: only `limit` article rows are read
    const rows = this.db.prepare(`
      SELECT a.id AS article_id, a.title, a.published_at, a.source, q.kind, q.act, q.speaker, e.key AS speaker_key, e.role,
             q.cue, q.channel, q.said_on, q.text, q.start, q.end
      FROM (SELECT q.*, ${when} AS sort_date FROM quotes q ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
            ORDER BY sort_date, q.article, q.start LIMIT ?) q
      JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.entity
      ORDER BY q.sort_date, q.article, q.start`).all(...params, q.limit ?? 100) as Row[];
    return rows.map((r) => ({
      articleId: String(r.article_id), title: str(r.title), publishedAt: str(r.published_at), source: str(r.source),
      kind: String(r.kind), act: str(r.act), speaker: str(r.speaker), speakerKey: str(r.speaker_key), role: str(r.role), cue: str(r.cue),
      channel: str(r.channel), saidOn: str(r.said_on), text: String(r.text), start: Number(r.start), end: Number(r.end),
    }));
  }

  timeline(q: TimelineQuery): TimelineRow[] {
    const where = [`t.value GLOB '[0-9][0-9][0-9][0-9]*'`];
    const params: unknown[] = [];
    let from = 'times t';
    if (q.entity) {
      const ids = this.resolveEntities(q.entity);
      if (!ids.length) return [];
      from = `time_entities te JOIN times t ON t.id = te.time`;
      where.push(`te.entity IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    if (q.since) { where.push('t.value >= ?'); params.push(q.since); }
    if (q.until) { where.push('t.value <= ?'); params.push(untilBound(q.until)); }
    const rows = this.db.prepare(`
      SELECT DISTINCT t.id, a.id AS article_id, a.title, a.published_at, t.value, t.type, t.text, t.start, t.end, t.sent_start, t.sent_end, a.rowid AS art
      FROM ${from} JOIN articles a ON a.rowid = t.article
      WHERE ${where.join(' AND ')} ORDER BY t.value, a.rowid, t.start LIMIT ?`).all(...params, q.limit ?? 100) as Row[];
    const textOf = this.db.prepare('SELECT text FROM articles WHERE rowid = ?').pluck();
    const texts = new Map<number, string>();
    return rows.map((r) => {
      const art = Number(r.art);
      let text = texts.get(art);
      if (text === undefined) texts.set(art, (text = String(textOf.get(art) ?? '')));
      return {
        articleId: String(r.article_id), title: str(r.title), publishedAt: str(r.published_at), value: String(r.value), type: String(r.type),
        text: String(r.text), context: text.slice(Number(r.sent_start), Number(r.sent_end)).replace(/\s+/g, ' ').trim(),
        start: Number(r.start), end: Number(r.end),
      };
    });
  }

  events(q: EventQuery): EventRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.type) { where.push('upper(ev.type) = upper(?)'); params.push(q.type); }
    if (q.entity) {
      const ids = this.resolveEntities(q.entity);
      if (!ids.length) return [];
      const list = ids.map(() => '?').join(',');
      where.push(`(ev.actor_entity IN (${list}) OR ev.target_entity IN (${list}) OR ev.place_entity IN (${list}))`);
      params.push(...ids, ...ids, ...ids);
    }
    if (q.place) {
      const ids = this.resolveEntities(q.place, ['GPE', 'LOC', 'FAC', 'ORG']);
      const like = `%${q.place.toLowerCase()}%`;
      where.push(`(${ids.length ? `ev.place_entity IN (${ids.map(() => '?').join(',')}) OR ev.target_entity IN (${ids.map(() => '?').join(',')}) OR ` : ''}lower(ev.place) LIKE ? OR lower(ev.target) LIKE ?)`);
      params.push(...ids, ...ids, like, like);
    }
    const when = `coalesce(substr(ev.date, 1, 10), a.published_at)`;
    if (q.since) { where.push(`${when} >= ?`); params.push(q.since); }
    if (q.until) { where.push(`${when} <= ?`); params.push(untilBound(q.until)); }
    const rows = this.db.prepare(`
      SELECT a.id AS article_id, a.title, a.published_at, a.source, ev.*
      FROM events ev JOIN articles a ON a.rowid = ev.article
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${when}, a.rowid, ev.start LIMIT ?`).all(...params, q.limit ?? 100) as Row[];
    return rows.map(eventRow);
  }

  findings(q: { kind?: string; limit?: number }): FindingRow[] {
    const rows = this.db.prepare(`
      SELECT a.id AS article_id, a.title, a.published_at, f.json FROM findings f JOIN articles a ON a.rowid = f.article
      ${q.kind ? 'WHERE f.kind = ?' : ''} ORDER BY a.published_at, a.rowid, f.id LIMIT ?`).all(...(q.kind ? [q.kind] : []), q.limit ?? 100) as Row[];
    return rows.map((r) => ({ articleId: String(r.article_id), title: str(r.title), publishedAt: str(r.published_at), finding: JSON.parse(String(r.json)) as Finding }));
  }

  crossFindings(q: { limit?: number } = {}): CrossFinding[] {
    const rows = this.db.prepare(`
      SELECT a.id AS article_id, a.title, a.published_at, a.source, ev.*
      FROM events ev JOIN articles a ON a.rowid = ev.article
      WHERE ev.quantities <> '[]' AND ev.negated = 0 AND coalesce(ev.place, ev.target) IS NOT NULL`).all() as Row[];
    return crossSourceFindings(rows.map(eventRow), q.limit ?? 1000);
  }

  entities(q: EntityQuery): EntityRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.name) {
      const ids = this.resolveEntities(q.name);
      if (!ids.length) return [];
      where.push(`e.id IN (${ids.map(() => '?').join(',')})`);
      params.push(...ids);
    }
    if (q.key) { where.push('e.key = ?'); params.push(q.key); }
    if (q.type) { where.push('e.type = upper(?)'); params.push(q.type); }
    const rows = this.db.prepare(`
      SELECT e.*, (SELECT count(*) FROM quotes WHERE entity = e.id) AS quotes FROM entities e
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.articles DESC, e.mentions DESC, e.name LIMIT ?`).all(...params, q.limit ?? 50) as Row[];
    return rows.map((r) => ({
      key: String(r.key), name: String(r.name), type: String(r.type), role: str(r.role), kbId: str(r.kb_id), country: str(r.country),
      lat: r.lat == null ? null : Number(r.lat), lon: r.lon == null ? null : Number(r.lon),
      articles: Number(r.articles), mentions: Number(r.mentions), quotes: Number(r.quotes),
    }));
  }

  *analyses(): Iterable<Analysis> {
    for (const r of this.s.allArticles.iterate() as Iterable<{ id: string; text: string; analysis: Buffer }>) {
      const a = unpackAnalysis(r.analysis, r.text);
      a.id = r.id;
      yield a;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function prepare(db: Db) {
  return {
    hasHash: db.prepare('SELECT 1 FROM articles WHERE hash = ?'),
    idExists: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
    lshCandidates: db.prepare('SELECT article FROM lsh WHERE key = ?'),
    minhashOf: db.prepare('SELECT minhash, dup_group FROM articles WHERE rowid = ?'),
    setDupGroup: db.prepare('UPDATE articles SET dup_group = ? WHERE rowid = ?'),
    insertArticle: db.prepare(`INSERT INTO articles (id, hash, title, published_at, source, url, kind, dup_group, chars, minhash, text, analysis, ingested_at)
      VALUES (@id, @hash, @title, @published_at, @source, @url, @kind, @dup_group, @chars, @minhash, @text, @analysis, @ingested_at)`),
    insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
    insertLsh: db.prepare('INSERT OR IGNORE INTO lsh (key, article) VALUES (?, ?)'),
    entityByKey: db.prepare('SELECT id, role FROM entities WHERE key = ?'),
    kbEntityByAlias: db.prepare(`SELECT DISTINCT e.id, e.role FROM entity_aliases x JOIN entities e ON e.id = x.entity
      WHERE x.norm = ? AND e.type = ? AND e.kb_id IS NOT NULL`),
    bumpEntity: db.prepare('UPDATE entities SET articles = articles + ?, mentions = mentions + ?, role = CASE WHEN ? IS NOT NULL THEN ? ELSE role END WHERE id = ?'),
    insertEntity: db.prepare(`INSERT INTO entities (key, name, norm, type, role, kb_id, country, lat, lon, articles, mentions)
      VALUES (@key, @name, @norm, @type, @role, @kb_id, @country, @lat, @lon, 1, @mentions)`),
    insertAlias: db.prepare('INSERT OR IGNORE INTO entity_aliases (norm, entity) VALUES (?, ?)'),
    insertLink: db.prepare('INSERT OR REPLACE INTO entity_links (article, local_id, entity, mentions) VALUES (?, ?, ?, ?)'),
    insertQuote: db.prepare(`INSERT INTO quotes (article, local_id, kind, act, text, speaker, speaker_norm, entity, cue, channel, said_on, published_at, start, end)
      VALUES (@article, @local_id, @kind, @act, @text, @speaker, @speaker_norm, @entity, @cue, @channel, @said_on, @published_at, @start, @end)`),
    insertQuoteFts: db.prepare('INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)'),
    insertTime: db.prepare('INSERT INTO times (article, type, value, text, start, end, sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    insertTimeEntity: db.prepare('INSERT OR IGNORE INTO time_entities (entity, time) VALUES (?, ?)'),
    insertEvent: db.prepare(`INSERT INTO events (article, local_id, type, mode, actor, actor_entity, target, target_entity, place, place_entity, date, quantities, negated, evidence, start, end)
      VALUES (@article, @local_id, @type, @mode, @actor, @actor_entity, @target, @target_entity, @place, @place_entity, @date, @quantities, @negated, @evidence, @start, @end)`),
    insertFinding: db.prepare('INSERT INTO findings (article, kind, severity, message, json) VALUES (?, ?, ?, ?, ?)'),
    articleById: db.prepare('SELECT id, text, analysis FROM articles WHERE id = ?'),
    hitById: db.prepare('SELECT id, title, published_at, source, url, dup_group, text FROM articles WHERE rowid = ?'),
    allArticles: db.prepare('SELECT id, text, analysis FROM articles ORDER BY rowid'),
  };
}

/**
 * Text around the first match of the query words, matches in [brackets], about 200 characters.
 *
 * @example
 * makeSnippet('Talks on a ceasefire resumed.', [{ word: 'ceasefire', prefix: false }]) // 'Talks on a [ceasefire] resumed.'
 */
export function makeSnippet(text: string, words: ReadonlyArray<{ word: string; prefix: boolean }>, width = 200): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!words.length) return flat.slice(0, width);
  const alt = words.map((w) => `${w.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${w.prefix ? '[\\p{L}\\p{N}]*' : ''}`).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu');
  const first = re.exec(flat.normalize('NFC'));
  const at = first ? first.index : 0;
  let start = Math.max(0, at - Math.floor(width / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + width);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const piece = flat.slice(start, end).replace(re, (m) => `[${m}]`);
  return `${start > 0 ? '…' : ''}${piece}${end < flat.length ? '…' : ''}`;
}

function refName(ref: EntityRef | null | undefined): string | null {
  return ref?.name ?? null;
}

function summary(r: Row) {
  return {
    id: String(r.id), title: str(r.title), publishedAt: str(r.published_at), source: str(r.source), url: str(r.url),
    dupGroup: r.dup_group == null ? null : Number(r.dup_group),
  };
}

function eventRow(r: Row): EventRow {
  return {
    articleId: String(r.article_id), title: str(r.title), publishedAt: str(r.published_at), source: str(r.source),
    type: String(r.type), mode: str(r.mode), actor: str(r.actor), target: str(r.target), place: str(r.place), date: str(r.date),
    quantities: JSON.parse(String(r.quantities)) as Quantity[], negated: Number(r.negated) === 1, evidence: String(r.evidence),
    start: Number(r.start), end: Number(r.end),
  };
}

/** Index of the sentence holding an offset (the last sentence starting at or before it). */
function sentenceFinder(a: Analysis): (offset: number) => number {
  const starts = a.sentences.map((s) => s.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  };
}

const DAY = 86_400_000;

/**
 * Groups events by type and place (the target when no place is given), clusters them by date
 * (within a day of each other), and reports each quantity role on which the articles of a cluster
 * disagree. Pure: tested on hand-built rows.
 *
 * @example
 * crossSourceFindings(rows, 100) // [{ kind: 'cross-source-quantity', message: 'ATTACK at Kharkiv …', … }]
 */
export function crossSourceFindings(rows: readonly EventRow[], limit: number): CrossFinding[] {
  const groups = new Map<string, Array<EventRow & { day: number; dayText: string }>>();
  for (const r of rows) {
    if (r.negated || !r.quantities.length) continue;
    const dayText = /^\d{4}-\d{2}-\d{2}/.exec(r.date ?? '')?.[0] ?? (r.date == null ? /^\d{4}-\d{2}-\d{2}/.exec(r.publishedAt ?? '')?.[0] : undefined);
    const place = r.place ?? r.target;
    if (!dayText || !place) continue;
    const key = `${r.type.toUpperCase()}|${normalizeName(place)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ ...r, day: Date.parse(`${dayText}T00:00:00Z`), dayText });
  }
  const out: CrossFinding[] = [];
  for (const g of groups.values()) {
    g.sort((x, y) => x.day - y.day);
    let i = 0;
    while (i < g.length) {
      let j = i + 1;
      while (j < g.length && g[j]!.day - g[j - 1]!.day <= DAY) j++;
      const cluster = g.slice(i, j);
      i = j;
      if (new Set(cluster.map((c) => c.articleId)).size < 2) continue;
      const byRole = new Map<string, CrossFinding['reports']>();
      for (const c of cluster) for (const qn of c.quantities) {
        const k = `${qn.role}|${qn.unit}`;
        let list = byRole.get(k);
        if (!list) byRole.set(k, (list = []));
        if (!list.some((x) => x.articleId === c.articleId && x.value === qn.value)) {
          list.push({ articleId: c.articleId, title: c.title, source: c.source, value: qn.value, evidence: c.evidence });
        }
      }
      for (const [k, reports] of byRole) {
        const values = new Set(reports.map((x) => x.value));
        if (values.size < 2 || new Set(reports.map((x) => x.articleId)).size < 2) continue;
        const [role, unit] = k.split('|') as [string, string];
        const first = cluster[0]!;
        const place = first.place ?? first.target ?? '';
        out.push({
          kind: 'cross-source-quantity', severity: 'warning', eventType: first.type, place, date: first.dayText, role, unit,
          message: `${first.type} at ${place} around ${first.dayText}: ${role} reported as ${[...values].sort((x, y) => x - y).join(', ')} ${unit} by ${new Set(reports.map((x) => x.articleId)).size} articles`,
          reports,
        });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
