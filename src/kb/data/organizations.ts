/**
 * International, state and armed organisations that news names in several forms ("the EU", "the European
 * Union"), so that every form in every article is one entity with one stable kbId whichever form comes
 * first. Names and abbreviations as the organisations write them on their own sites and as the
 * Reuters/AP style guides use them. Acronyms match only in capitals ("WHO", not "who").
 */
export interface KnownOrg {
  /** Canonical name. */
  name: string;
  /** Other names and abbreviations. */
  aliases: string[];
  /**
   * A city whose name stands for the organisation when it acts ("Brussels has made it clear that …" is the EU, not
   * Belgium): the seat that news uses as its metonym, as the Reuters and AP style guides describe "Brussels".
   */
  seat?: string;
}

export const ORGANIZATIONS: KnownOrg[] = [
  { name: 'European Union', aliases: ['EU', 'E.U.'], seat: 'Brussels' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['U.N. Security Council', 'United Nations Security Council', 'UNSC'] },
  { name: 'UN General Assembly', aliases: ['U.N. General Assembly', 'United Nations General Assembly'] },
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Co-operation in Europe'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] },
  { name: 'UNHCR', aliases: ['UN Refugee Agency', 'UN refugee agency', 'Office of the United Nations High Commissioner for Refugees'] },
  { name: 'UNICEF', aliases: ["United Nations Children's Fund"] },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'Amnesty International', aliases: ['Amnesty'] },
  { name: 'Human Rights Watch', aliases: ['HRW'] },
  // research institutes that war reporting cites as sources of assessments and figures (names as on their own sites)
  { name: 'Institute for the Study of War', aliases: ['ISW'] },
  { name: 'Stockholm International Peace Research Institute', aliases: ['SIPRI'] },
  { name: 'International Institute for Strategic Studies', aliases: ['IISS'] },
  { name: 'Royal United Services Institute', aliases: ['RUSI'] },
  { name: 'Armed Conflict Location and Event Data Project', aliases: ['ACLED', 'Armed Conflict Location & Event Data Project'] },
  { name: 'Save the Children', aliases: [] },
  { name: 'Doctors Without Borders', aliases: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF', 'Doctors without Borders'] },
  { name: 'Reporters Without Borders', aliases: ['Reporters Sans Frontières', 'RSF', 'Reporters without Borders'] },
  { name: 'Committee to Protect Journalists', aliases: ['CPJ'] },
  { name: 'International Federation of Red Cross and Red Crescent Societies', aliases: ['IFRC'] },
  { name: 'International Rescue Committee', aliases: ['IRC'] },
  { name: 'Norwegian Refugee Council', aliases: ['NRC'] },
  { name: 'Office for the Coordination of Humanitarian Affairs', aliases: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs'] },
  { name: 'European Commission', aliases: [] },
  { name: 'European Parliament', aliases: [] },
  { name: 'Council of Europe', aliases: [] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'] },
  { name: 'Group of 20', aliases: ['G20', 'G-20', 'Group of Twenty'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'African Union', aliases: [] },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'Central Intelligence Agency', aliases: ['CIA'] },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'] },
  { name: 'Federal Security Service', aliases: ['FSB'] },
  { name: 'Security Service of Ukraine', aliases: ['SBU'] },
  { name: 'GRU', aliases: ['Main Intelligence Directorate'] },
  { name: 'KGB', aliases: [] },
  { name: 'Wagner Group', aliases: ['Wagner', 'PMC Wagner'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Islamic State group'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Taliban', aliases: [] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida'] },
  { name: "Donetsk People's Republic", aliases: ['DNR', 'DPR', "Donetsk People’s Republic"] },
  { name: "Luhansk People's Republic", aliases: ['LNR', 'LPR', "Lugansk People's Republic", "Luhansk People’s Republic"] },
  // parliaments that news names by their own word ("the Rada", "the Duma"), which a tagger reads as a person
  { name: 'Verkhovna Rada', aliases: ['Rada', 'Supreme Rada'] },
  { name: 'State Duma', aliases: ['Duma'] },
  { name: 'Federation Council', aliases: [] },
  { name: 'Knesset', aliases: [] },
  { name: 'Bundestag', aliases: [] },
  { name: 'Sejm', aliases: [] },
  // news agencies and outlets that articles cite as sources (a tagger often calls "RIA Novosti" a person)
  { name: 'Reuters', aliases: [] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'] },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'] },
  { name: 'Interfax', aliases: ['Interfax-Ukraine'] },
  { name: 'TASS', aliases: ['ITAR-TASS', 'Itar-Tass'] },
  { name: 'RIA Novosti', aliases: ['RIA', 'Ria Novosti'] },
  { name: 'Ukrinform', aliases: [] },
  { name: 'UNIAN', aliases: [] },
  { name: 'Sputnik', aliases: ['Sputnik News'] },
  { name: 'RT', aliases: ['Russia Today'] },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News'] },
  { name: 'Kommersant', aliases: [] },
  { name: 'Vedomosti', aliases: [] },
  { name: 'Izvestia', aliases: [] },
  { name: 'Kyiv Post', aliases: ['Kiev Post'] },
  { name: 'Euronews', aliases: [] },
  { name: 'Gazprom', aliases: [] },
  { name: 'Naftogaz', aliases: ['Naftohaz'] },
  { name: 'Rosneft', aliases: [] },
];
