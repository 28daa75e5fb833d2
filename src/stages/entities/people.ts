import { PEOPLE, type KnownPerson } from './data/people.js';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, '').replace(/-/g, ' ');

interface PeopleIndex {
  full: Map<string, KnownPerson>;
  /** Surname spellings; null when two known people share one. */
  surname: Map<string, KnownPerson | null>;
}

let index: PeopleIndex | null = null;

function build(): PeopleIndex {
  const full = new Map<string, KnownPerson>();
  const surname = new Map<string, KnownPerson | null>();
  const addSurname = (w: string, p: KnownPerson) => {
    const k = fold(w);
    if (k.length < 3) return;
    const cur = surname.get(k);
    surname.set(k, cur === undefined || cur === p ? p : null);
  };
  for (const p of PEOPLE) {
    for (const n of [p.name, ...p.variants]) {
      const words = n.split(/\s+/);
      if (words.length > 1) full.set(fold(n), p);
      // East Asian names put the family name first; their last word is no surname
      if (/^(Xi|Kim|Li|Wang|Zhang|Moon|Park) /.test(p.name)) continue;
      addSurname(words.length > 1 ? words[words.length - 1]! : n, p);
    }
  }
  return { full, surname };
}

/**
 * The known person a name form refers to: a full name or spelling variant ("Viktor Yanukovich"), a
 * surname alone when only one known person has it ("Zelensky"), or a full name whose given name agrees
 * in its initial with a known person of that surname ("V. Zelensky").
 *
 * @example
 * knownPerson(['Zelensky'])?.name // 'Volodymyr Zelenskyy'
 * knownPerson(['Hunter', 'Zelensky']) // undefined: the given name does not fit
 */
export function knownPerson(tokens: readonly string[]): KnownPerson | undefined {
  const idx = (index ??= build());
  if (tokens.length === 0) return undefined;
  const whole = idx.full.get(fold(tokens.join(' ')));
  if (whole) return whole;
  const bySurname = idx.surname.get(fold(tokens[tokens.length - 1]!));
  if (!bySurname) return undefined;
  if (tokens.length === 1) return bySurname;
  const first = fold(tokens[0]!);
  const forms = [bySurname.name, ...bySurname.variants].filter((n) => n.includes(' ')).map((n) => fold(n.split(/\s+/)[0]!));
  return forms.some((f) => f === first || (first.replace(/\.$/, '').length === 1 && f[0] === first[0])) ? bySurname : undefined;
}
