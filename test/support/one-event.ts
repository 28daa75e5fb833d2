import assert from 'node:assert/strict';
import { it } from 'node:test';
import { analyzeText } from '../../src/analyze.js';

/**
 * A sentence that must code exactly one event, with its type, trigger words and, when given, mode, modality, the
 * actor's name, and the actor's or target's span as written (null: no such party).
 */
export interface OneEventCase {
  text: string; type: string; trigger: string; mode?: string; modality?: string | null; actor?: string | null;
  actorSpan?: string | null; targetSpan?: string | null;
}

/**
 * Registers one test per case (inside the caller's `describe`): the analyzer finds exactly one event in the sentence,
 * of the given type, whose trigger span is the given words (checked through `text.slice`). Shared by the events tables
 * of real and wire-style wordings.
 *
 * @example
 * describe('events: …', () => { itCodesOneEvent([{ text: 'Rebels shelled the town.', type: 'ASSAULT', trigger: 'shelled' }]); });
 */
export function itCodesOneEvent(cases: readonly OneEventCase[]): void {
  for (const c of cases) {
    it(`${c.type}: ${c.text}`, () => {
      const evs = analyzeText({ text: c.text }).events;
      assert.equal(evs.length, 1, JSON.stringify(evs.map((x) => [x.type, x.trigger?.text])));
      const e = evs[0]!;
      assert.equal(e.type, c.type);
      assert.equal(c.text.slice(e.trigger!.start, e.trigger!.end), c.trigger);
      if (c.mode !== undefined) assert.equal(e.mode, c.mode);
      if (c.modality !== undefined) assert.equal(e.modality ?? null, c.modality);
      if (c.actor !== undefined) assert.equal(e.actor?.name ?? null, c.actor);
      const span = (x: { start?: number; end?: number } | null | undefined) => (x && x.start !== undefined ? c.text.slice(x.start, x.end) : null);
      if (c.actorSpan !== undefined) assert.equal(span(e.actor), c.actorSpan);
      if (c.targetSpan !== undefined) assert.equal(span(e.target), c.targetSpan);
    });
  }
}
