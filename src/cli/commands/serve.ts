import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { analyzeText } from '../../analyze.js';
import { createApp } from '../../http/app.js';
import { memoryReader } from '../../http/memory-reader.js';
import type { CorpusReader } from '../../http/types.js';
import { readInput } from '../../ingest/read-input.js';
import type { Analysis } from '../../model/analysis.js';
import { EXIT, reportError } from '../exit.js';
import { openCorpusReader } from './serve-store.js';

interface ServeFlags { db?: string; port: string; host: string; date?: string }

/** `dossier serve`: the HTTP API and the web page over a corpus store (or over a few files analysed in memory). */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web page and the JSON API (OpenAPI at /api/openapi.json) over a corpus')
    .argument('[files...]', 'articles to analyse and serve from memory instead of a store')
    .option('--db <path>', 'corpus store built by `dossier ingest`', undefined)
    .option('--port <n>', 'port (0 picks a free one)', '8421')
    .option('--host <addr>', 'address to bind; loopback by default, anything else exposes the corpus to the network', '127.0.0.1')
    .option('--date <YYYY-MM-DD>', 'publication date for the files given')
    .addHelpText('after', '\nExamples:\n  dossier serve --db dossier.db\n  dossier serve examples/seed-ukraine-ceasefire-2025-03-16.txt --date 2025-03-16 --port 0')
    .action(async (files: string[], flags: ServeFlags) => {
      try {
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) { process.stderr.write('dossier: --port must be 0–65535\n'); process.exitCode = EXIT.usage; return; }
        let corpus: CorpusReader | null = null;
        if (flags.db) corpus = await openCorpusReader(flags.db);
        else if (files.length) {
          const analyses: Analysis[] = [];
          for (const f of files) {
            const input = await readInput(f);
            analyses.push(analyzeText({ id: f, text: input.text, publishedAt: flags.date ?? input.publishedAt, source: input.source }));
          }
          corpus = memoryReader(analyses);
        }
        const app = createApp({ corpus });
        const server = serve({ fetch: app.fetch, port, hostname: flags.host }, (info) => {
          process.stdout.write(`dossier: serving on http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}/ (Ctrl-C stops)\n`);
        });
        if (!/^(127\.|::1$|localhost$)/.test(flags.host)) process.stderr.write(`dossier: warning: bound to ${flags.host}; anyone who can reach it can read the corpus\n`);
        const stop = () => server.close(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (err) {
        process.exitCode = reportError(err);
      }
    });
}
