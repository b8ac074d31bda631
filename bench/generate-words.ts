// The words synthetic corpora are made of: syllables for entity codes, names, outlets, article text.

// Two-letter syllables, all distinct, so a code built from them names exactly one index.
export const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'ma',
  'ne',
  'to',
  'sa',
  'vi',
  'du',
  're',
  'pa',
  'ni',
  'zo',
  'be',
  'la',
  'mi',
  'ko',
  'ta',
  'ru',
  'se',
  'fa',
  'gi',
  'ho',
  'le',
  'no',
  'pe',
  'ra',
  'si',
  'tu',
  'va',
  'yo',
  'ze',
  'bo',
  'da',
  'ge',
  'hi',
  'ju',
  'ke',
  'lu',
  'mo',
  'na',
  'po',
  'sy',
  'te',
  'ul',
  've',
  'wa',
  'xi',
] as const;
export const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Chen',
  'Dara',
  'Elif',
  'Farid',
  'Greta',
  'Hamid',
  'Irina',
  'Jonas',
  'Kemal',
  'Leila',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Rustam',
  'Sofia',
  'Tariq',
  'Vera',
  'Wen',
  'Yusuf',
  'Zara',
];
export const ORG_SUFFIXES = ['Council', 'Alliance', 'Bank', 'Union', 'Forum', 'Institute', 'Commission', 'Bloc'];
export const GROUP_SUFFIXES = ['Front', 'Movement', 'Brigades', 'Liberation Army'];
export const INITIATIVE_SUFFIXES = ['Corridor', 'Pact', 'Programme', 'Pipeline', 'Accord'];
export const OUTLETS = ['The Daily Ledger', 'Global Wire', 'Courier International', 'The Meridian', 'Asia Monitor', 'Capital Times'];
/** Each outlet's country (by OUTLETS' order), so views by outlet country have something to tell apart; the wire has none. */
export const OUTLET_COUNTRIES = ['GB', null, 'FR', 'US', 'IN', 'US'] as const;
export const WORDS = (
  'the minister said talks with officials on security trade energy and regional stability were ' +
  'productive both sides agreed to expand cooperation in defence counter terrorism and economic ' +
  'ties while critics warned of rising tensions along the border the government accused its rival ' +
  'of undermining the peace process and called for restraint from all parties involved in the ' +
  'dispute delegations met in the capital to discuss sanctions arms supplies vaccine deliveries ' +
  'and a new pipeline project analysts noted that the visit signalled a shift in alignment after ' +
  'years of mistrust spokesman stressed commitment to dialogue mediation joint exercises summit ' +
  'agreement framework partnership strategic bilateral multilateral observers'
).split(' ');
