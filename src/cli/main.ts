#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { SCHEMA_VERSION } from '../model/analysis.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerKb } from './commands/kb.js';
import { registerEntities } from './commands/entities.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerFindings } from './commands/findings.js';
import { registerIngest } from './commands/ingest.js';
import { registerQuotes } from './commands/quotes.js';
import { registerSearch } from './commands/search.js';
import { registerTimeline } from './commands/timeline.js';
import { registerServe } from './commands/serve.js';
import { EXIT, reportError } from './exit.js';

/** Builds the `dossier` command line. Each command registers itself from src/cli/commands/. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dossier')
    .description('Turns news reporting on conflict and diplomacy into an attributed, dated, checkable record.')
    .version(`dossier 0.1.0 (JSON schema ${SCHEMA_VERSION})`)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerServe(program);
  registerKb(program);
  registerIngest(program);
  registerSearch(program);
  registerQuotes(program);
  registerTimeline(program);
  registerEvents(program);
  registerFindings(program);
  registerEntities(program);
  registerExport(program);
  program.addHelpText('after', '\nExit codes: 0 done; 1 bad input; 2 wrong command line; 3 internal error.');
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
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
