import channelData from './data/channels.json' with { type: 'json' };

/**
 * The channel of a statement: the medium or audience it went through ("in a statement", "told reporters", "on
 * Telegram", "in an interview with the BBC"). Rules are data (./data/channels.json): case-sensitive patterns with
 * shared parts ({NAME}, {PRESS}, …) expanded here, so an outlet's name is read the same way by every rule.
 */

interface ChannelRule { re: RegExp; label: string; when: RegExp | null }

const PARTS: Record<string, string> = channelData.parts;

/** Expands {PART} placeholders, parts first (they may name each other). */
function expand(pattern: string, depth = 0): string {
  if (depth > 5) throw new Error(`channels.json: placeholders nest too deep in ${pattern}`);
  const out = pattern.replace(/\{([A-Z]+)\}/g, (whole, name: string) => {
    const part = PARTS[name];
    if (part === undefined) throw new Error(`channels.json: unknown placeholder ${whole}`);
    return part;
  });
  return out === pattern ? out : expand(out, depth + 1);
}

const RULES: ChannelRule[] = channelData.rules.map((r) => ({
  re: new RegExp(expand(r.pattern), 'gu'),
  label: r.label,
  when: 'when' in r && typeof r.when === 'string' ? new RegExp(`\\b(?:${r.when})`, 'i') : null,
}));

/**
 * The channel named in a clause. `at` is where the cue stands in `clause`: when several phrases name a channel, the
 * one nearest the cue wins ("told reporters after a speech"); without it, or at equal distance, the earlier rule.
 *
 * @example
 * channelOf('he wrote on social media') // "social media"
 * channelOf('she told the BBC') // "BBC"
 */
export function channelOf(clause: string, at?: number): string | null {
  let best: { distance: number; label: string } | null = null;
  for (const rule of RULES) {
    if (rule.when && !rule.when.test(clause)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(clause); m; m = rule.re.exec(clause)) {
      const label = labelOf(rule.label, m);
      const distance = at === undefined ? 0 : m.index > at ? m.index - at : Math.max(0, at - (m.index + m[0].length));
      if (label && (!best || distance < best.distance)) best = { distance, label };
      if (at === undefined) break;
      if (m[0] === '') rule.re.lastIndex++; // (no rule matches empty, but a data edit must not hang the loop)
    }
    if (best && at === undefined) break;
  }
  return best?.label ?? null;
}

function labelOf(template: string, m: RegExpExecArray): string {
  const label = template.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '').replace(/\s+/g, ' ').trim();
  // "the BBC" and "BBC" are one channel; a title's own "The" ("The Moscow Times") stays
  return label.replace(/^the /, '').replace(/[.,:;]+$/, '').trim();
}
