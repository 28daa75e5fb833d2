import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, Quote, QuoteKind } from '../model/layers.js';
import { textSpan } from '../model/span.js';
import { segment } from '../stages/segment/index.js';
import { analyzeText } from '../analyze.js';
import { checkContested } from './contested-claim.js';

/** A quote over the first occurrence of `content`, spoken by `speaker`. */
function quote(text: string, content: string, speaker: string | null, kind: QuoteKind = 'direct'): Quote {
  const start = text.indexOf(content);
  assert.ok(start >= 0, content);
  return { ...textSpan(text, start, start + content.length), id: `q${start}`, kind, speaker: speaker ? { entity: null, name: speaker } : null, cue: null, cueSpan: null, channel: null };
}
const doc = (text: string, quotes: Quote[], events?: Event[]) =>
  ({ text, publishedAt: '2025-03-16', layers: { sentences: segment(text).sentences, quotes, ...(events ? { events } : {}) } });

describe('contested-claim', () => {
  it('a denial against another source’s warning on the same subject', () => {
    const text = 'The general warned of a “bloody massacre” of soldiers trapped near the town.\n\nThe minister wrote: “There is no encirclement of our troops.”';
    const f = checkContested(doc(text, [quote(text, 'bloody massacre', 'The general', 'partial'), quote(text, 'There is no encirclement of our troops.', 'The minister')]));
    assert.equal(f.length, 1);
    assert.deepEqual(f[0]!.evidence.map((e) => text.slice(e.start, e.end)), ['bloody massacre', 'There is no encirclement of our troops.']);
  });

  it('a reported denial naming the claims it denies stands alone', () => {
    const text = 'The ministry dismissed claims that its jets had struck the market.';
    const f = checkContested(doc(text, []));
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0]!.evidence[0]!.start, f[0]!.evidence[0]!.end), text); // the whole sentence: who denies what
  });

  it('a claim and its denial in one sentence read from the quotes layer ("…, the army said, a claim the mayor denied")', () => {
    const text = 'Its troops had entered the town, the army said on Monday, a claim the mayor denied.\n\nThe plant was shut, engineers said, a report we could not verify.';
    const denial = { ...quote(text, 'a claim', null, 'indirect'), speaker: { entity: null, name: 'mayor', start: text.indexOf('the mayor'), end: text.indexOf('the mayor') + 9 }, cue: 'denied', cueSpan: { start: text.indexOf('denied'), end: text.indexOf('denied') + 6 } };
    const f = checkContested(doc(text, [quote(text, 'Its troops had entered the town', 'the army', 'indirect'), denial, quote(text, 'The plant was shut', 'engineers', 'indirect')]));
    assert.deepEqual(f.map((x) => x.message.split(':')[0]), ['a claim by the army, disputed by the mayor']);
    assert.deepEqual(f[0]!.evidence.map((e) => text.slice(e.start, e.end)), ['Its troops had entered the town', 'a claim the mayor denied']);
  });

  it('no claim from a denial without its quotes layer', () => {
    assert.deepEqual(checkContested(doc('Its troops had entered the town, the army said, a claim the mayor denied.', [])), []);
  });
  it('different casualty counts from different sources', () => {
    const text = 'Officials said: “12 people were killed in the strike.” The army said: “Only 3 people were killed.”';
    const f = checkContested(doc(text, [quote(text, '12 people were killed in the strike.', 'Officials'), quote(text, 'Only 3 people were killed.', 'The army')]));
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /12 and 3/);
  });

  it('counts in words, and a verb first with a list of casualties summed', () => {
    const text = 'The governor said gunmen stormed the depot in a raid that killed one guard and about 12 attackers.\n\nThe city council said that seven people were killed in the raid.';
    const f = checkContested(doc(text, [
      quote(text, 'gunmen stormed the depot in a raid that killed one guard', 'The governor', 'indirect'),
      quote(text, 'that seven people were killed in the raid', 'The city council', 'indirect')]));
    assert.deepEqual(f.map((x) => x.message), ['different killed counts from different sources: 13 and 7']);
    assert.deepEqual(f[0]!.evidence.map((e) => text.slice(e.start, e.end)), ['killed one guard and about 12 attackers', 'seven people were killed']);
  });

  it('no count conflict for one casualty, or for entries of a live blog', () => {
    const one = 'A nurse said one man was wounded.\n\nThe army said that 30 people were wounded.';
    assert.deepEqual(checkContested(doc(one, [quote(one, 'one man was wounded', 'A nurse', 'indirect'), quote(one, 'that 30 people were wounded', 'The army', 'indirect')])), []);
    const blog = '19:31 - Two soldiers have been killed near the dam, the agency said. 18:56 - At least 31 people died in a fire, the ministry said.';
    assert.deepEqual(checkContested(doc(blog, [quote(blog, '19:31 - Two soldiers have been killed near the dam', 'the agency', 'indirect'), quote(blog, '18:56 - At least 31 people died in a fire', 'the ministry', 'indirect')])), []);
  });

  it('different numbers for one event from the events layer', () => {
    const text = 'Kyiv said 40 drones were downed. Moscow said 12 drones were downed.';
    const ev = (n: number, src: string, s: number, e: number): Event => ({ id: `v${n}`, type: 'ASSAULT', actor: { entity: 'e1', name: 'Russia' }, target: { entity: 'e2', name: 'Ukraine' }, source: { entity: null, name: src }, quantities: [{ value: n, unit: 'drone', role: 'intercepted' }], evidence: textSpan(text, s, e) });
    const f = checkContested(doc(text, [], [ev(40, 'Kyiv', 0, 32), ev(12, 'Moscow', 33, text.length)]));
    assert.equal(f.length, 1);
  });

  const valid: Array<{ text: string; quotes: (t: string) => Quote[]; why: string }> = [
    { text: 'He said: “There is no need to panic.” She warned of a massacre.', quotes: (t) => [quote(t, 'There is no need to panic.', 'He'), quote(t, 'massacre', 'She', 'partial')], why: 'no need: a judgement, not a denial' },
    { text: 'The minister wrote: “There is no encirclement of our troops.” He warned of a massacre.', quotes: (t) => [quote(t, 'There is no encirclement of our troops.', 'The minister'), quote(t, 'massacre', 'The minister', 'partial')], why: 'same speaker' },
    { text: 'The minister wrote: “There is no encirclement of our troops.” The mayor praised the new park.', quotes: (t) => [quote(t, 'There is no encirclement of our troops.', 'The minister'), quote(t, 'praised the new park', 'The mayor', 'indirect')], why: 'no shared subject' },
    { text: 'The minister wrote: “There is no encirclement.”', quotes: () => [], why: 'no quotes layer, no speaker' },
  ];
  for (const c of valid) it(`no finding: ${c.why}`, () => assert.deepEqual(checkContested(doc(c.text, c.quotes(c.text))).map((f) => f.message), []));

  it('nothing without layers', () => assert.deepEqual(checkContested({ text: 'Quiet day.', publishedAt: null, layers: {} }), []));
});

describe('contested-claim: what is not a denial', () => {
  const cases = [
    'Mr Brown pointedly refused to deny claims the prime minister had reneged on a deal.',
    'The peer challenged Mr Brown to deny reports that he had spoken.',
    'The firm has no information to confirm or deny the report.',
    'A three-judge appeal court panel rejected the claim in a 2-1 decision.',
    'The chancellor failed to deny claims he had once said so.',
    'Under the settlement it neither admits nor denies the allegations.',
    'One insider said that nobody is denying suggestions a merger could be on the agenda.',
    'He was jailed for 15 years; it would have been longer had he denied the charge.',
  ];
  for (const text of cases) it(text, () => assert.deepEqual(checkContested(doc(text, [])).map((f) => f.message), []));
});

describe('contested-claim: a claim and its denial in one sentence, through the whole pipeline', () => {
  const contested = (text: string) => analyzeText({ text, publishedAt: null }).findings.filter((f) => f.kind === 'contested-claim')
    .map((f) => ({ message: f.message.split(':')[0], evidence: f.evidence.map((e) => text.slice(e.start, e.end)) }));
  const cases: Array<{ text: string; want: Array<{ message: string; evidence: string[] }> }> = [
    { text: 'Its troops had entered the town, the army said on Monday, a claim the mayor denied.',
      want: [{ message: 'a claim by the army, disputed by the mayor', evidence: ['Its troops had entered the town', 'a claim the mayor denied'] }] },
    { text: 'The bridge was hit twice, officials said, an account that the Kremlin has rejected.',
      want: [{ message: 'a claim by officials, disputed by the Kremlin', evidence: ['The bridge was hit twice', 'an account that the Kremlin has rejected'] }] },
    { text: 'Rebels shelled the port, the governor said, a charge which the army denies.',
      want: [{ message: 'a claim by the governor, disputed by the army', evidence: ['Rebels shelled the port', 'a charge which the army denies'] }] },
    { text: 'The dam was cracked, engineers said, a claim the army refuted.',
      want: [{ message: 'a claim by engineers, disputed by the army', evidence: ['The dam was cracked', 'a claim the army refuted'] }] },
    { text: 'The dam was cracked, engineers say, a claim denied by the mayor.',
      want: [{ message: 'a claim by engineers, disputed by the mayor', evidence: ['The dam was cracked', 'a claim denied by the mayor'] }] },
    { text: 'The ministry accused Britain of direct involvement in the war, a charge London rejected.',
      want: [{ message: 'a claim by The ministry, disputed by London', evidence: ['Britain of direct involvement in the war', 'a charge London rejected'] }] },
    // the writer reports the claim without a source
    { text: 'Rebel gunners shelled the port overnight, a charge the army denies.',
      want: [{ message: 'a claim disputed by the army', evidence: ['Rebel gunners shelled the port overnight', 'a charge the army denies'] }] },
    // near misses: not disputed, or no appositive of saying
    { text: 'The plant was shut, engineers said, a report we could not verify.', want: [] },
    { text: 'The bridge was hit twice, officials said, a claim the mayor confirmed.', want: [] },
    { text: 'The bridge was hit twice, officials said, a blow the mayor denied feeling.', want: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(contested(c.text), c.want));
});

describe('contested-claim: a claim noun that is the object of a denial is no appositive', () => {
  for (const text of ['Mr Okafor had denied the claims, saying the audit was wrong.', 'The committee, which disputes the claim, met on Monday.', 'The three riders, who have repeatedly denied the allegations, were charged.']) {
    it(text, () => assert.deepEqual(analyzeText({ text, publishedAt: null }).findings.filter((f) => /^a claim (?:by|disputed)/.test(f.message)).map((f) => f.message), []));
  }
});

describe('contested-claim: a denial paired only with a claim that answers it', () => {
  const cases: Array<{ text: string; quotes: (t: string) => Quote[]; want: number; why: string }> = [
    { why: 'a plea of guilt answers a charge against its speaker, not another’s denial', want: 0,
      text: 'Mr Okafor has denied charges of fraud.\n\nHis deputy has pleaded guilty to fraud and will testify.',
      quotes: (t) => [{ ...quote(t, 'guilty to fraud and will testify', 'His deputy', 'indirect'), cue: 'pleaded' }] },
    { why: 'a witness’s assertion does contest the denial', want: 1,
      text: 'Mr Okafor has denied charges of fraud.\n\nHis deputy told the court that Mr Okafor ordered the fraud.',
      quotes: (t) => [{ ...quote(t, 'that Mr Okafor ordered the fraud', 'His deputy', 'indirect'), cue: 'told' }] },
    { why: '"there is no X" denies X only: words before it in the statement link to nothing', want: 0,
      text: 'ENVOY SEES DIRECT INVOLVEMENT The monitors were told there were no orders to let them pass, the report said.\n\nThe envoy said the report showed direct involvement by the army.',
      quotes: (t) => [quote(t, 'ENVOY SEES DIRECT INVOLVEMENT The monitors were told there were no orders to let them pass', 'the report', 'indirect'), quote(t, 'the report showed direct involvement by the army', 'The envoy', 'indirect')] },
    { why: '"there is no X" against a claim of X', want: 1,
      text: 'The monitors said there was no involvement of the army in the raid.\n\nThe envoy said the report showed direct involvement by the army.',
      quotes: (t) => [quote(t, 'there was no involvement of the army in the raid', 'The monitors', 'indirect'), quote(t, 'the report showed direct involvement by the army', 'The envoy', 'indirect')] },
  ];
  for (const c of cases) it(c.why, () => assert.equal(checkContested(doc(c.text, c.quotes(c.text))).filter((f) => /denies what another source asserts/.test(f.message)).length, c.want));
});

describe('contested-claim: a denial of "the claim" is not paired by topic words', () => {
  const text = 'The Times said the leader wants a new climate treaty to bring the US back.\n\nAdvisers to the president have denied global warming is taking place. Europe, which disputes the claim, wants talks on climate action that bring the US back.';
  const quotes = (t: string) => [quote(t, 'the leader wants a new climate treaty to bring the US back', 'The Times', 'indirect'), quote(t, 'global warming is taking place', 'Advisers', 'indirect')];
  it('stands alone as a denial of others’ claims', () => {
    const f = checkContested(doc(text, quotes(text))).filter((x) => /Europe/.test(x.message));
    assert.deepEqual(f.map((x) => x.message.slice(0, 30)), ['a denial of others\' claims: “E']);
  });
  it('a denial that says what it denies is still paired', () => {
    const t2 = 'The Times said the leader wants a new climate treaty to bring the US back.\n\nEurope rejected claims that the leader wants a climate treaty to bring the US back.';
    const f = checkContested(doc(t2, [quote(t2, 'the leader wants a new climate treaty to bring the US back', 'The Times', 'indirect')]));
    assert.equal(f.filter((x) => /denies what another source asserts/.test(x.message)).length, 1);
  });
});
