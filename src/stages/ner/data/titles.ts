/**
 * Titles and honorifics that stand before a person's name in news English ("President", "Gen.", "Mr").
 * Curated for dossier from common wire-service style; they are a gazetteer feature of the tagger
 * (a capitalised word after one is likely a person), never a rule by themselves.
 */
export const TITLES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Foreign Minister',
  'Defence Minister', 'Defense Minister', 'Interior Minister', 'Finance Minister', 'Secretary', 'Secretary of State',
  'Secretary-General', 'Secretary General', 'Chancellor', 'Premier', 'Chairman', 'Chairwoman', 'Chair', 'Speaker',
  'Ambassador', 'Envoy', 'Special Envoy', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Governor', 'Mayor',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Gov.', 'Lt.', 'Gen.', 'Col.',
  'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'General', 'Colonel', 'Major', 'Captain', 'Commander', 'Admiral',
  'Lieutenant', 'Sergeant', 'Marshal', 'Field Marshal', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince',
  'Emir', 'Sheikh', 'Sultan', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Rev.', 'Reverend', 'Father', 'Rabbi',
  'Imam', 'Ayatollah', 'Judge', 'Justice', 'Chief Justice', 'Prosecutor', 'Attorney General', 'Mr', 'Mr.',
  'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'Coach', 'Manager', 'Director', 'CEO', 'Chief Executive', 'Leader', 'Commissioner', 'Deputy', 'Aide', 'Adviser',
  'Advisor', 'Mullah', 'Patriarch', 'Metropolitan', 'President-elect', 'Ex-President', 'Former President',
];
