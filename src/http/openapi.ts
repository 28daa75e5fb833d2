import { SCHEMA_VERSION } from '../model/analysis.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const limit = { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } };
const error = { description: 'bad request', ...json({ type: 'object', properties: { error: { type: 'string' } } }) };

/** OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'dossier API', version: SCHEMA_VERSION, description: 'Read a dossier corpus and analyse pasted articles. Analyses follow schema/analysis.schema.json.' },
  paths: {
    '/api/stats': { get: { summary: 'Corpus counts', responses: { 200: { description: 'counts', ...json({ $ref: '#/components/schemas/Stats' }) } } } },
    '/api/search': { get: { summary: 'Full-text search over articles and quotes', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } }, limit],
      responses: { 200: { description: 'hits', ...json({ type: 'object', properties: { hits: { type: 'array', items: { $ref: '#/components/schemas/ArticleHit' } } } }) }, 400: error } } },
    '/api/articles/{id}': { get: { summary: 'One stored analysis', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'the analysis (schema/analysis.schema.json)' }, 404: error } } },
    '/api/speakers': { get: { summary: 'Speakers with quote counts', parameters: [limit], responses: { 200: { description: 'speakers' } } } },
    '/api/speakers/{key}/quotes': { get: { summary: 'Quotes of one speaker across articles', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }, limit], responses: { 200: { description: 'quotes' }, 404: error } } },
    '/api/timeline': { get: { summary: 'Dated expressions across articles, in order', parameters: [{ name: 'entity', in: 'query', schema: { type: 'string' } }, limit], responses: { 200: { description: 'items' } } } },
    '/api/places': { get: { summary: 'Places with coordinates and mention counts', parameters: [limit], responses: { 200: { description: 'places' } } } },
    '/api/findings': { get: { summary: 'Findings across articles', parameters: [limit], responses: { 200: { description: 'findings' } } } },
    '/api/analyze': { post: { summary: 'Analyse a pasted article (not stored)',
      requestBody: { required: true, ...json({ type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1, maxLength: 1000000 }, date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, title: { type: 'string' } } }) },
      responses: { 200: { description: 'the analysis' }, 400: error, 413: error } } },
  },
  components: {
    schemas: {
      Stats: { type: 'object', properties: { articles: { type: 'integer' }, entities: { type: 'integer' }, quotes: { type: 'integer' }, events: { type: 'integer' }, findings: { type: 'integer' } } },
      ArticleHit: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'] }, snippet: { type: 'string' } } },
    },
  },
} as const;
