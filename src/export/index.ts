/**
 * Event exports over `Analysis` objects: PLOVER JSONL and an ACLED-like CSV. Pure functions, no I/O.
 *
 * @example
 * import { acledCsv, ploverJsonl } from './export/index.js';
 * process.stdout.write(ploverJsonl(analyses));
 */
export { ploverJsonl, toPloverRecords, dayOf, QUAD, type PloverRecord, type PloverEntity, type PloverLocation } from './plover.js';
export { acledCsv, toAcledRows, acledType, csvField, ACLED_COLUMNS, type AcledRow, type AcledOptions } from './acled.js';
