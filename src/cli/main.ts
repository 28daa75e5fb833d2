#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { SCHEMA_VERSION } from '../model/analysis.js';
import { EXIT, reportError } from './exit.js';

type Register = (program: Command) => void;

/**
 * Every command, loaded on demand: a command's module pulls in what it needs (the NLP models, SQLite, the HTTP
 * server), so `dossier analyze` does not pay for loading the store and `dossier search` not for the tagger.
 * Add a command here; its module registers itself.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import('./commands/analyze.js')).registerAnalyze,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  search: async () => (await import('./commands/search.js')).registerSearch,
  quotes: async () => (await import('./commands/quotes.js')).registerQuotes,
  timeline: async () => (await import('./commands/timeline.js')).registerTimeline,
  events: async () => (await import('./commands/events.js')).registerEvents,
  findings: async () => (await import('./commands/findings.js')).registerFindings,
  entities: async () => (await import('./commands/entities.js')).registerEntities,
  export: async () => (await import('./commands/export.js')).registerExport,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  kb: async () => (await import('./commands/kb.js')).registerKb,
};

/**
 * Builds the `dossier` command line. With `only`, just that command is loaded (the fast path for a run);
 * without it every command is (for `--help` and the tests).
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command();
  program
    .name('dossier')
    .description('Turns news reporting on conflict and diplomacy into an attributed, dated, checkable record.')
    .version(`dossier 0.1.0 (JSON schema ${SCHEMA_VERSION})`)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const names = only && COMMANDS[only] ? [only] : Object.keys(COMMANDS);
  for (const name of names) (await COMMANDS[name]!())(program);
  program.addHelpText('after', '\nExit codes: 0 done; 1 bad input; 2 wrong command line; 3 internal error.');
  return program;
}

async function main(): Promise<void> {
  try {
    const first = process.argv.slice(2).find((a) => !a.startsWith('-'));
    await (await buildProgram(first)).parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are "errors" to commander; exit 0 for them
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.exitCode = reportError(err);
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
await main();
