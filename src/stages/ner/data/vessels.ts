/**
 * Words that name a ship by its kind right before its name ("the cruiser Moskva", "the tanker Front Altair"), and the
 * prefixes navies and registries put before ship names ("USS Gerald R. Ford", "HMS Defender"). Curated for dossier from
 * common naval and wire-service usage (the prefixes are those of the navies most often in conflict news).
 */
export const VESSEL_NOUNS: readonly string[] = [
  // ("aircraft carrier", not "carrier" alone: "the national carrier Aeroflot" is an airline)
  'ship', 'warship', 'cruiser', 'destroyer', 'frigate', 'corvette', 'submarine', 'aircraft carrier', 'tanker',
  'vessel', 'freighter', 'trawler', 'ferry', 'yacht', 'minesweeper', 'icebreaker', 'gunboat', 'patrol boat',
  'landing ship', 'cargo ship', 'container ship', 'bulk carrier', 'supertanker',
];

// (not "SS", "FS", "JS" or "RV": "SS Lazio" is a football club, and the others name too much else)
export const VESSEL_PREFIXES: readonly string[] = [
  'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'RFS', 'ARA', 'ROKS', 'TCG', 'MV',
];
