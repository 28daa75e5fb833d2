/**
 * Event trigger lexicon: lemma → PLOVER 2.0 type, mode and argument pattern.
 *
 * Sources: the category definitions, mode tables and keyword lists of the PLOVER 2.0 manual
 * (Open Event Data Alliance, CC BY-SA 4.0) and the CAMEO 1.1b3 verb classes it adapts; words chosen by hand.
 * Data only: the stage in ../extract.ts reads it.
 *
 * Fields:
 * - `type`: PLOVER event type; `mode`: PLOVER mode when the word alone tells it.
 * - `particle`: the trigger only counts when one of these words follows within two tokens ("pull out", "call for").
 * - `prep`: the trigger only counts with one of these prepositions after it ("talk with", "speak to").
 * - `objects`: the trigger only counts when one of these nouns follows within four tokens ("impose sanctions").
 * - `speech`: a verbal act (its content may be reported as a quote).
 * - `pattern`: how arguments are read: `svo` (subject acts on object, the default), `intercept` (subject
 *   downs the object's weapons: the attack is by the weapons' owner), `reciprocal` (coordinated subjects act together).
 * - `qtyRole`: role of a counted object ("launched 90 drones" → launched).
 */
export interface TriggerEntry {
  type: string;
  mode?: string;
  particle?: string[];
  prep?: string[];
  objects?: string[];
  /** The trigger only counts when one of these words comes within five tokens before it ("protesters gathered"). */
  subjects?: string[];
  /** With subjects: the verb counts with any object too ("rioters torched cars"), not only intransitive. */
  anyObject?: boolean;
  /** The trigger does not count when one of these words comes within three tokens before it ("shares rallied"). */
  notSubjects?: string[];
  /** The trigger does not count when one of these nouns follows within five tokens ("ordered planes" is a purchase). */
  notObjects?: string[];
  /** How many words after the verb `objects` are looked for (default 5): a warning's that-clause can be long. */
  objectsWindow?: number;
  /** The trigger does not count when one of these words is among the next two ("deployed capital", not "deployed tanks to the capital"). */
  notNext?: string[];
  /** With notObjects: a number after the verb also stops it ("ordered 30 planes", "beaten 5-0"). */
  noCount?: boolean;
  speech?: boolean;
  /** The trigger only counts when one of these words is in its sentence ("targeted the bank" is a sanction only where sanctions are spoken of). */
  context?: string[];
  /**
   * The trigger only counts as an order to quit a territory: "to leave/quit" or "out of" within eight words, then the
   * country, region, province … or a place's name ("told X to leave the country", "ordered aid workers out of the region").
   */
  leaving?: boolean;
  pattern?: 'svo' | 'intercept' | 'reciprocal';
  qtyRole?: string;
}

const T = (type: string, extra: Omit<TriggerEntry, 'type'> = {}): TriggerEntry => ({ type, ...extra });

const MEET_PREP = ['with', 'to'];
const SANCTION_OBJ = ['sanction', 'sanctions', 'embargo', 'embargoes', 'tariff', 'tariffs', 'restrictions', 'ban', 'boycott'];
/** What one attacks in words: policies, claims, records, and the grounds of a criticism ("for failing", "as vacuous"). */
const VERBAL_OBJECTS = ['as', 'way', 'plans', 'plan', 'proposals', 'proposal', 'pledges', 'pledge', 'policy', 'policies', 'decision', 'remarks', 'comments', 'claims', 'record',
  'speech', 'manifesto', 'budget', 'idea', 'ideas', 'handling', 'stance', 'failure', 'failing', 'refusing', 'ignoring', 'allowing', 'trying', 'reforms', 'bill', 'legislation',
  'strategy', 'approach', 'leadership', 'views', 'statement', 'report', 'tactics', 'campaign', 'attitude', 'rhetoric', 'credibility', 'critics'];
/** What one fights for or back to on the sports pages ("fought back to win 6-4", "fighting for the number two ranking", "keep fighting"). */
const SPORT_CONTEST = ['win', 'hold', 'level', 'draw', 'ranking', 'title', 'place', 'places', 'spot', 'points', 'point', 'set', 'match', 'game', 'lead', 'equalise', 'equalize', 'survival', 'fitness', 'form', 'cup', 'medal', 'number'];
/** Injuries of sport and daily life ("injured his knee", "go off injured"): no assault. */
const BODY_PARTS = ['knee', 'ankle', 'wrist', 'hamstring', 'shoulder', 'back', 'groin', 'calf', 'thigh', 'foot', 'hand', 'elbow', 'neck', 'it', 'himself', 'herself', 'early', 'again', 'during', 'playing', 'training', 'off', 'match', 'game'];
/** Deaths by mishap ("killed in an accident during an exercise", "killed in a car crash"): no assault. */
const MISHAPS = ['accident', 'accidents', 'crash', 'collision', 'avalanche', 'earthquake', 'flood', 'floods', 'landslide', 'storm', 'tsunami', 'lightning'];
/** What sanctions target ("targeted the bank", "companies targeted by the sanctions"): SANCTION, not an attack (manual, SANCTION). */
const SANCTION_TARGETS = ['bank', 'banks', 'company', 'companies', 'firms', 'firm', 'assets', 'sector', 'sectors', 'oligarchs', 'officials', 'individuals', 'businessmen', 'exports', 'imports', 'sanctions', 'sanction', 'list', 'accounts', 'industry', 'economy'];
const CURFEW_OBJ = ['curfew', 'martial', 'emergency', 'lockdown'];
const PROTESTERS = ['protesters', 'protestors', 'demonstrators', 'activists', 'crowds', 'crowd', 'marchers', 'strikers', 'supporters', 'opponents', 'students', 'workers', 'thousands', 'hundreds', 'people'];
/** Groups that block roads in protest ("farmers blocked highways"). */
const PROTESTERS_AND_TRADES = ['striking', 'protesting', 'supporters', 'opponents', 'youths', 'crowds', 'protesters', 'protestors', 'demonstrators', 'activists', 'farmers', 'truckers', 'drivers', 'workers', 'strikers', 'students', 'residents', 'villagers', 'miners', 'fishermen', 'taxi'];
/** What is released that is no person: records, films, figures, statements. */
/** Things a server, a city or a broadcaster hosts that are no visit (manual, CONSULT: "host" is receiving a visitor). */
const HOSTED_THINGS = ['file', 'files', 'website', 'websites', 'site', 'sites', 'page', 'pages', 'content', 'data', 'server', 'servers', 'video', 'videos',
  'games', 'olympics', 'tournament', 'championship', 'cup', 'final', 'festival', 'concert', 'show', 'program', 'programme', 'podcast', 'party', 'fans', 'exhibition', 'race'];
const MEDIA_OBJ = ['album', 'albums', 'single', 'singles', 'film', 'films', 'movie', 'movies', 'record', 'records', 'track', 'tracks', 'song', 'songs', 'dvd', 'game', 'games', 'results', 'figures', 'statement', 'report', 'version', 'details', 'book', 'data', 'video', 'trailer', 'debut', 'ep', 'soundtrack', 'edition', 'update', 'software', 'product', 'products', 'phone', 'console', 'funds', 'money', 'cash', 'photos', 'pictures', 'images'];
/** "Beat" is an assault when people are beaten: a person as object, or a passive with its agent or result. */
const BEAT_MARKERS = ['him', 'her', 'them', 'me', 'us', 'protesters', 'demonstrators', 'prisoners', 'inmates', 'journalists', 'activists', 'detainees', 'man', 'woman', 'men', 'women', 'people', 'civilians', 'students', 'by', 'up', 'to', 'unconscious', 'severely', 'badly', 'brutally', 'savagely', 'repeatedly', 'with', 'wife', 'husband', 'child', 'children', 'boy', 'girl', 'reporter', 'photographer', 'opposition', 'supporters',
  'suspect', 'suspects', 'prisoner', 'detainee', 'inmate', 'protester', 'demonstrator', 'journalist', 'villagers', 'victim', 'victims',
  // ("The prisoners beat a guard", "Inmates beat two warders"; session 9)
  'guard', 'guards', 'warder', 'warders', 'warden', 'policeman', 'policemen', 'officer', 'officers', 'soldier', 'soldiers'];
/**
 * People, the only objects that make kicking, punching, whipping or clubbing an assault ("kicked and punched the
 * inmates", "were flogged by guards"; not "kicked off the season", "punched the air", "whipped up support").
 */
const PEOPLE_STRUCK = BEAT_MARKERS.filter((w) => !/^(?:by|up|to|with|unconscious|severely|badly|brutally|savagely|repeatedly|opposition)$/.test(w));
/**
 * Whom an expulsion from a territory sends away as a state's or an agency's mission (SANCTION 'expel', CAMEO 166:
 * diplomats, peacekeepers, inspectors and monitors, aid agencies and their workers); other people are deported (COERCE).
 */
const EXPELLED_MISSIONS = ['ambassador', 'diplomats', 'diplomat', 'envoy', 'attache', 'inspectors', 'peacekeepers', 'monitors', 'observers', 'agencies', 'mission',
  'aid', 'relief', 'humanitarian', 'ngos', 'charities'];
/** Acts a government orders done ("ordered the expulsion of the ambassador"): the act is the event, not a request. */
const ORDERED_ACTS = ['detention', 'expulsion', 'arrest', 'arrests', 'closure', 'withdrawal', 'deployment', 'suspension', 'release', 'evacuation', 'mobilization', 'mobilisation', 'curfew', 'blockade', 'ban'];
/** Sports sides and fixtures that "clash" on the back pages. */
const SPORT_SIDES = ['nations', 'cup', 'final', 'match', 'league', 'teams', 'team', 'sides', 'side', 'champions', 'united', 'city', 'fc', 'game', 'tie', 'derby', 'rugby', 'football', 'premiership', 'semi-final', 'quarter-final'];
/** What rallies, storms or climbs in business and sports pages ("shares rallied"). */
const MARKETS = ['shares', 'stocks', 'markets', 'market', 'prices', 'price', 'dollar', 'euro', 'pound', 'yen', 'sterling', 'index', 'bonds', 'oil', 'gold', 'currency', 'currencies', 'nasdaq', 'dow', 'ftse', 'nikkei', 'team', 'side', 'champions'];
/** What is given that is no aid: speeches, apologies, interviews, sentences. */
const GIVE_NOT = ['order', 'orders', 'go-ahead', 'speech', 'interview', 'interviews', 'apology', 'statement', 'warning', 'ultimatum', 'threat', 'threats', 'approval', 'assurance', 'assurances', 'details', 'evidence', 'testimony', 'address', 'briefing', 'impression', 'reason', 'chance', 'opportunity', 'priority', 'signal', 'way', 'answer', 'account', 'accounts', 'figures', 'estimate', 'estimates', 'version', 'views', 'view', 'advice', 'information', 'example', 'examples', 'update', 'press', 'lecture', 'name', 'names', 'sentence', 'verdict', 'award', 'prize', 'title', 'birth', 'thanks', 'permission', 'nod',
  // ("gave them a week to leave": time allowed)
  'week', 'weeks', 'days', 'hours', 'months', 'time'];
/** Natural killers ("Heavy rains have killed 30"): no one assaults anyone. */
const NATURAL_CAUSES = ['rain', 'rains', 'floods', 'flood', 'flooding', 'storm', 'storms', 'earthquake', 'quake', 'landslide', 'landslides', 'avalanche', 'cyclone', 'hurricane', 'typhoon', 'tornado', 'disease', 'epidemic', 'outbreak', 'virus', 'cholera', 'malaria', 'heatwave', 'drought', 'famine', 'cold', 'tsunami', 'blizzard', 'snow'];
/** Debts forgiven (AID in the manual: "agreed to forgive $200 of Nigeria's $350 million in loan obligations"). */
export const DEBT_OBJ = ['debt', 'debts', 'loan', 'loans', 'obligations', '$', 'arrears'];
/** Police and armed forces: what they free is rescued (AID), not released (RETREAT). */
const SECURITY_FORCES = ['police', 'policemen', 'troops', 'soldiers', 'army', 'military', 'commandos', 'forces', 'marines', 'special'];
/** "declined to comment", "refused to give details": a spokesman's silence is no refusal of anything. */
const NO_COMMENT = ['comment', 'comments', 'elaborate', 'speculate', 'disclose', 'confirm', 'name', 'identify', 'drawn', 'details', 'say', 'reveal', 'discuss', 'specify'];
const TIES_OBJ = ['ties', 'relations', 'contacts', 'cooperation', 'relationship'];
/** Who riots or damages property in protest (PROTEST 'riot', 'vandalize'). */
const RIOTERS = ['angry', 'rioters', 'protesters', 'protestors', 'demonstrators', 'mobs', 'mob', 'youths', 'crowds', 'crowd', 'students', 'strikers', 'looters', 'fans', 'supporters', 'residents', 'villagers'];
/** Who goes on strike (PROTEST 'strike'). */
const STRIKERS = ['workers', 'employees', 'teachers', 'doctors', 'nurses', 'miners', 'unions', 'union', 'staff', 'pilots', 'dockers', 'drivers', 'truckers', 'civil', 'servants', 'journalists', 'lawyers', 'students', 'farmers', 'traders', 'shopkeepers', 'merchants', 'transport', 'railway', 'port'];
/** Military and police means sent or moved (MOBILIZE 'troops', 'weapons', 'police'). */
const FORCES_OBJ = ['troops', 'soldiers', 'forces', 'reinforcements', 'warships', 'warship', 'ships', 'tanks', 'jets', 'bombers', 'warplanes', 'police', 'policemen', 'units', 'carrier', 'carriers', 'destroyer', 'destroyers', 'frigate', 'frigates', 'submarine', 'submarines', 'fleet', 'battleship', 'battleships', 'paratroopers', 'marines', 'commandos', 'gendarmes', 'militiamen', 'fighters', 'battalion', 'battalions', 'brigade', 'brigades', 'division', 'divisions', 'armour', 'armor', 'artillery', 'missiles', 'helicopters', 'aircraft', 'gunboats', 'personnel', 'guards', 'reservists', 'army', 'navy'];
/** What a state stops giving another (SANCTION 'discontinue'). */
const EXCHANGE_OBJ = ['aid', 'assistance', 'loan', 'loans', 'tranche', 'funds', 'funding', 'payments', 'money', 'credits', 'credit', 'imports', 'exports', 'trade', 'deliveries', 'shipments', 'supplies', 'flights', 'cooperation', 'investment', 'subsidies'];
/** Public goods withheld from a population (COERCE 'withhold'). */
const PUBLIC_GOODS = ['water', 'electricity', 'power', 'internet', 'fuel', 'gas', 'food', 'phone', 'telephone', 'communications', 'mobile'];
/** Organisations, treaties and talks one withdraws from (SANCTION 'withdraw'). */
const BODIES_OBJ = ['treaty', 'agreement', 'talks', 'negotiations', 'accord', 'pact', 'organization', 'organisation', 'alliance', 'coalition', 'commonwealth', 'federation', 'council', 'league', 'convention', 'process', 'conference', 'mission'];
/** Weapons and forces that strike (ASSAULT by a means: "warplanes hit the camp"). */
const STRIKING = ['aircraft', 'jets', 'warplanes', 'planes', 'helicopters', 'gunships', 'drones', 'missiles', 'missile', 'rockets', 'rocket', 'shells', 'shell', 'artillery', 'mortars', 'mortar', 'troops', 'forces', 'soldiers', 'army', 'bombers', 'tanks', 'gunboats', 'warships', 'militants', 'rebels', 'guerrillas', 'gunmen', 'fighters', 'insurgents', 'airstrikes', 'airstrike', 'bomb', 'bombs', 'landmine', 'landmines'];

/** Verb lemmas. A lemma may have several senses, tried in order. */
export const VERBS: Record<string, TriggerEntry[]> = {
  // AGREE: agree to, offer, promise, indicate willingness to cooperate
  agree: [T('AGREE')], offer: [T('AGREE')], promise: [T('AGREE')], pledge: [T('AGREE')],
  accept: [T('CONCEDE', { objects: ['demands', 'demand', 'conditions', 'terms', 'resignation'] }), T('AGREE')],
  consent: [T('AGREE')], accede: [T('AGREE')],
  // CONSULT: meetings, visits, calls, talks
  meet: [T('CONSULT')], visit: [T('CONSULT', { mode: 'visit' })], host: [T('CONSULT', { mode: 'visit', notObjects: HOSTED_THINGS })],
  telephone: [T('CONSULT', { mode: 'phone' })], phone: [T('CONSULT', { mode: 'phone' })],
  talk: [T('CONSULT', { prep: MEET_PREP })], speak: [T('CONSULT', { prep: ['with'] })],
  discuss: [T('CONSULT')], negotiate: [T('CONSULT')], consult: [T('CONSULT')], confer: [T('CONSULT')],
  mediate: [T('CONSULT', { mode: 'third-party' })], arrive: [T('CONSULT', { mode: 'visit', prep: ['in'] })],
  // "received the visiting foreign minister": hosting a visitor (CONSULT 'visit'); a letter or an award received is none
  receive: [T('CONSULT', { mode: 'visit', objects: ['visiting', 'delegation', 'counterpart', 'envoy', 'emissary'], objectsWindow: 3 })],
  // SUPPORT: praise, endorse, diplomatic cooperation
  praise: [T('SUPPORT')], welcome: [T('SUPPORT')], commend: [T('SUPPORT')], endorse: [T('SUPPORT')],
  support: [T('SUPPORT', { notObjects: ['actor', 'actress', 'role', 'roles', 'cast', 'act', 'acts', 'character', 'characters', 'band', 'slot', 'player', 'players'] })], applaud: [T('SUPPORT')], hail: [T('SUPPORT')], approve: [T('SANCTION', { mode: 'discontinue', objects: ['sanctions', 'embargo', 'embargoes'] }), T('SUPPORT')], adopt: [T('SANCTION', { mode: 'discontinue', objects: ['sanctions', 'embargo'] })],
  ratify: [T('SUPPORT')], recognize: [T('SUPPORT')], recognise: [T('SUPPORT')], congratulate: [T('SUPPORT')],
  apologize: [T('SUPPORT')], apologise: [T('SUPPORT')], defend: [T('SUPPORT', { notObjects: ['title', 'titles', 'crown', 'championship', 'trophy', 'lead', 'record', 'seat', 'goal', 'line', 'well', 'deep'] })], back: [T('SUPPORT')],
  upgrade: [T('SUPPORT', { objects: TIES_OBJ })], establish: [T('SUPPORT', { objects: TIES_OBJ })],
  restore: [T('SUPPORT', { objects: TIES_OBJ })],
  // signing a formal agreement is CAMEO 057, SUPPORT in the PLOVER gold (not AGREE)
  sign: [T('SUPPORT')],
  // CONCEDE: verbal concessions, easing restrictions
  ease: [T('CONCEDE')], allow: [T('CONCEDE')], permit: [T('CONCEDE')],
  cancel: [T('REJECT', { mode: 'meet', objects: ['meeting', 'meetings', 'talks', 'visit', 'summit', 'trip', 'negotiations'] }), T('CONCEDE', { objects: ['restrictions', 'ban', 'curfew', 'sanctions', 'law', 'decree', 'order', 'charges'] })],
  shorten: [T('CONCEDE', { objects: ['curfew'] })], forgive: [T('AID', { objects: DEBT_OBJ, objectsWindow: 11 }), T('CONCEDE')], pardon: [T('CONCEDE')], amnesty: [T('CONCEDE')], relax: [T('CONCEDE')], concede: [T('CONCEDE')], lift: [T('CONCEDE')],
  // COOPERATE: mutual material cooperation
  cooperate: [T('COOPERATE')], share: [T('COOPERATE', { prep: ['with'] })], collaborate: [T('COOPERATE')], extradite: [T('COOPERATE')],
  // AID: material aid
  aid: [T('AID')], grant: [T('AID')], donate: [T('AID')], provide: [T('AID')], supply: [T('AID')],
  deliver: [T('AID')], contribute: [T('AID')], fund: [T('AID')], finance: [T('AID')], lend: [T('AID')], loan: [T('AID')], 
  send: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ.filter((x) => x !== 'aircraft' && x !== 'personnel') }), T('AID', { objects: ['aid', 'food', 'supplies', 'assistance', 'relief', 'medicine', 'medicines', 'weapons', 'arms', 'money', 'grant'] })],
  // RETREAT: withdrawals, releases, resignations, ceasefires observed
  withdraw: [T('SANCTION', { mode: 'withdraw', objectsWindow: 8, objects: ['aid', 'assistance', 'ambassador', 'envoy', 'observers', 'support', 'funding', 'diplomats', 'recognition', 'monitors', 'inspectors', 'mediator', 'mediation', 'peacekeepers', 'delegates', 'delegation', ...BODIES_OBJ] }), T('RETREAT', { mode: 'withdraw' })],
  // "ended its mediation" (SANCTION 'withdraw' from a mediation activity, CAMEO 165)
  end: [T('SANCTION', { mode: 'withdraw', objects: ['mediation'], objectsWindow: 3 })], retreat: [T('RETREAT', { mode: 'withdraw' })],
  pull: [T('SANCTION', { mode: 'withdraw', particle: ['out'], objects: [...BODIES_OBJ, 'ambassador', 'diplomats', 'envoy', 'observers', 'monitors', 'inspectors', 'peacekeepers', 'agencies', 'delegates', 'force', 'staff', 'workers'] }), T('RETREAT', { mode: 'withdraw', particle: ['out', 'back'] })], evacuate: [T('RETREAT', { mode: 'withdraw' })],
  // releasing an album, a film or figures is no release of people
  release: [T('RETREAT', { mode: 'release', notObjects: MEDIA_OBJ })], free: [T('AID', { subjects: SECURITY_FORCES, anyObject: true }), T('RETREAT', { mode: 'release' })],
  // the manual's AID note: hostage rescues ("Pakistan's military rescued 10 hostages", "Police … freed 10 trafficking victims")
  rescue: [T('AID')],
  // laying down arms is disarming (RETREAT 'disarm'); refused or negated it is a refusal (see extract.ts)
  lay: [T('RETREAT', { mode: 'disarm', particle: ['down'], objects: ['arms', 'weapons', 'guns'] })],
  slit: [T('ASSAULT', { mode: 'primitive', objects: ['throat', 'throats'] })],
  repatriate: [T('RETREAT', { mode: 'release' })], resign: [T('RETREAT', { mode: 'resign' })],
  step: [T('RETREAT', { mode: 'resign', particle: ['down'] })], disarm: [T('RETREAT', { mode: 'disarm' })],
  cede: [T('RETREAT', { mode: 'withdraw' })], surrender: [T('RETREAT')],
  hand: [T('AID', { particle: ['over', 'out'], objects: ['medicine', 'medicines', 'aid', 'food', 'supplies', 'relief', 'money', 'grant', 'equipment', 'kg', 'tons', 'tonnes'] }), T('RETREAT', { mode: 'release', particle: ['over', 'back'] })],
  return: [T('ASSAULT', { mode: 'firearms', objects: ['fire', 'gunfire'] }), T('RETREAT', { mode: 'release', objects: ['weapons', 'prisoners', 'hostages', 'refugees', 'property', 'territory', 'bodies', 'land', 'captives', 'helicopter', 'equipment'] })],
  demobilize: [T('RETREAT', { mode: 'disarm' })], demobilise: [T('RETREAT', { mode: 'disarm' })],
  // REQUEST: requests, demands, orders
  demand: [T('REQUEST', { speech: true })], urge: [T('REQUEST', { speech: true })], ask: [T('REQUEST', { speech: true })],
  appeal: [T('REQUEST', { speech: true })], request: [T('REQUEST', { speech: true })],
  // ("called out the army to restore order": troops brought out, as 'call up')
  call: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', particle: ['up'] }), T('MOBILIZE', { mode: 'troops', particle: ['out', 'in'], objects: ['army', 'troops', 'military', 'guard', 'soldiers', 'reserves', 'reservists', 'police'], objectsWindow: 4 }), T('REQUEST', { speech: true, particle: ['for', 'on', 'upon'] }),
    // "called a general strike": the organisers' protest (no 'for': a call for a strike is a request)
    // "called off the strike" ends a protest (CONCEDE); calling off talks or a visit is a REJECT 'meet' (the manual's SANCTION note)
    T('CONCEDE', { particle: ['off'], objects: ['strike', 'strikes', 'protest', 'protests', 'boycott', 'blockade', 'march', 'demonstration', 'rally', 'walkout', 'sit-in', 'offensive'] }),
    T('REJECT', { mode: 'meet', particle: ['off'], objects: ['talks', 'meeting', 'meetings', 'visit', 'summit', 'trip', 'negotiations'] }),
    T('PROTEST', { mode: 'strike', objects: ['strike', 'strikes', 'walkout', 'shutdown', 'stoppage'], notObjects: ['off'] }), T('PROTEST', { mode: 'demo', objects: ['demonstration', 'demonstrations', 'rally', 'protest', 'protests'], notObjects: ['off'] })],

  press: [T('REQUEST', { speech: true, particle: ['for'] })], seek: [T('REQUEST')], plead: [T('REQUEST', { speech: true })],
  insist: [T('REQUEST', { speech: true, particle: ['on', 'upon'] })], invite: [T('REQUEST', { speech: true })], order: [T('SANCTION', { mode: 'expel', objects: ['ambassador', 'diplomats', 'diplomat', 'envoy', 'attache'] }),
    // ("ordered the U.N. inspectors to leave the country": CAMEO 166 expel peacekeepers, inspectors, aid agencies)
    T('SANCTION', { mode: 'expel', objects: ['inspectors', 'inspection', 'peacekeepers', 'monitors', 'observers', 'agencies'], objectsWindow: 8, context: ['leave', 'quit'] }),
    // ("ordered aid workers out of the region", "ordered the journalists to leave the country within 48 hours": an order
    // backed by authority to quit a territory is an expulsion, as with 'tell' below — SANCTION 'expel' for diplomats,
    // monitors, agencies, COERCE 'deport' for other people; not "ordered pizza", "ordered an inquiry")
    T('SANCTION', { mode: 'expel', objects: EXPELLED_MISSIONS, objectsWindow: 6, leaving: true }),
    T('COERCE', { mode: 'deport', leaving: true }),
    T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: ['troops', 'soldiers', 'forces', 'reinforcements', 'warships', 'tanks', 'reservists', 'units', 'carrier', 'carriers', 'destroyers', 'frigates', 'fleet', 'paratroopers', 'marines', 'battalions', 'police'] }), T('REQUEST', { noCount: true, notObjects: [...ORDERED_ACTS, 'planes', 'aircraft', 'jets', 'jetliners', 'airliners', 'ships', 'cards', 'copies', 'orders', 'vehicles', 'cars', 'trains', 'engines', 'parts', 'products', 'goods'] })], summon: [T('ACCUSE', { mode: 'disapprove' })],
  // "told foreign correspondents to leave the country within 48 hours": an order to quit a territory is an expulsion —
  // SANCTION 'expel' for diplomats, monitors, agencies (CAMEO 166), COERCE 'deport' for other people (the manual's
  // ambiguities: deportations of individuals are COERCE); extract.ts checks 'to leave/quit' and the territory named
  tell: [T('SANCTION', { mode: 'expel', objects: EXPELLED_MISSIONS, objectsWindow: 6, leaving: true }),
    T('COERCE', { mode: 'deport', leaving: true })],
  pressure: [T('REQUEST')], pressurize: [T('REQUEST')],
  // ACCUSE: disapprove, allege, investigate
  accuse: [T('ACCUSE', { mode: 'allege', speech: true })], allege: [T('ACCUSE', { mode: 'allege', speech: true })],
  charge: [T('ACCUSE', { mode: 'allege' })], indict: [T('ACCUSE', { mode: 'allege' })], sue: [T('ACCUSE', { mode: 'allege' })],
  blame: [T('ACCUSE', { mode: 'allege', speech: true })],
  condemn: [T('ACCUSE', { mode: 'disapprove', speech: true })], criticize: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  criticise: [T('ACCUSE', { mode: 'disapprove', speech: true })], denounce: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  deplore: [T('ACCUSE', { mode: 'disapprove', speech: true })], decry: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  censure: [T('ACCUSE', { mode: 'disapprove' })], rebuke: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  slam: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  // mockery and harsh criticism (ACCUSE 'disapprove': criticize, denigrate)
  scoff: [T('ACCUSE', { mode: 'disapprove', speech: true, prep: ['at'] })], ridicule: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  deride: [T('ACCUSE', { mode: 'disapprove', speech: true })], lambast: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  lambaste: [T('ACCUSE', { mode: 'disapprove', speech: true })], assail: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  berate: [T('ACCUSE', { mode: 'disapprove', speech: true })], castigate: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  excoriate: [T('ACCUSE', { mode: 'disapprove', speech: true })], chastise: [T('ACCUSE', { mode: 'disapprove', speech: true })], complain: [T('ACCUSE', { mode: 'disapprove', speech: true })],
  object: [T('ACCUSE', { mode: 'disapprove', prep: ['to'] })],
  // "died in the violence", "died in clashes with police": a death in an attack or a clash is its ASSAULT
  die: [T('ASSAULT', { objects: ['violence', 'clashes', 'fighting', 'attack', 'attacks', 'shelling', 'bombing', 'explosion', 'blast', 'firefight', 'raid', 'airstrike', 'crossfire', 'unrest', 'riots'], objectsWindow: 4 })],
  // "made mutual allegations of ceasefire violations": an accusation ("make" is no light verb in general: "making a withdrawal unlikely")
  make: [T('ACCUSE', { mode: 'allege', objects: ['allegations', 'allegation', 'accusations', 'accusation'], objectsWindow: 4 }),
    // "made similar denials" (REJECT, as 'deny')
    T('REJECT', { objects: ['denial', 'denials'], objectsWindow: 4 })],
  // "used missiles to bring down the helicopters": downing an aircraft
  bring: [T('ASSAULT', { particle: ['down'], objects: ['helicopter', 'helicopters', 'plane', 'planes', 'jet', 'jets', 'aircraft', 'airliner', 'drone', 'drones', 'warplane', 'warplanes'] })],
  // politicians who "attacked the plans as vacuous" or "attacked Mr Brown for failing to …" criticize (ACCUSE 'disapprove'), they assault nobody
  attack: [T('ACCUSE', { mode: 'disapprove', speech: true, objects: VERBAL_OBJECTS, objectsWindow: 7 }),
    // websites and computer networks attacked (COERCE 'cyber', CAMEO 176)
    T('COERCE', { mode: 'cyber', objects: ['website', 'websites', 'servers', 'network', 'networks', 'computers'], objectsWindow: 4 }), T('ASSAULT', { notObjects: ['net', 'ball', 'basket', 'flank', 'wing', 'byline'] })],
  investigate: [T('ACCUSE', { mode: 'investigate' })], probe: [T('ACCUSE', { mode: 'investigate' })],
  // REJECT: rejections and refusals
  reject: [T('REJECT')], bar: [T('REJECT', { objects: ['entry', 'from', 'access'] })],
  deny: [T('REJECT', { objects: ['request', 'requests', 'permission', 'access', 'entry', 'visa', 'visas', 'application', 'asylum', 'landing', 'charges', 'charge', 'allegations', 'allegation', 'accusations', 'accusation', 'claims', 'claim', 'reports', 'report', 'rumours', 'rumors', 'involvement', 'responsibility', 'that',
    // "continues to deny any role in", "denied its military presence": a denial of what it is said to do or have
    'role', 'presence', 'any', 'links', 'existence', 'knowledge', 'it', 'legitimacy'] })],
  rule: [T('REJECT', { particle: ['out'] })], turn: [T('REJECT', { particle: ['down'], notObjects: ['penalties', 'penalty', 'kicks', 'kick', 'volume', 'heat', 'chances'] })], refuse: [T('PROTEST', { mode: 'hunger', objects: ['food', 'meals', 'nourishment', 'eat'] }), T('REJECT', { notObjects: NO_COMMENT })], decline: [T('REJECT', { notObjects: NO_COMMENT })], veto: [T('REJECT')], rebuff: [T('REJECT')],
  dismiss: [T('REJECT')], spurn: [T('REJECT')], scorn: [T('REJECT')], oppose: [T('REJECT')],
  // "stood firm on its refusal", "stands firm against the demands": refusing to yield (REJECT)
  stand: [T('REJECT', { particle: ['firm'], objects: ['refusal', 'demands', 'demand', 'position', 'stance', 'pressure', 'decision', 'against', 'insistence', 'rejection', 'opposition', 'plans', 'plan'], objectsWindow: 5, notSubjects: MARKETS })],
  // RETREAT 'withdraw' (manual): forces leaving positions they held ("had abandoned the square by nightfall")
  abandon: [T('RETREAT', { mode: 'withdraw', objects: ['positions', 'position', 'city', 'town', 'base', 'bases', 'checkpoint', 'checkpoints', 'posts', 'post', 'centre', 'center', 'square', 'airport', 'village', 'villages', 'building', 'buildings', 'stronghold', 'strongholds', 'territory', 'trenches', 'outpost', 'garrison'] })],
  snub: [T('REJECT')], shun: [T('REJECT')], repudiate: [T('REJECT')], resist: [T('REJECT', { objects: ['pressure', 'calls', 'demands', 'attempts', 'efforts', 'moves'] })],
  brush: [T('REJECT', { particle: ['aside', 'off'] })], balk: [T('REJECT', { prep: ['at'] })], baulk: [T('REJECT', { prep: ['at'] })],
  ignore: [T('REJECT', { objects: ['calls', 'call', 'demands', 'demand', 'appeals', 'appeal', 'warnings', 'warning', 'ultimatum', 'pleas', 'requests', 'resolution', 'resolutions', 'deadline', 'order', 'orders', 'pressure'] })],
  disregard: [T('REJECT')],
  shelve: [T('REJECT', { objects: ['plan', 'plans', 'proposal', 'proposals', 'bill', 'talks', 'visit', 'summit', 'agreement', 'deal', 'accord', 'treaty', 'meeting', 'negotiations', 'resolution'] })],
  // CONCEDE (manual: yielding to demands); negated these are refusals (see extract.ts: "would not comply")
  comply: [T('CONCEDE')], yield: [T('CONCEDE', { prep: ['to'] })], bow: [T('CONCEDE', { prep: ['to'] })], budge: [T('CONCEDE')], tolerate: [T('CONCEDE')],
  // "added 12 individuals to its sanctions list": a listing where sanctions are spoken of (manual, SANCTION)
  add: [T('SANCTION', { mode: 'discontinue', prep: ['to'], objects: ['list', 'blacklist'], objectsWindow: 10, context: ['sanctions', 'sanction', 'sanctioned', 'freeze', 'freezes', 'bans', 'blacklist', 'embargo'] })],
  give: [T('SANCTION', { mode: 'withdraw', particle: ['up'], objects: ['mediation', 'mediator', 'broker', 'go-between'], objectsWindow: 6 }), T('AID', { notObjects: GIVE_NOT })], obey: [T('CONCEDE')], heed: [T('CONCEDE')], abide: [T('CONCEDE', { prep: ['by'] })],
  // THREATEN
  // "the conflict threatens to escalate", "a row that threatens to overshadow the summit": a risk, no one threatens anyone
  threaten: [T('THREATEN', { notObjects: ['score', 'scores', 'try', 'tries', 'goal', 'goals', 'equaliser', 'equalizer', 'comeback', 'upset', 'lead', 'escalate', 'spread', 'spill', 'overshadow', 'derail', 'undermine', 'engulf', 'destabilise', 'destabilize', 'worsen', 'deepen', 'unravel', 'overwhelm', 'eclipse', 'become', 'collapse', 'closure', 'extinction', 'relegation', 'bankruptcy', 'redundancy', 'redundancies', 'reignite', 'rekindle', 'inflame', 'jeopardise', 'jeopardize', 'scupper', 'sour', 'erupt', 'boil'] })], menace: [T('THREATEN')],
  warn: [T('THREATEN', { objects: ['retaliation', 'retaliate', 'consequences', 'response', 'reprisals', 'reprisal', 'countermeasures', 'war', 'military', 'force', 'sanctions', 'action', 'measures', 'repercussions', 'punishment', 'crackdown', 'expulsion', 'arrest', 'boycott', 'ultimatum'] }),
    // "warned of mass protests if the vote was rigged": a protest or stoppage announced under a condition (not "warned of
    // strikes in the coming months", a risk)
    T('THREATEN', { mode: 'restrict', objects: ['protests', 'strikes', 'walkouts', 'demonstrations', 'stoppages'], context: ['if', 'unless'] })],
  intimidate: [T('THREATEN')],
  vow: [T('THREATEN', { objects: ['revenge', 'retaliation', 'retaliate', 'avenge', 'crush', 'destroy', 'punish', 'vengeance', 'wipe', 'eliminate', 'annihilate', 'reprisals', 'back', 'struggle', 'jihad', 'fighting', 'war', 'resistance', 'attacks'] })],
  swear: [T('THREATEN', { objects: ['revenge', 'vengeance', 'avenge', 'retaliate'] })],
  // PROTEST: collective dissent
  // "protested that the rules were unfair": a protest in words is ACCUSE 'disapprove' (the manual's ACCUSE note on diplomatic and verbal protests)
  protest: [T('ACCUSE', { mode: 'disapprove', objects: ['that'], objectsWindow: 2 }), T('PROTEST', { mode: 'demo' })], demonstrate: [T('PROTEST', { mode: 'demo', prep: ['against', 'in', 'outside', 'on', 'at', 'near', 'across', 'through', 'over', ',', '.'] })], rally: [T('PROTEST', { mode: 'demo', notSubjects: MARKETS, notObjects: ['beat', 'win', 'draw', 'level', 'finish', 'claim', 'victory', 'from', 'late'] })],
  march: [T('PROTEST', { mode: 'demo' })], riot: [T('PROTEST', { mode: 'riot' })], boycott: [T('PROTEST', { mode: 'boycott' })],
  picket: [T('PROTEST', { mode: 'demo' })],
  // "took to the streets" (a demonstration)
  take: [T('PROTEST', { mode: 'demo', particle: ['to'], objects: ['streets', 'street'] }), T('ASSAULT', { mode: 'abduct', objects: ['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners'] }), T('ASSAULT', { objects: ['control'], subjects: ['rebels', 'troops', 'forces', 'militants', 'army', 'fighters', 'insurgents', 'soldiers', 'militia', 'militias', 'militiamen', 'guerrillas', 'gunmen', 'separatists'], anyObject: true })],
  // PROTEST 'strike' (manual): members of an organization or union abandon their workplaces
  walk: [T('SANCTION', { mode: 'discontinue', particle: ['out'], objects: ['talks', 'negotiations', 'conference', 'summit'] }), T('PROTEST', { mode: 'strike', particle: ['out'], subjects: STRIKERS }),
    T('PROTEST', { mode: 'strike', particle: ['off'], objects: ['job', 'jobs', 'work'] })],
  // PROTEST 'riot' and 'vandalize' (manual): violent or symbolic damage by protesters
  torch: [T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { mode: 'destroy' })],
  loot: [T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { mode: 'destroy', objects: ['homes', 'houses', 'villages', 'shops', 'town', 'city'] })],
  ransack: [T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { mode: 'destroy' })],
  vandalize: [T('PROTEST', { mode: 'vandalize' })], vandalise: [T('PROTEST', { mode: 'vandalize' })], deface: [T('PROTEST', { mode: 'vandalize' })],
  stone: [T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { mode: 'primitive', notObjects: ['age', 'ages', 'wall', 'walls', 'bridge', 'building', 'cold', 'dead', 'deaf', 'throw', "'s", 'of'] })],
  // stones and firebombs thrown by protesters are a riot; by others an assault with primitive weapons (manual: ASSAULT 'primitive')
  hurl: [T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { mode: 'primitive', objects: ['stones', 'rocks', 'bricks', 'bottles', 'grenades', 'grenade', 'firebombs', 'molotov', 'petrol', 'acid'] })],
  throw: [T('REJECT', { particle: ['out'], objects: ['plan', 'plans', 'proposal', 'proposals', 'bill', 'motion', 'request', 'appeal', 'offer', 'demand', 'demands', 'resolution', 'case', 'petition'] }), T('PROTEST', { mode: 'riot', subjects: RIOTERS, objects: ['stones', 'rocks', 'bricks', 'bottles', 'firebombs', 'molotov', 'petrol', 'eggs'] }), T('ASSAULT', { mode: 'primitive', objects: ['stones', 'rocks', 'bricks', 'grenades', 'grenade', 'firebombs', 'molotov', 'petrol', 'acid'] })],
  // ASSAULT 'crowd-control' (manual): tear gas, water cannon, rubber bullets
  use: [T('ASSAULT', { mode: 'crowd-control', objects: ['tear', 'teargas', 'water', 'rubber', 'batons', 'truncheons', 'stun'] }),
    // "used villagers as human shields" (CAMEO 184)
    T('ASSAULT', { objects: ['shields', 'shield'] }), T('ASSAULT', { objects: ['force'], subjects: ['police', 'troops', 'soldiers', 'forces', 'army', 'guards', 'military', 'security'], anyObject: true }),
    // "left with no choice but to use force", "threatened to use force on the strikers": force used or announced by anyone
    T('ASSAULT', { objects: ['force'], objectsWindow: 3, notObjects: ['majeure', 'field', 'fields', 'multiplier'] })],
  // PROTEST 'demo': slogans shouted, banners waved or carried by protesters
  shout: [T('PROTEST', { mode: 'demo', subjects: [...PROTESTERS, 'rioters', 'mourners'], objects: ['slogans', 'slogan'] })],
  wave: [T('PROTEST', { mode: 'demo', subjects: [...PROTESTERS, 'rioters', 'mourners'], objects: ['banners', 'placards', 'flags', 'signs', 'slogans'] })],
  carry: [T('PROTEST', { mode: 'demo', subjects: [...PROTESTERS, 'rioters', 'mourners'], objects: ['banners', 'placards', 'signs', 'slogans', 'portraits'] })],
  // a retaliation announced is a threat (see extract.ts); carried out it is an assault
  retaliate: [T('ASSAULT')],
  chant: [T('PROTEST', { mode: 'demo', subjects: [...PROTESTERS, 'rioters', 'mourners'], anyObject: true })],
  // PROTEST 'obstruct' (manual): protesters blocking roads and access
  block: [T('PROTEST', { mode: 'obstruct', objects: ['roads', 'road', 'highways', 'highway', 'streets', 'street', 'entrance', 'bridge', 'railway', 'crossings'], objectsWindow: 4, context: ['protest', 'protesting', 'demanding'] }),
    T('PROTEST', { mode: 'obstruct', subjects: PROTESTERS_AND_TRADES, objects: ['roads', 'road', 'highways', 'highway', 'streets', 'street', 'access', 'entrance', 'traffic', 'bridge', 'bridges', 'railway', 'rail', 'border', 'ports', 'port', 'depots', 'refineries', 'entrances', 'crossings', 'crossing'] }),
    // COERCE 'censor' (manual): restrict access to publications or other information
    T('COERCE', { mode: 'censor', objects: ['websites', 'website', 'sites', 'internet', 'broadcasts', 'newspapers', 'access', 'twitter', 'facebook', 'youtube', 'wikipedia', 'channels'] }),
    // a resolution or bill blocked is vetoed (CAMEO 'veto', REJECT in PLOVER)
    T('REJECT', { objects: ['resolution', 'resolutions', 'bill', 'proposal', 'proposals', 'plan', 'deal', 'motion', 'statement', 'bid', 'appointment', 'nomination', 'measure', 'move', 'request', 'accession', 'membership', 'referral'] })],
  // ("Settlers blocked the main road … to protest against …": any group blocking a road in protest)
  barricade: [T('PROTEST', { mode: 'obstruct', subjects: [...PROTESTERS_AND_TRADES, ...RIOTERS], anyObject: true }), T('COERCE', { mode: 'restrict', objects: ['roads', 'road', 'streets', 'street', 'area', 'square'] })],
  prevent: [T('PROTEST', { mode: 'obstruct', subjects: PROTESTERS, objects: ['entering', 'reaching', 'leaving', 'access', 'entry'] }),
    // "continue to prevent the monitors from working in some areas": a restriction of movement or work (COERCE 'restrict')
    T('COERCE', { mode: 'restrict', objects: ['entering', 'reaching', 'leaving', 'monitoring', 'travelling', 'traveling', 'working', 'reporting', 'crossing', 'attending', 'voting'], objectsWindow: 7 })],
  jam: [T('COERCE', { mode: 'censor', objects: ['broadcasts', 'broadcast', 'radio', 'signals', 'transmissions', 'satellite', 'stations'] })],
  blockade: [T('PROTEST', { mode: 'obstruct', subjects: PROTESTERS_AND_TRADES, anyObject: true }), T('ASSAULT', { mode: 'blockade' })],
  // "rally, gather to protest" (manual): gathering, marching or massing counts when protesters do it
  gather: [T('PROTEST', { mode: 'demo', subjects: PROTESTERS })], assemble: [T('PROTEST', { mode: 'demo', subjects: PROTESTERS })],
  converge: [T('PROTEST', { mode: 'demo', subjects: PROTESTERS })], flood: [T('PROTEST', { mode: 'demo', subjects: PROTESTERS })],
  // SANCTION: reduce relations
  sanction: [T('SANCTION', { mode: 'discontinue' })], embargo: [T('SANCTION', { mode: 'discontinue' })],
  impose: [T('ASSAULT', { mode: 'blockade', objects: ['blockade', 'siege'] }), T('COERCE', { mode: 'restrict', objects: ['movement', 'movements', 'travel', 'press', 'media', 'journalists', 'opposition', 'rallies', 'gatherings', 'assembly', 'protests', 'demonstrations'] }), T('SANCTION', { mode: 'discontinue', objects: SANCTION_OBJ }), T('COERCE', { mode: 'curfew', objects: ['curfew'] }), T('COERCE', { mode: 'martial-law', objects: CURFEW_OBJ })],
  sever: [T('SANCTION', { mode: 'discontinue' })],
  vote: [T('REJECT', { particle: ['down'] }), T('REJECT', { prep: ['against'] })],
  close: [T('COERCE', { mode: 'restrict', objects: ['universities', 'university', 'schools', 'mosques', 'churches', 'campuses', 'offices'], notObjects: ['company', 'firm', 'bank', 'branches', 'stores', 'shops', 'factory', 'factories', 'plants', 'plant'] }), T('COERCE', { mode: 'censor', objects: ['newspaper', 'newspapers', 'station', 'stations', 'channel', 'channels', 'websites', 'website', 'outlets', 'paper', 'papers', 'broadcaster'] }), T('SANCTION', { mode: 'discontinue', objects: ['embassy', 'embassies', 'consulate', 'consulates', 'border', 'borders', 'airspace', 'strait', 'straits', 'crossings', 'crossing'] })], defy: [T('REJECT')], flout: [T('REJECT')], blacklist: [T('SANCTION', { mode: 'discontinue' })], downgrade: [T('SANCTION', { mode: 'discontinue', objects: TIES_OBJ })],
  freeze: [T('SANCTION', { mode: 'discontinue', objects: ['assets', 'aid', 'assistance', 'lending', 'accounts', 'funds', 'cooperation', 'talks', 'relations', 'ties', 'loans', 'loan', 'credits', 'funding', 'deliveries'] })],
  halt: [T('SANCTION', { mode: 'discontinue', objects: ['aid', 'trade', 'imports', 'exports', 'cooperation', 'talks', 'deliveries', 'supplies', 'assistance', 'flights', 'sales', 'lending', 'loans', 'negotiations'] })],
  // "police broke up the rally" is force against a protest (COERCE, as 'disperse'); "broke off relations" reduces them
  break: [T('SANCTION', { mode: 'discontinue', particle: ['off'] }), T('SANCTION', { mode: 'discontinue', objects: TIES_OBJ, objectsWindow: 3 }), T('ASSAULT', { objects: ['ceasefire', 'cease-fire', 'truce', 'armistice'], objectsWindow: 3 }), T('COERCE', { mode: 'restrict', particle: ['up'], objects: ['demonstration', 'demonstrations', 'protest', 'protests', 'rally', 'rallies', 'march', 'crowd', 'crowds', 'gathering', 'gatherings', 'sit-in', 'meeting', 'camp', 'picket', 'strike'] })], cut: [T('SANCTION', { mode: 'discontinue', objects: [...TIES_OBJ, 'aid', 'assistance', 'funding', 'loans', 'trade', 'imports', 'exports', 'oil', 'deliveries', 'lending', 'support', 'payments'] }), T('COERCE', { mode: 'withhold', particle: ['off'], objects: PUBLIC_GOODS })],
  // suspending a newspaper, a party or the constitution is repression (COERCE); suspending aid or talks reduces relations
  // ("joint naval drills with the neighbour were suspended", "suspended military contacts": relations reduced)
  suspend: [T('SANCTION', { mode: 'discontinue', objects: ['bilateral', 'joint', 'military', 'cooperation', 'exercises', 'contacts', 'ties', 'talks', 'negotiations', 'membership', 'aid', 'flights', 'visits'], notObjects: ['shares', 'trading', 'player', 'players', 'ban', 'sentence', 'weeks', 'months', 'fine'] }),
    T('COERCE', { mode: 'censor', objects: ['newspaper', 'newspapers', 'paper', 'papers', 'publication', 'broadcasts', 'licence', 'license', 'station', 'channel'] }),
    T('COERCE', { mode: 'restrict', objects: ['constitution', 'parliament', 'party', 'parties', 'activities', 'rights', 'elections', 'assembly', 'courts'] }), T('SANCTION', { mode: 'discontinue', notObjects: ['ban', 'sentence', 'sentences', 'weeks', 'months', 'fine', 'player', 'players', 'trading', 'shares'] })],
  withhold: [T('SANCTION', { mode: 'discontinue', objects: [...EXCHANGE_OBJ, 'million', 'billion', 'pounds', 'dollars', 'euros', '$'] }), T('COERCE', { mode: 'withhold', objects: PUBLIC_GOODS })],
  // "Dockers stopped work for 24 hours": a stoppage by workers (PROTEST 'strike')
  stop: [T('PROTEST', { mode: 'strike', subjects: STRIKERS, objects: ['work'], objectsWindow: 2 }), T('SANCTION', { mode: 'discontinue', objects: ['aid', 'assistance', 'imports', 'exports', 'trade', 'deliveries', 'shipments', 'supplies', 'flights', 'cooperation'], notObjects: ['fighting', 'attacks', 'violence', 'shelling', 'killing'] })],
  reduce: [T('SANCTION', { mode: 'discontinue', objects: [...TIES_OBJ, 'aid', 'assistance', 'presence', 'staff', 'embassy', 'imports'] })],
  scale: [T('SANCTION', { mode: 'discontinue', particle: ['back', 'down'], objects: [...TIES_OBJ, 'aid', 'assistance', 'presence', 'staff', 'embassy'] })],
  tighten: [T('SANCTION', { mode: 'discontinue', objects: ['sanctions', 'embargo', 'restrictions'] })], recall: [T('SANCTION', { mode: 'withdraw', objects: ['ambassador', 'envoy', 'diplomats', 'commissioner', 'consul', 'charge', 'mission'] })],
  convict: [T('SANCTION', { mode: 'convict' })], sentence: [T('COERCE', { mode: 'arrest' })],
  crash: [T('COERCE', { mode: 'cyber', objects: ['website', 'websites', 'site', 'sites', 'servers', 'server', 'network'], objectsWindow: 5 })],
  // MOBILIZE: military moves short of force
  // "paraded tanks and missiles through the capital", "raised the alert level": a show of force, readiness raised (CAMEO 150-152)
  parade: [T('MOBILIZE', { mode: 'weapons', objects: ['tanks', 'missiles', 'missile', 'launchers', 'artillery', 'weapons', 'weaponry', 'rockets', 'armour', 'armor', 'warplanes'], objectsWindow: 4 })],
  raise: [T('MOBILIZE', { mode: 'alert', objects: ['alert'], objectsWindow: 3 })],
  dispatch: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ })],
  // MOBILIZE 'weapons' (manual: increase readiness of weapons systems): missile and nuclear tests
  'test-fire': [T('MOBILIZE', { mode: 'weapons' })], test: [T('MOBILIZE', { mode: 'weapons', objects: ['missile', 'missiles', 'rocket', 'rockets', 'nuclear', 'bomb', 'warhead', 'ballistic', 'device'] })],
  concentrate: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ })], rush: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ, notObjects: ['hospital'] })],
  pour: [T('PROTEST', { mode: 'demo', subjects: [...PROTESTERS, 'supporters'], objects: ['streets', 'street', 'square'] }), T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ })], airlift: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ }), T('AID', { objects: ['aid', 'food', 'supplies', 'assistance', 'relief', 'medicine', 'medicines', 'tents', 'blankets', 'water'] })],
  position: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: FORCES_OBJ })], build: [T('MOBILIZE', { mode: 'troops', particle: ['up'], objects: FORCES_OBJ })],
  beef: [T('MOBILIZE', { mode: 'police', particle: ['up'], objects: ['security', 'patrols', 'police'] })],
  mobilize: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops' })], mobilise: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops' })],
  deploy: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', notObjects: ['efforts', 'effort', 'resources', 'arguments', 'software', 'technology', 'network'], notNext: ['capital', 'funds', 'cash'] })], amass: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops' })],
  mass: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: ['troops', 'forces', 'soldiers', 'tanks'] })],
  station: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops' })], reinforce: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: ['troops', 'forces', 'positions', 'units', 'border', 'front', 'garrison', 'defences', 'defenses', 'flank', 'presence', 'battalions'] })],
  move: [T('MOBILIZE', { mode: 'troops', qtyRole: 'troops', objects: ['troops', 'soldiers', 'forces', 'tanks', 'warships', 'reinforcements', 'missiles', 'artillery', 'batteries', 'launchers', 'missile', 'brigade', 'battalion', 'division', 'regiment', 'units', 'battalions', 'armour', 'armor', 'brigades', 'divisions'] })],
  // COERCE: repression short of violence
  arrest: [T('COERCE', { mode: 'arrest', qtyRole: 'detained' })], detain: [T('COERCE', { mode: 'arrest', qtyRole: 'detained' })],
  jail: [T('COERCE', { mode: 'arrest', qtyRole: 'detained' })], imprison: [T('COERCE', { mode: 'arrest', qtyRole: 'detained' })],
  seize: [T('PROTEST', { mode: 'obstruct', subjects: ['protesters', 'protestors', 'demonstrators', 'strikers', 'students', 'workers'], anyObject: true }), T('ASSAULT', { objects: ['town', 'city', 'village', 'territory', 'airport', 'base', 'region', 'control', 'positions', 'hill', 'port', 'bridge', 'towns', 'villages', 'building', 'buildings', 'headquarters', 'offices', 'checkpoint', 'checkpoints', 'airfield', 'barracks', 'outpost', 'station', 'palace', 'compound'] }),
    // people seized by armed groups are abducted (ASSAULT 'abduct'); by police or customs they are arrested, goods confiscated
    T('ASSAULT', { mode: 'abduct', objects: ['tourists', 'hostages', 'hostage', 'foreigners', 'journalists', 'workers', 'engineers', 'missionaries', 'passengers', 'pilgrims', 'villagers', 'civilians', 'soldiers', 'peacekeepers', 'diplomats', 'employees', 'crew'], objectsWindow: 5,
      notSubjects: ['police', 'policemen', 'authorities', 'customs', 'officials', 'agents', 'officers', 'security'] }), T('COERCE', { mode: 'seize' })],
  evict: [T('COERCE', { mode: 'deport' })], banish: [T('COERCE', { mode: 'deport', notObjects: ['ghosts', 'ghost', 'memories', 'memory', 'thoughts', 'doubts', 'fears', 'demons', 'bin', 'sin-bin', 'bench', 'blues'] })], round: [T('COERCE', { mode: 'arrest', particle: ['up'], qtyRole: 'detained' })],
  // "shut down three television stations" is COERCE 'censor', as 'close'; a shutdown of anything else withholds it
  shut: [T('COERCE', { mode: 'censor', particle: ['down'], objects: ['newspaper', 'newspapers', 'station', 'stations', 'channel', 'channels', 'websites', 'website', 'outlets', 'paper', 'papers', 'broadcaster', 'broadcasters', 'agency'] }), T('COERCE', { mode: 'withhold', particle: ['down', 'off'] })], curb: [T('COERCE', { mode: 'restrict' })], confiscate: [T('COERCE', { mode: 'seize' })], raid: [T('ASSAULT', { subjects: ['troops', 'soldiers', 'forces', 'commandos', 'army', 'rebels', 'militants', 'guerrillas', 'insurgents', 'fighters', 'militiamen', 'militia', 'militias', 'gunmen', 'paratroopers', 'marines', 'tanks', 'jets', 'warplanes', 'aircraft', 'planes', 'bombers', 'helicopters', 'gunships'], anyObject: true }), T('COERCE', { mode: 'seize' })],
  deport: [T('COERCE', { mode: 'deport' })], expel: [T('SANCTION', { mode: 'expel', objects: ['ambassador', 'diplomats', 'diplomat', 'envoy', 'attache', 'embassy', 'inspectors', 'observers', 'monitors', 'peacekeepers', 'mission', 'agencies', 'agency'] }), T('COERCE', { mode: 'deport' })], censor: [T('COERCE', { mode: 'censor' })],
  ban: [T('SANCTION', { mode: 'discontinue', objects: ['imports', 'exports', 'trade', 'flights', 'sales', 'sale', 'investment'] }), T('COERCE', { mode: 'censor', objects: ['newspaper', 'newspapers', 'papers', 'publication', 'publications', 'book', 'books', 'websites', 'website', 'broadcasts', 'station', 'stations', 'channel', 'channels'] }), T('COERCE', { mode: 'restrict' })],
  outlaw: [T('COERCE', { mode: 'restrict' })], restrict: [T('COERCE', { mode: 'restrict', objects: ['movement', 'movements', 'access', 'travel', 'rights', 'freedom', 'freedoms', 'activities', 'media', 'press', 'entry', 'assembly', 'protests', 'gatherings'] })],
  dissolve: [T('COERCE', { mode: 'restrict', objects: ['parliament', 'party', 'assembly', 'legislature', 'opposition', 'union', 'council'] })], disband: [T('COERCE', { mode: 'restrict' })],
  disperse: [T('COERCE', { mode: 'restrict' })],
  // protesters surrounding a building obstruct (PROTEST); forces surrounding a town besiege it (ASSAULT)
  surround: [T('PROTEST', { mode: 'obstruct', subjects: PROTESTERS_AND_TRADES, anyObject: true }), T('ASSAULT', { mode: 'blockade', subjects: ['troops', 'forces', 'army', 'soldiers', 'rebels', 'militants', 'tanks', 'gunmen', 'police', 'fighters', 'militiamen', 'separatists'], anyObject: true })], cordon: [T('COERCE', { mode: 'restrict', particle: ['off'] })], seal: [T('COERCE', { mode: 'restrict', particle: ['off'] })],
  declare: [T('COERCE', { mode: 'martial-law', objects: ['emergency', 'martial'] }), T('SANCTION', { mode: 'expel', objects: ['persona', 'non'] })],
  // CAMEO 'violate ceasefire' (FIGHT), coded ASSAULT in PLOVER
  violate: [T('ASSAULT', { objects: ['ceasefire', 'cease-fire', 'truce', 'armistice'] })], breach: [T('ASSAULT', { objects: ['ceasefire', 'cease-fire', 'truce', 'armistice'] })],
  // "set fire to": arson by rioters is a riot, by others an assault with fire (manual: ASSAULT 'primitive')
  set: [T('PROTEST', { mode: 'obstruct', subjects: [...RIOTERS, ...PROTESTERS_AND_TRADES], particle: ['up'], objects: ['roadblocks', 'barricades', 'blockades', 'pickets'] }), T('PROTEST', { mode: 'riot', subjects: RIOTERS, objects: ['fire', 'ablaze', 'alight'] }), T('ASSAULT', { mode: 'primitive', objects: ['fire', 'ablaze', 'alight'] })],
  // "a bomb went off"
  go: [T('ASSAULT', { mode: 'explosives', particle: ['off'], subjects: ['bomb', 'bombs', 'device', 'mine', 'mines', 'grenade', 'grenades', 'explosives', 'explosive', 'charge'] })],
  hold: [T('ASSAULT', { mode: 'abduct', objects: ['hostage', 'hostages', 'captive', 'captives'] }), T('COERCE', { mode: 'arrest', objects: ['incommunicado', 'custody', 'detention', 'suspects', 'detainees', 'guantanamo', 'prison', 'jail', 'captivity', 'charge', 'trial'], notObjects: ['talks', 'meeting', 'election', 'elections', 'vote', 'referendum', 'conference', 'summit', 'funeral', 'rally', 'hearing', 'ceremony', 'service', 'match', 'inquiry'] })],
  search: [T('COERCE', { mode: 'seize', objects: ['offices', 'office', 'homes', 'home', 'house', 'houses', 'premises', 'headquarters'] })], crack: [T('COERCE', { particle: ['down'] })], hack: [T('ASSAULT', { mode: 'primitive', objects: ['death'], objectsWindow: 3 }), T('COERCE', { mode: 'cyber' })],
  // "two activists were hanged": an execution (ASSAULT 'targeted'; "hung" is for pictures, not people)
  hang: [T('ASSAULT', { mode: 'targeted', notSubjects: ['not', "n't", 'could', 'can', 'to', 'must', 'will', 'would'], notNext: ['up', 'on', 'onto', 'out', 'around', 'over', 'back', 'there', 'tough', 'firm', 'together', 'about', 'upside', 'loose'] })],
  // "stripped the dissident of his citizenship", "revoked the accreditation of two reporters" (COERCE); revoked visas or
  // membership reduce relations (SANCTION)
  strip: [T('COERCE', { mode: 'restrict', objects: ['citizenship', 'nationality', 'immunity', 'accreditation', 'licence', 'license', 'passport', 'passports'], objectsWindow: 7 })],
  revoke: [T('COERCE', { mode: 'restrict', objects: ['citizenship', 'nationality', 'accreditation', 'licence', 'license', 'passport', 'passports'] }), T('SANCTION', { mode: 'discontinue', objects: ['visas', 'visa', 'membership', 'status', 'agreement', 'treaty', 'recognition'] })],
  // "hinted at military action": a veiled threat of force
  hint: [T('THREATEN', { prep: ['at'], objects: ['military', 'force', 'sanctions', 'retaliation', 'action', 'measures', 'strikes', 'reprisals'] })],
  // ASSAULT: use of force
  // (CAMEO 18-19 wordings: "mowed down 20 worshippers", "lobbed mortars at the base", "encircled the stronghold";
  // crowds that mob a car riot, fans who mob a star do not)
  mow: [T('ASSAULT', { mode: 'firearms', particle: ['down'] })],
  lob: [T('ASSAULT', { objects: ['mortars', 'mortar', 'grenades', 'grenade', 'shells', 'rockets', 'bombs', 'missiles', 'firebombs'], objectsWindow: 3 })],
  encircle: [T('ASSAULT', { mode: 'blockade', subjects: ['troops', 'forces', 'army', 'soldiers', 'rebels', 'militants', 'tanks', 'fighters', 'militiamen', 'separatists', 'guerrillas'], anyObject: true })],
  // (keyed by the past form: "Angry mobs attacked" has the noun)
  mobbed: [T('PROTEST', { mode: 'riot', subjects: RIOTERS.filter((x) => x !== 'fans' && x !== 'supporters'), anyObject: true })],
  // "dropped chemical bombs on rebel areas" (CAMEO 195 aerial weapons)
  drop: [T('ASSAULT', { mode: 'aerial', objects: ['bombs', 'bomb', 'explosives', 'munitions', 'napalm', 'grenades'], objectsWindow: 3 })],
  strike: [T('AGREE', { objects: ['deal', 'agreement', 'accord', 'bargain', 'compromise', 'pact'] }), T('PROTEST', { mode: 'strike', subjects: STRIKERS }), T('ASSAULT', { notObjects: ['deal', 'agreement', 'accord', 'bargain', 'compromise', 'pact', 'balance', 'chord', 'tone', 'note', 'shot', 'blow', 'ball', 'post', 'bar', 'woodwork', 'goal', 'century', 'gold', 'oil', 'lucky', 'pose'] })], bomb: [T('ASSAULT', { mode: 'aerial' })], shell: [T('ASSAULT', { mode: 'heavy-weapons' })],
  bombard: [T('ASSAULT', { mode: 'heavy-weapons' })], pound: [T('ASSAULT', { mode: 'heavy-weapons', notObjects: ['line', 'ball', 'pitch', 'court', 'pavement', 'keyboard'] })],
  // "fired a shot into the top corner", "fired the coach": no attack
  fire: [T('ASSAULT', { qtyRole: 'launched', notObjects: ['shot', 'corner', 'goal', 'net', 'crossbar', 'header', 'free-kick', 'penalty', 'wide', 'home', 'effort', 'volley', 'manager', 'coach', 'staff', 'employees', 'workers', 'chief', 'executive', 'boss', 'imagination', 'starting', 'up'] })], launch: [T('ASSAULT', { qtyRole: 'launched', objects: ['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'offensive', 'assault', 'raid', 'raids', 'shells', 'bombs', 'ballistic', 'cruise', 'shahed', 'shaheds', 'invasion', 'counteroffensive', 'incursion'] })],
  shoot: [T('ASSAULT', { pattern: 'intercept', qtyRole: 'intercepted', particle: ['down'] }), T('ASSAULT', { mode: 'firearms', notObjects: ['film', 'films', 'scenes', 'scene', 'footage', 'video', 'videos', 'movie', 'location', 'wide', 'goal', 'penalty', 'episode', 'pilot', 'series', 'photos', 'pictures', 'advert', 'commercial', 'up'] })],
  intercept: [T('ASSAULT', { pattern: 'intercept', qtyRole: 'intercepted' })], down: [T('ASSAULT', { pattern: 'intercept', qtyRole: 'intercepted' })],
  // ("without killing off demand": figurative)
  kill: [T('ASSAULT', { qtyRole: 'killed', notObjects: MISHAPS, notSubjects: NATURAL_CAUSES, notNext: ['off'] })], wound: [T('ASSAULT', { qtyRole: 'injured' })], injure: [T('ASSAULT', { qtyRole: 'injured', notObjects: BODY_PARTS })],
  invade: [T('ASSAULT')], clash: [T('PROTEST', { mode: 'riot', subjects: PROTESTERS_AND_TRADES }), T('ASSAULT', { pattern: 'reciprocal', notSubjects: SPORT_SIDES })],
  recapture: [T('ASSAULT')], retake: [T('ASSAULT')], push: [T('COERCE', { mode: 'restrict', particle: ['back'], objects: ['protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'marchers', 'people', 'students'] }), T('ASSAULT', { particle: ['into', 'deeper'], subjects: ['troops', 'forces', 'army', 'tanks', 'soldiers', 'fighters', 'rebels', 'militants', 'units', 'gunships', 'helicopters', 'jets', 'armour', 'armor'] })], fight: [T('ASSAULT', { pattern: 'reciprocal', notObjects: SPORT_CONTEST })],
  ambush: [T('ASSAULT')], assassinate: [T('ASSAULT', { mode: 'targeted' })], execute: [T('ASSAULT', { mode: 'targeted' })],
  torture: [T('ASSAULT', { mode: 'torture' })],
  // beatings by hand or whip (the manual's ASSAULT 'beat': "fists, kicks, punches"; session 9)
  kick: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })], punch: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })],
  whip: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })], flog: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })],
  club: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })], batter: [T('ASSAULT', { mode: 'beat', noCount: true, objects: PEOPLE_STRUCK })], kidnap: [T('ASSAULT', { mode: 'abduct' })], abduct: [T('ASSAULT', { mode: 'abduct' })],
  hijack: [T('ASSAULT', { mode: 'abduct' })], massacre: [T('ASSAULT', { mode: 'targeted' })],
  // (CAMEO 200/202 mass killings; animals slaughtered are no assault, nor a side beaten 5-0)
  slaughter: [T('ASSAULT', { mode: 'targeted', noCount: true, notObjects: ['cattle', 'sheep', 'animals', 'livestock', 'pigs', 'chickens', 'goats', 'cows', 'camels', 'poultry', 'birds'] })], target: [T('SANCTION', { mode: 'discontinue', objects: SANCTION_TARGETS, objectsWindow: 5, context: ['sanction', 'sanctions', 'sanctioned', 'list', 'blacklist', 'freeze', 'freezes', 'frozen', 'embargo'] }), T('ASSAULT')],
  storm: [T('SANCTION', { mode: 'discontinue', particle: ['out'], objects: ['talks', 'negotiations', 'conference', 'summit', 'meeting', 'session', 'parliament'] }), T('PROTEST', { mode: 'riot', subjects: RIOTERS, anyObject: true }), T('ASSAULT', { noCount: true, notObjects: ['out', 'charts', 'chart', 'stage', 'box', 'office', 'lead', 'victory', 'win', 'title', 'league', 'top', 'ahead', 'clear', 'home', 'back'] })], destroy: [T('ASSAULT', { mode: 'destroy', notSubjects: ['fire', 'fires', 'blaze', 'flames', 'floods', 'flood', 'storm', 'storms', 'earthquake', 'quake', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'landslide'], notObjects: ['career', 'careers', 'chances', 'chance', 'hopes', 'hope', 'reputation', 'confidence', 'credibility', 'dreams', 'morale', 'opposition'] })], occupy: [T('PROTEST', { mode: 'obstruct', subjects: [...PROTESTERS_AND_TRADES, 'supporters', 'crowds'], anyObject: true }), T('ASSAULT')], capture: [T('ASSAULT')], annex: [T('ASSAULT')],
  besiege: [T('ASSAULT')], beat: [T('ASSAULT', { mode: 'beat', noCount: true, objects: BEAT_MARKERS, notObjects: ['forecasts', 'forecast', 'expectations', 'estimates', 'target', 'targets', 'record', 'rivals', 'competition', 'odds', 'deadline', 'market', 'analysts', 'title', 'award', 'prize', 'favourite', 'favorite', 'become', 'crown', 'place', 'stars', 'nomination', 'drama', 'comedy'] })], stab: [T('ASSAULT', { mode: 'primitive' })],
  crush: [T('ASSAULT', { noCount: true, notObjects: ['hopes', 'dreams', 'record', 'opponents', 'rivals', 'side', 'team', 'grapes', 'ice', 'garlic', 'cans'] })],
  murder: [T('ASSAULT', { mode: 'targeted' })], slay: [T('ASSAULT', { mode: 'targeted' })],
  rape: [T('ASSAULT', { mode: 'sexual' })], maim: [T('ASSAULT')], strafe: [T('ASSAULT', { mode: 'aerial' })],
 
  skirmish: [T('ASSAULT', { pattern: 'reciprocal' })], exchange: [T('ASSAULT', { pattern: 'reciprocal', objects: ['fire', 'gunfire', 'shots'] })],
  // ("traded fire across the border": only this past form, so that "trade sanctions" and "trading licences" stay nouns)
  traded: [T('ASSAULT', { pattern: 'reciprocal', objects: ['fire', 'gunfire', 'shots', 'blows'], objectsWindow: 3 })],
  // "tore up its security treaty with Canberra": a treaty ended (SANCTION, CAMEO 160); keyed by the past forms, as
  // "tear" is mostly the gas
  tore: [T('SANCTION', { mode: 'discontinue', particle: ['up'], objects: ['treaty', 'agreement', 'accord', 'pact', 'deal', 'treaties', 'agreements'], objectsWindow: 6 })],
  torn: [T('SANCTION', { mode: 'discontinue', particle: ['up'], objects: ['treaty', 'agreement', 'accord', 'pact', 'deal', 'treaties', 'agreements'], objectsWindow: 6 })],
  // ASSAULT 'explosives' (manual): mines, IEDs, car bombs
  explode: [T('ASSAULT', { mode: 'explosives', subjects: ['bomb', 'bombs', 'mine', 'mines', 'device', 'explosives', 'grenade', 'grenades', 'car', 'bomber', 'ied'] })],
  // stones or eggs thrown at a person ("was pelted with stones by the crowd"): by protesters a riot (see extract.ts)
  pelt: [T('PROTEST', { mode: 'riot', subjects: RIOTERS.filter((x) => x !== 'fans' && x !== 'supporters'), anyObject: true }), T('ASSAULT', { mode: 'primitive', objects: ['stones', 'rocks', 'eggs', 'bottles', 'bricks', 'tomatoes', 'firebombs', 'molotov', 'projectiles', 'missiles', 'shoes', 'paint', 'rubbish', 'snowballs', 'debris'] })],
  // ("blew himself up …, killing 18": a suicide bombing is coded from its killing clause, which carries the counts)
  detonate: [T('ASSAULT', { mode: 'explosives' })], blow: [T('ASSAULT', { mode: 'explosives', particle: ['up'], notObjects: ['himself', 'herself', 'themselves'], notSubjects: ['getting', 'get', 'gets', 'got'] })],
  // ASSAULT 'destroy' (manual): demolition of housing, destruction as the aim
  // demolition of houses by authorities is CAMEO 1712 'destroy property' (COERCE), as the PLOVER gold codes it
  raze: [T('ASSAULT', { mode: 'destroy' })], demolish: [T('COERCE', { mode: 'destroy' })], bulldoze: [T('COERCE', { mode: 'destroy' })],
  rampage: [T('PROTEST', { mode: 'riot' })],
  burn: [T('PROTEST', { mode: 'demo', subjects: RIOTERS, objects: ['flag', 'flags', 'effigy', 'effigies', 'tyres', 'tires', 'posters', 'pictures', 'portraits'] }), T('ASSAULT', { mode: 'destroy', objects: ['homes', 'houses', 'villages', 'village', 'church', 'churches', 'mosque', 'mosques', 'huts', 'shops', 'buildings'] })],
  // 'hit back' only as an announced retaliation (see extract.ts): past 'hit back' is mostly a goal or a retort
  // "four firms were hit by the latest sanctions": the sanction, not a blow
  hit: [T('SANCTION', { mode: 'discontinue', objects: ['sanctions', 'sanction', 'embargo'], objectsWindow: 7 }), T('THREATEN', { mode: 'violence', particle: ['back'] }),  T('ASSAULT', { subjects: STRIKING, anyObject: true })], pummel: [T('ASSAULT', { mode: 'heavy-weapons' })], blast: [T('ACCUSE', { mode: 'disapprove', speech: true, objects: [...VERBAL_OBJECTS, 'sanctions', 'government', 'ministers', 'critics', 'ruling', 'verdict'] }), T('ASSAULT', { subjects: STRIKING, anyObject: true })], gun: [T('ASSAULT', { mode: 'firearms', particle: ['down'] })], overrun: [T('ASSAULT')],
  assault: [T('ASSAULT')], lynch: [T('ASSAULT', { mode: 'beat' })], behead: [T('ASSAULT', { mode: 'targeted' })],
};

/** Noun triggers: only counted in a frame (after a light verb or "for", or before "with"/"between"). */
export const NOUNS: Record<string, TriggerEntry> = {
  talks: T('CONSULT'), talk: T('CONSULT'), meeting: T('CONSULT'), meetings: T('CONSULT'), negotiations: T('CONSULT'),
  discussions: T('CONSULT'), summit: T('CONSULT'), visit: T('CONSULT', { mode: 'visit' }), mediation: T('CONSULT', { mode: 'third-party' }),
  consultations: T('CONSULT'),
  agreement: T('AGREE'), deal: T('AGREE'), consensus: T('AGREE'), accord: T('AGREE'),
  support: T('SUPPORT'), relations: T('SUPPORT'),
  attack: T('ASSAULT'), attacks: T('ASSAULT'), strike: T('ASSAULT'), strikes: T('ASSAULT'), airstrike: T('ASSAULT', { mode: 'aerial' }),
  airstrikes: T('ASSAULT', { mode: 'aerial' }), offensive: T('ASSAULT'), assault: T('ASSAULT'), raid: T('ASSAULT'), raids: T('ASSAULT'),
  sanctions: T('SANCTION', { mode: 'discontinue' }), embargo: T('SANCTION', { mode: 'discontinue' }),
  demonstration: T('PROTEST', { mode: 'demo' }), demonstrations: T('PROTEST', { mode: 'demo' }), protest: T('PROTEST', { mode: 'demo' }),
  protests: T('PROTEST', { mode: 'demo' }), picket: T('PROTEST', { mode: 'demo' }), pickets: T('PROTEST', { mode: 'demo' }), rally: T('PROTEST', { mode: 'demo' }),
  investigation: T('ACCUSE', { mode: 'investigate' }), inquiry: T('ACCUSE', { mode: 'investigate' }), probe: T('ACCUSE', { mode: 'investigate' }),
  aid: T('AID'), assistance: T('AID'), grant: T('AID'), loan: T('AID'),
  curfew: T('COERCE', { mode: 'curfew' }), custody: T('COERCE', { mode: 'arrest' }), detention: T('COERCE', { mode: 'arrest' }),
  // the manual's THREATEN note: issuing an arrest in absentia is a threat of arrest
  warrant: T('THREATEN', { mode: 'arrest' }), warrants: T('THREATEN', { mode: 'arrest' }),
  rampage: T('PROTEST', { mode: 'riot' }), rejection: T('REJECT'),
  // "issued a denial", "penned a similar denial": a denial stated (REJECT, as the verb 'deny')
  denial: T('REJECT'), denials: T('REJECT'),
  // "renewed calls for early elections" (REQUEST); the noun alone ("there were calls for") names no caller
  calls: T('REQUEST'),
  // "launched an operation to retake the town": a military operation is an armed attack (ASSAULT), only where forces are spoken of
  operation: T('ASSAULT', { context: ['military', 'troops', 'forces', 'army', 'anti-terrorist', 'counter-terrorism', 'counterterrorism', 'anti-terror', 'offensive', 'separatists', 'rebels', 'militants', 'insurgents', 'soldiers', 'armed', 'punitive', 'retake', 'recapture', 'capture', 'assault'] }),
  blast: T('ASSAULT', { mode: 'explosives' }), blasts: T('ASSAULT', { mode: 'explosives' }), explosion: T('ASSAULT', { mode: 'explosives' }), explosions: T('ASSAULT', { mode: 'explosives' }),
  duels: T('ASSAULT', { mode: 'heavy-weapons', pattern: 'reciprocal' }), refusal: T('REJECT'), veto: T('REJECT'), expulsion: T('COERCE', { mode: 'deport' }), expulsions: T('COERCE', { mode: 'deport' }),
  deployment: T('MOBILIZE', { mode: 'troops' }), mobilization: T('MOBILIZE', { mode: 'troops' }), mobilisation: T('MOBILIZE', { mode: 'troops' }), suspension: T('SANCTION', { mode: 'discontinue' }),
  evacuation: T('RETREAT', { mode: 'withdraw' }), standby: T('MOBILIZE', { mode: 'troops' }), crackdown: T('COERCE', { mode: 'restrict' }),
  clashes: T('ASSAULT', { pattern: 'reciprocal' }), cleansing: T('ASSAULT', { mode: 'targeted' }),
  // "The killing of the mayor by a death squad has shocked …" (a killing whose doer is named with it, CAMEO 186)
  killing: T('ASSAULT', { mode: 'targeted' }), killings: T('ASSAULT', { mode: 'targeted' }), murder: T('ASSAULT', { mode: 'targeted' }), murders: T('ASSAULT', { mode: 'targeted' }),
  show: T('MOBILIZE', { mode: 'troops', context: ['troops', 'forces', 'army', 'military', 'warplanes', 'jets', 'tanks', 'warships', 'navy', 'militia', 'missiles', 'aircraft', 'soldiers', 'militiamen', 'helicopters'] }),
  // "staged a military parade": a show of force (MOBILIZE, CAMEO 150), only where arms or forces are spoken of
  parade: T('MOBILIZE', { mode: 'weapons', context: ['military', 'tanks', 'missiles', 'troops', 'weapons', 'army'] }), siege: T('ASSAULT', { mode: 'blockade' }),
  gunbattle: T('ASSAULT', { mode: 'firearms', pattern: 'reciprocal' }), gunbattles: T('ASSAULT', { mode: 'firearms', pattern: 'reciprocal' }), shelling: T('ASSAULT', { mode: 'heavy-weapons' }),
  // "made mutual allegations of ceasefire violations", "levelled accusations": an accusation (the manual's ACCUSE 'allege')
  allegations: T('ACCUSE', { mode: 'allege' }), accusations: T('ACCUSE', { mode: 'allege' }),
  bombing: T('ASSAULT'), bombings: T('ASSAULT'), fighting: T('ASSAULT', { pattern: 'reciprocal' }), gunfire: T('ASSAULT', { mode: 'firearms' }), riots: T('PROTEST', { mode: 'riot' }), rioting: T('PROTEST', { mode: 'riot' }), riot: T('PROTEST', { mode: 'riot' }),
  walkout: T('PROTEST', { mode: 'strike' }), 'sit-ins': T('PROTEST', { mode: 'demo' }), rallies: T('PROTEST', { mode: 'demo' }), marches: T('PROTEST', { mode: 'demo' }), vigil: T('PROTEST', { mode: 'demo' }), arrest: T('COERCE', { mode: 'arrest' }), alert: T('MOBILIZE', { mode: 'alert' }),
  fire: T('ASSAULT', { mode: 'firearms' }), 'sit-in': T('PROTEST', { mode: 'demo' }), march: T('PROTEST', { mode: 'demo' }), boycott: T('PROTEST', { mode: 'boycott' }),
  demand: T('REQUEST'), demands: T('REQUEST'), appeal: T('REQUEST'), request: T('REQUEST'), reminder: T('REQUEST'),
  ultimatum: T('THREATEN'), threat: T('THREATEN'), threats: T('THREATEN'), warning: T('THREATEN'),
  condemnation: T('ACCUSE', { mode: 'disapprove' }), criticism: T('ACCUSE', { mode: 'disapprove' }), complaint: T('ACCUSE', { mode: 'disapprove' }),
  investigations: T('ACCUSE', { mode: 'investigate' }), hearing: T('ACCUSE', { mode: 'investigate' }),
  inspectors: T('ACCUSE', { mode: 'investigate' }), charges: T('ACCUSE', { mode: 'allege' }), lawsuit: T('ACCUSE', { mode: 'allege' }),
  withdrawal: T('RETREAT', { mode: 'withdraw' }), pullout: T('RETREAT', { mode: 'withdraw' }), ceasefire: T('RETREAT', { mode: 'ceasefire' }),
  truce: T('RETREAT', { mode: 'ceasefire' }), games: T('COOPERATE'), exercises: T('COOPERATE'), maneuvers: T('COOPERATE'), manoeuvres: T('COOPERATE'),
  drills: T('COOPERATE'), concessions: T('AGREE'), welcome: T('SUPPORT'), ties: T('SUPPORT'),
};

/** Light verbs that make a noun trigger an event ("held talks", "launched an attack", "reached an agreement"). */
export const LIGHT_VERBS = new Set([
  'hold', 'begin', 'start', 'open', 'resume', 'renew', 'conduct', 'launch', 'carry', 'stage', 'mount', 'pay',
  'reach', 'strike', 'sign', 'conclude', 'express', 'voice', 'declare', 'announce', 'impose', 'slap', 'undertake', 'establish',
  'extend', 'offer', 'provide', 'give', 'grant', 'send', 'host', 'attend', 'lead', 'organize', 'organise', 'issue', 'reiterate',
  'file', 'lodge', 'place', 'put', 'order', 'take', 'use', 'come', 'bring', 'join', 'continue', 'intensify', 'complete', 'speed', 'observe', 'implement', 'dispatch', 'deliver', 'repeat', 'level', 'press',
  'pen',
  // ("stepped up a crackdown on dissidents", "stepped up its attacks")
  'step',
]);

/**
 * Verbs that take an infinitive and decide what it means: a controlling trigger (agree to X → AGREE) absorbs X;
 * these non-trigger controllers set X's modality instead.
 */
/** Adjectives and participles that state willingness to cooperate ("is ready to contribute"): AGREE whatever follows. */
/**
 * Words that denigrate what they are said of (the manual's ACCUSE 'disapprove': criticize, defame, denigrate): "called
 * the vote a farce", "described the ban as ridiculous", "said the referendum was a sham". Chosen by hand.
 */
export const DISAPPROVAL_WORDS = new Set(['farce', 'sham', 'travesty', 'provocation', 'provocations', 'madness', 'disgrace', 'outrage', 'lie', 'lies',
  'propaganda', 'blackmail', 'illegal', 'illegitimate', 'unacceptable', 'absurd', 'ridiculous', 'nonsense', 'hypocrisy', 'hypocritical', 'cynical',
  'shameful', 'disgraceful', 'outrageous', 'scandalous', 'aggression', 'unlawful', 'null', 'invalid', 'criminal', 'fabrication', 'fabrications', 'slander', 'insult']);
export const WILLINGNESS = new Set(['ready', 'willing', 'prepared', 'committed', 'eager', 'keen', 'open']);

/** Verbs after which an infinitive says why someone went or was sent ("sent inspectors to investigate"): it counts. */
// ("crossed into Iraq to attack the rebels", "advanced on the town to retake it": forces moving to act)
export const PURPOSE_GOVERNORS = new Set(['send', 'dispatch', 'travel', 'go', 'come', 'fly', 'arrive', 'gather', 'convene', 'meet', 'deploy', 'cross', 'advance']);

export const CONTROLLERS: Record<string, { modality: string; negated?: boolean }> = {
  fail: { modality: 'failed', negated: true }, plan: { modality: 'intent' }, intend: { modality: 'intent' },
  want: { modality: 'intent' }, decide: { modality: 'intent' }, prepare: { modality: 'intent' }, try: { modality: 'attempt' },
  attempt: { modality: 'attempt' }, hope: { modality: 'intent' }, expect: { modality: 'expected' }, ready: { modality: 'intent' },
  willing: { modality: 'intent' }, prepared: { modality: 'intent' }, set: { modality: 'intent' }, vow: { modality: 'intent' },
  continue: { modality: 'ongoing' }, begin: { modality: 'ongoing' }, start: { modality: 'ongoing' }, able: { modality: 'possible' },
  likely: { modality: 'possible' }, unwilling: { modality: 'intent', negated: true }, reluctant: { modality: 'intent', negated: true }, unlikely: { modality: 'possible', negated: true }, yet: { modality: 'not-yet', negated: true },
  going: { modality: 'future' }, committed: { modality: 'intent' }, determined: { modality: 'intent' }, agree: { modality: 'intent' },
};

/** Types that, said of the future or as an intention, code as AGREE (the manual's rule for cooperative acts). */
export const COOPERATIVE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);

/**
 * Attacks a group claims ("claimed responsibility for the bombing", "a kidnapping claimed by X"), with the ASSAULT mode
 * the noun gives (null: the weapon named around it decides). CAMEO 015 (claim responsibility) is dropped by PLOVER (the
 * manual's CAMEO translation table, note 2, makes no recommendation): the claim codes no event of its own, it names the
 * attack's doer. Chosen by hand; "strike" only after a word of force ("the air strike"), never a stoppage.
 */
export const CLAIMED_ATTACKS: Record<string, string | null> = {
  attack: null, attacks: null, bombing: null, bombings: null, blast: 'explosives', blasts: 'explosives', explosion: 'explosives',
  explosions: 'explosives', ambush: null, killing: 'targeted', killings: 'targeted', assassination: 'targeted', murder: 'targeted',
  murders: 'targeted', kidnapping: 'abduct', kidnappings: 'abduct', abduction: 'abduct', abductions: 'abduct', hijacking: 'abduct',
  shooting: 'firearms', shootings: 'firearms', raid: null, raids: null, massacre: 'targeted', beheading: 'targeted', execution: 'targeted',
  airstrike: 'aerial', airstrikes: 'aerial', shelling: 'heavy-weapons', assault: null, sabotage: 'destroy', arson: 'primitive',
  strike: null, strikes: null, downing: null, sinking: null, bomb: 'explosives', bombs: 'explosives', ambushes: null, fire: null,
};
