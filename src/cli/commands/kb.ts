import type { Command } from 'commander';
import { kbIndex, loadKb, termCovers, type OfficeRole, type Tenure } from '../../kb/kb.js';
import { isIsoDate, validateKb } from '../../kb/validate.js';
import { EXIT } from '../exit.js';

interface KbFlags {
  country?: string;
  role?: string;
  at?: string;
  json?: boolean;
}

const ROLE_WORDS: Record<string, OfficeRole> = {
  'head-of-state': 'head-of-state', hos: 'head-of-state', president: 'head-of-state',
  'head-of-government': 'head-of-government', hog: 'head-of-government', 'prime-minister': 'head-of-government', pm: 'head-of-government',
  'foreign-minister': 'foreign-minister', foreign: 'foreign-minister',
  'defence-minister': 'defence-minister', 'defense-minister': 'defence-minister', defence: 'defence-minister', defense: 'defence-minister',
  'secretary-general': 'secretary-general',
};

/**
 * `dossier kb`: lists the curated office holders (filters --country, --role, --at DATE) and
 * `dossier kb validate` checks the data, exiting 1 when it finds problems.
 *
 * @example
 * dossier kb --country UA --role head-of-state --at 2022-02-24   # Volodymyr Zelenskyy
 */
export function registerKb(program: Command): void {
  const kb = program
    .command('kb')
    .description('list the curated knowledge base: office holders with terms, and key conflict dates')
    .option('--country <code>', 'ISO alpha-2 country code (UA) or organisation (nato, eu)')
    .option('--role <role>', 'head-of-state | head-of-government | foreign-minister | defence-minister | secretary-general')
    .option('--at <YYYY-MM-DD>', 'only who held office on that date')
    .option('--json', 'print JSON lines instead of a table')
    .addHelpText('after', `
Examples:
  dossier kb --country RU --at 2010-01-01
  dossier kb --role foreign-minister --at 2025-03-16
  dossier kb validate`)
    .action((flags: KbFlags) => {
      process.exitCode = runList(flags);
    });
  kb.command('validate')
    .description('check the knowledge base: unique ids, valid dates, no overlapping terms, sources present')
    .action(() => {
      const problems = validateKb(loadKb());
      for (const p of problems) process.stdout.write(`${p.at}: ${p.message}\n`);
      const k = loadKb();
      const terms = k.offices.reduce((n, o) => n + o.terms.length, 0);
      process.stdout.write(`${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}: ${k.people.length} people, ${k.offices.length} offices, ${terms} terms, ${k.events.length} events\n`);
      process.exitCode = problems.length === 0 ? EXIT.ok : EXIT.input;
    });
}

function runList(flags: KbFlags): number {
  let role: OfficeRole | undefined;
  if (flags.role) {
    role = ROLE_WORDS[flags.role.toLowerCase()];
    if (!role) {
      process.stderr.write(`dossier: unknown role "${flags.role}" (head-of-state, head-of-government, foreign-minister, defence-minister, secretary-general)\n`);
      return EXIT.usage;
    }
  }
  if (flags.at !== undefined && !isIsoDate(flags.at)) {
    process.stderr.write(`dossier: --at must be a date YYYY-MM-DD\n`);
    return EXIT.usage;
  }
  const jurisdiction = flags.country
    ? /^[a-z]{2}$/i.test(flags.country) ? `country:${flags.country.toUpperCase()}` : `org:${flags.country.toLowerCase()}`
    : undefined;
  const idx = kbIndex();
  const rows: Tenure[] = [];
  for (const office of idx.kb.offices) {
    if (jurisdiction && office.jurisdiction !== jurisdiction) continue;
    if (role && office.role !== role) continue;
    for (const term of office.terms) {
      if (flags.at && !termCovers(term, flags.at)) continue;
      const person = idx.person(term.person);
      if (person) rows.push({ office, term, person });
    }
  }
  for (const r of rows) {
    if (flags.json) {
      process.stdout.write(JSON.stringify({ ...r.term, person: r.person.id, name: r.person.name, office: r.office.id, title: r.office.title, jurisdiction: r.office.jurisdiction, source: r.office.source }) + '\n');
    } else {
      const when = `${r.term.start} – ${r.term.end ?? 'in office'}${r.term.precision !== 'day' ? ` (${r.term.precision})` : ''}`;
      const extra = [r.term.acting ? 'acting' : null, r.term.note && !r.term.acting ? r.term.note : null].filter(Boolean).join('; ');
      process.stdout.write(`${r.office.jurisdiction.padEnd(24)} ${r.office.title.padEnd(22)} ${r.person.name.padEnd(30)} ${when}${extra ? `  [${extra}]` : ''}\n`);
    }
  }
  if (rows.length === 0) process.stderr.write('dossier: no office holder matches\n');
  if (!flags.country && !flags.role && !flags.json && !flags.at) {
    process.stdout.write('\nKey dates\n');
    for (const e of idx.kb.events) process.stdout.write(`  ${e.start}${e.end ? ` – ${e.end}` : ''}  ${e.name}  (${e.source})\n`);
  }
  return EXIT.ok;
}
