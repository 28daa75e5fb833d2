/**
 * Lexicons for entity linking: titles (roles), organisation nouns that combine with a country,
 * honorifics, given names with a usual gender, and pronouns.
 *
 * Sources: titles and offices follow the usage of AP and Reuters style guides for government and
 * military offices; given names are frequent forms from public name-frequency tables (US SSA,
 * ONS) and common Ukrainian/Russian/Arabic/Chinese transliterations. Curated by hand; extend freely.
 */

/** A title or office: its canonical display form and, when the word says it, a gender. */
export interface TitleInfo {
  /** Canonical form used in roles ("Foreign Minister"). */
  title: string;
  /** Family of offices for matching descriptions ("the Russian leader" ~ president or prime minister). */
  family: string;
  gender?: 'm' | 'f';
}

/** A lookup table without prototype keys, so that "constructor" or "toString" in a text finds nothing. */
function dict<V>(entries: Record<string, V>): Record<string, V> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

const T = (title: string, family = title.toLowerCase(), gender?: 'm' | 'f'): TitleInfo => (gender ? { title, family, gender } : { title, family });

/** Titles by lower-case phrase (token sequences separated by single spaces; trailing dots dropped). */
export const TITLES: Record<string, TitleInfo> = dict({
  president: T('President', 'head'),
  'vice president': T('Vice President'),
  'vice-president': T('Vice President'),
  'prime minister': T('Prime Minister', 'head'),
  premier: T('Prime Minister', 'head'),
  chancellor: T('Chancellor', 'head'),
  leader: T('Leader', 'head'),
  'supreme leader': T('Supreme Leader', 'head'),
  king: T('King', 'head', 'm'),
  queen: T('Queen', 'head', 'f'),
  pope: T('Pope', 'head', 'm'),
  'foreign minister': T('Foreign Minister'),
  'minister of foreign affairs': T('Foreign Minister', 'foreign minister'),
  'foreign affairs minister': T('Foreign Minister', 'foreign minister'),
  'foreign secretary': T('Foreign Secretary', 'foreign minister'),
  'secretary of state': T('Secretary of State', 'foreign minister'),
  'defence minister': T('Defence Minister'),
  'defense minister': T('Defence Minister', 'defence minister'),
  'minister of defence': T('Defence Minister', 'defence minister'),
  'minister of defense': T('Defence Minister', 'defence minister'),
  'defence secretary': T('Defence Secretary', 'defence minister'),
  'defense secretary': T('Defense Secretary', 'defence minister'),
  'secretary of defense': T('Secretary of Defense', 'defence minister'),
  'interior minister': T('Interior Minister'),
  'finance minister': T('Finance Minister'),
  'economy minister': T('Economy Minister'),
  'energy minister': T('Energy Minister'),
  'justice minister': T('Justice Minister'),
  'health minister': T('Health Minister'),
  'home secretary': T('Home Secretary'),
  'treasury secretary': T('Treasury Secretary'),
  'deputy foreign minister': T('Deputy Foreign Minister'),
  'deputy prime minister': T('Deputy Prime Minister'),
  'deputy defence minister': T('Deputy Defence Minister'),
  'deputy defense minister': T('Deputy Defence Minister', 'deputy defence minister'),
  minister: T('Minister'),
  'national security adviser': T('National Security Adviser'),
  'national security advisor': T('National Security Adviser', 'national security adviser'),
  'security adviser': T('Security Adviser'),
  adviser: T('Adviser'),
  advisor: T('Adviser', 'adviser'),
  aide: T('Aide', 'adviser'),
  'special envoy': T('Special Envoy', 'envoy'),
  envoy: T('Envoy'),
  ambassador: T('Ambassador'),
  spokesperson: T('Spokesperson'),
  spokesman: T('Spokesperson', 'spokesperson', 'm'),
  spokeswoman: T('Spokesperson', 'spokesperson', 'f'),
  'press secretary': T('Press Secretary', 'spokesperson'),
  commander: T('Commander'),
  'commander-in-chief': T('Commander-in-Chief', 'commander'),
  'commander in chief': T('Commander-in-Chief', 'commander'),
  'chief of staff': T('Chief of Staff'),
  'chief of the general staff': T('Chief of the General Staff', 'commander'),
  general: T('General', 'commander'),
  gen: T('General', 'commander'),
  'lt gen': T('Lieutenant General', 'commander'),
  'maj gen': T('Major General', 'commander'),
  colonel: T('Colonel', 'commander'),
  col: T('Colonel', 'commander'),
  admiral: T('Admiral', 'commander'),
  adm: T('Admiral', 'commander'),
  'secretary-general': T('Secretary-General'),
  'secretary general': T('Secretary-General', 'secretary-general'),
  senator: T('Senator'),
  sen: T('Senator', 'senator'),
  representative: T('Representative'),
  rep: T('Representative', 'representative'),
  congressman: T('Representative', 'representative', 'm'),
  congresswoman: T('Representative', 'representative', 'f'),
  governor: T('Governor'),
  gov: T('Governor', 'governor'),
  mayor: T('Mayor'),
  speaker: T('Speaker'),
  ombudsman: T('Ombudsman'),
  prosecutor: T('Prosecutor'),
  'prosecutor general': T('Prosecutor General', 'prosecutor'),
  'attorney general': T('Attorney General'),
  chairman: T('Chairman', 'chair', 'm'),
  chairwoman: T('Chairwoman', 'chair', 'f'),
  chair: T('Chair'),
  director: T('Director'),
  'director general': T('Director General', 'director'),
  'director-general': T('Director General', 'director'),
  head: T('Head'),
  chief: T('Chief'),
  'chief executive': T('Chief Executive'),
  ceo: T('Chief Executive', 'chief executive'),
  negotiator: T('Negotiator'),
  'chief negotiator': T('Chief Negotiator', 'negotiator'),
  diplomat: T('Diplomat'),
  lawmaker: T('Lawmaker'),
  mp: T('Member of Parliament', 'lawmaker'),
  mep: T('Member of the European Parliament', 'lawmaker'),
  // British offices written with capitals after "the" ("the Lord Chancellor said", "the Chief Constable told")
  'lord chancellor': T('Lord Chancellor'),
  'chief constable': T('Chief Constable'),
  headteacher: T('Headteacher', 'head teacher'),
  'head teacher': T('Head Teacher'),
});

/** Longest title length in tokens, to bound backward matching. */
export const MAX_TITLE_TOKENS = 4;

/** Words that may precede a title without changing it ("former", "senior"); kept in the role only when they matter. */
export const TITLE_MODIFIERS = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'senior', 'top', 'chief', 'deputy', 'first', 'new', 'veteran', 'longtime', 'current', 'late']);

/**
 * Domain words that qualify a title written before a name and are kept in the role as its field:
 * "EU foreign policy chief", "opposition leader", "separatist commander", "press secretary".
 * Source: the qualifiers seen before titles in ../shared/corpus/real (2014 Ukraine and BBC 2004–05
 * news), a closed list so that a verb or noun before a title ("told leader X") is never taken in.
 */
export const ROLE_FIELDS = new Set([
  'foreign', 'policy', 'opposition', 'defense', 'defence', 'security', 'intelligence', 'military', 'army',
  'party', 'parliamentary', 'separatist', 'rebel', 'militia', 'police', 'health', 'finance', 'economy',
  'economic', 'trade', 'energy', 'interior', 'justice', 'presidential', 'campaign', 'communications',
  'press', 'national', 'government', 'union', 'nuclear', 'rights', 'human', 'climate', 'border', 'navy',
  'naval', 'air', 'force', 'opposition', 'protest', 'insurgent', 'guerrilla', 'tribal', 'regional',
  'provincial', 'local', 'city', 'state', 'federal', 'labour', 'labor', 'conservative', 'liberal',
  'socialist', 'communist', 'nationalist', 'pro-russian', 'pro-russia', 'pro-western', 'pro-kremlin',
  'humanitarian', 'election', 'media', 'legal', 'medical', 'war', 'peace', 'aid', 'emergency', 'education', 'culture', 'transport', 'agriculture',
]);

/** Modifiers kept in the role text. */
export const ROLE_KEPT_MODIFIERS = new Set(['former', 'acting', 'interim', 'deputy', 'first']);

/** Honorifics: stripped from names, telling gender where they can. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = dict({
  mr: 'm', mister: 'm', sir: 'm', lord: 'm', baron: 'm', mrs: 'f', ms: 'f', miss: 'f', madam: 'f', dame: 'f', lady: 'f', baroness: 'f', dr: null, prof: null, professor: null,
});

/**
 * Organisation nouns that combine with a country ("Ukraine's air force", "the Russian Defense Ministry").
 * `name` is the canonical form; "{adj}" is replaced by the country's adjective. `country` fixes the
 * country when the phrase alone names one ("State Department").
 */
export interface OrgNoun {
  name: string;
  country?: string;
}

export const ORG_NOUNS: Record<string, OrgNoun> = dict({
  'air force': { name: '{adj} Air Force' },
  'air forces': { name: '{adj} Air Force' },
  navy: { name: '{adj} Navy' },
  army: { name: '{adj} Army' },
  'armed forces': { name: '{adj} Armed Forces' },
  'general staff': { name: 'General Staff of the {adj} Armed Forces' },
  'defense ministry': { name: '{adj} Ministry of Defence' },
  'defence ministry': { name: '{adj} Ministry of Defence' },
  'ministry of defense': { name: '{adj} Ministry of Defence' },
  'ministry of defence': { name: '{adj} Ministry of Defence' },
  'foreign ministry': { name: '{adj} Ministry of Foreign Affairs' },
  'ministry of foreign affairs': { name: '{adj} Ministry of Foreign Affairs' },
  'interior ministry': { name: '{adj} Ministry of Internal Affairs' },
  'ministry of internal affairs': { name: '{adj} Ministry of Internal Affairs' },
  'finance ministry': { name: '{adj} Ministry of Finance' },
  'justice ministry': { name: '{adj} Ministry of Justice' },
  'health ministry': { name: '{adj} Ministry of Health' },
  'energy ministry': { name: '{adj} Ministry of Energy' },
  'emergency services': { name: '{adj} State Emergency Service' },
  'emergencies ministry': { name: '{adj} Ministry of Emergency Situations' },
  'border guard service': { name: '{adj} Border Guard Service' },
  'border guards': { name: '{adj} Border Guard Service' },
  'security service': { name: '{adj} Security Service' },
  'national guard': { name: '{adj} National Guard' },
  'coast guard': { name: '{adj} Coast Guard' },
  'central bank': { name: '{adj} Central Bank' },
  'foreign office': { name: 'Foreign, Commonwealth and Development Office', country: 'GB' },
  'state department': { name: 'United States Department of State', country: 'US' },
  'department of state': { name: 'United States Department of State', country: 'US' },
  'defense department': { name: 'United States Department of Defense', country: 'US' },
  'department of defense': { name: 'United States Department of Defense', country: 'US' },
  'treasury department': { name: 'United States Department of the Treasury', country: 'US' },
});

/** Longest organisation noun in tokens. */
export const MAX_ORG_TOKENS = 4;

/** How a country is named when it qualifies an institution, where its demonym is not used ("United States Navy"). */
export const INSTITUTION_ADJECTIVE: Record<string, string> = dict({ US: 'United States' });

/** Weekdays, months and day words: dates the tagger may run into or call a person (lower case). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'tonight']);

/** Given names with a usual gender (lower case). */
export const MALE_NAMES = new Set(`
volodymyr vladimir sergei sergey serhiy yuri yuriy dmitry dmitri dmytro andriy andrii andrei andrey oleksandr alexander
alexei alexey oleksiy mikhail mykhailo mykola nikolai viktor petro pyotr ivan igor ihor boris denys denis ruslan vitali
vitaliy kyrylo kirill valery valeriy arseniy anatoly anatoliy yevgeny evgeny yevhen roman maxim maksym pavlo pavel
ramzan sergiy vasyl vasily gennady hennadiy leonid rustem artem mikheil
donald joe joseph barack george bill william john james robert michael david richard thomas charles christopher daniel
matthew mark marco anthony tony steven steve stephen paul andrew kenneth kevin brian edward ronald timothy jason jeffrey
ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick
jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger
gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny mike jim tom dan rex lloyd antony
keir rishi boris emmanuel olaf friedrich recep benjamin bibi naftali yair mahmoud ismail yahya hassan hossein ali mohammed
muhammad ahmed abdel abdul bashar xi li wang jens mark dick lindsey chuck mitch hakeem jake jd pete rand
narendra shinzo fumio justin jair luis lula andres pedro viktor aleksandar alexis giorgos kyriakos matteo giuseppe silvio
mario pierre francois jacques gerhard helmut frank-walter wolfgang karl
`.trim().split(/\s+/));

export const FEMALE_NAMES = new Set(`
yulia yuliya julia olena elena maria mariya iryna irina natalia nataliya olga tetiana tatiana svetlana oksana anna
ekaterina kateryna liudmyla lyudmila valentina marina maryna victoria viktoriia daria darya alina sofia kamala hillary
nancy mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa betty margaret sandra ashley kimberly
emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley
brenda emma pamela nicole helen samantha katherine christine debra rachel carolyn janet catherine heather diane ruth
julie olivia joyce virginia kelly christina lauren joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria
teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori ursula angela theresa liz kristi kaja
annalena giorgia marine ségolène segolene christine kaja tulsi nikki marjorie condoleezza madeleine samantha linda
`.trim().split(/\s+/));

/** Third-person pronouns this stage resolves, with what they agree with. */
export interface PronounInfo {
  gender: 'm' | 'f' | 'n' | 'p';
}

export const PRONOUNS: Record<string, PronounInfo> = dict({
  he: { gender: 'm' }, him: { gender: 'm' }, his: { gender: 'm' }, himself: { gender: 'm' },
  she: { gender: 'f' }, her: { gender: 'f' }, hers: { gender: 'f' }, herself: { gender: 'f' },
  its: { gender: 'n' }, itself: { gender: 'n' },
  they: { gender: 'p' }, them: { gender: 'p' }, their: { gender: 'p' }, themselves: { gender: 'p' },
});
