// Country names with their demonyms, for news text in general: "Russian officials" names Russia.
// Only unambiguous forms are listed (no "Georgian", which is also a US state's; no "Congolese").

/** Country name → demonym adjectives and plural nouns. */
const COUNTRY_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Afghan', 'Afghans'],
  Albania: ['Albanian', 'Albanians'],
  Algeria: ['Algerian', 'Algerians'],
  Argentina: ['Argentine', 'Argentinian', 'Argentines'],
  Armenia: ['Armenian', 'Armenians'],
  Australia: ['Australian', 'Australians'],
  Austria: ['Austrian', 'Austrians'],
  Azerbaijan: ['Azerbaijani', 'Azeri', 'Azerbaijanis'],
  Bangladesh: ['Bangladeshi', 'Bangladeshis'],
  Belarus: ['Belarusian', 'Belarusians'],
  Belgium: ['Belgian', 'Belgians'],
  Brazil: ['Brazilian', 'Brazilians'],
  Bulgaria: ['Bulgarian', 'Bulgarians'],
  Canada: ['Canadian', 'Canadians'],
  Chile: ['Chilean', 'Chileans'],
  China: ['Chinese'],
  Colombia: ['Colombian', 'Colombians'],
  Croatia: ['Croatian', 'Croatians'],
  Cuba: ['Cuban', 'Cubans'],
  Denmark: ['Danish', 'Danes'],
  Egypt: ['Egyptian', 'Egyptians'],
  Estonia: ['Estonian', 'Estonians'],
  Ethiopia: ['Ethiopian', 'Ethiopians'],
  Finland: ['Finnish', 'Finns'],
  France: ['French'],
  Germany: ['German', 'Germans'],
  Greece: ['Greek', 'Greeks'],
  Hungary: ['Hungarian', 'Hungarians'],
  India: ['Indian', 'Indians'],
  Indonesia: ['Indonesian', 'Indonesians'],
  Iran: ['Iranian', 'Iranians'],
  Iraq: ['Iraqi', 'Iraqis'],
  Ireland: ['Irish'],
  Israel: ['Israeli', 'Israelis'],
  Italy: ['Italian', 'Italians'],
  Japan: ['Japanese'],
  Jordan: ['Jordanian', 'Jordanians'],
  Kazakhstan: ['Kazakh', 'Kazakhstani', 'Kazakhs'],
  Kenya: ['Kenyan', 'Kenyans'],
  Kyrgyzstan: ['Kyrgyz'],
  Latvia: ['Latvian', 'Latvians'],
  Lebanon: ['Lebanese'],
  Libya: ['Libyan', 'Libyans'],
  Lithuania: ['Lithuanian', 'Lithuanians'],
  Malaysia: ['Malaysian', 'Malaysians'],
  Mexico: ['Mexican', 'Mexicans'],
  Moldova: ['Moldovan', 'Moldovans'],
  Mongolia: ['Mongolian', 'Mongolians'],
  Morocco: ['Moroccan', 'Moroccans'],
  Myanmar: ['Burmese'],
  Nepal: ['Nepali', 'Nepalese'],
  Netherlands: ['Dutch'],
  Nigeria: ['Nigerian', 'Nigerians'],
  'North Korea': ['North Korean', 'North Koreans'],
  Norway: ['Norwegian', 'Norwegians'],
  Pakistan: ['Pakistani', 'Pakistanis'],
  Philippines: ['Filipino', 'Philippine', 'Filipinos'],
  Poland: ['Polish', 'Poles'],
  Portugal: ['Portuguese'],
  Qatar: ['Qatari', 'Qataris'],
  Romania: ['Romanian', 'Romanians'],
  Russia: ['Russian', 'Russians'],
  'Saudi Arabia': ['Saudi', 'Saudis'],
  Serbia: ['Serbian', 'Serbs'],
  'South Africa': ['South African', 'South Africans'],
  'South Korea': ['South Korean', 'South Koreans'],
  Spain: ['Spanish', 'Spaniards'],
  'Sri Lanka': ['Sri Lankan', 'Sri Lankans'],
  Sudan: ['Sudanese'],
  Sweden: ['Swedish', 'Swedes'],
  Switzerland: ['Swiss'],
  Syria: ['Syrian', 'Syrians'],
  Taiwan: ['Taiwanese'],
  Tajikistan: ['Tajik', 'Tajiks'],
  Thailand: ['Thai', 'Thais'],
  Turkey: ['Turkish', 'Turks'],
  Turkmenistan: ['Turkmen'],
  Ukraine: ['Ukrainian', 'Ukrainians'],
  'United Arab Emirates': ['Emirati', 'Emiratis'],
  'United Kingdom': ['British', 'Britons'],
  'United States': ['American', 'Americans'],
  Uzbekistan: ['Uzbek', 'Uzbeks'],
  Venezuela: ['Venezuelan', 'Venezuelans'],
  Vietnam: ['Vietnamese'],
  Yemen: ['Yemeni', 'Yemenis'],
};

/** Countries often named by their initials. */
const COUNTRY_ACRONYMS: Readonly<Record<string, string>> = {
  US: 'United States',
  USA: 'United States',
  UK: 'United Kingdom',
  UAE: 'United Arab Emirates',
  DPRK: 'North Korea',
  PRC: 'China',
  KSA: 'Saudi Arabia',
};

/** The country an acronym names ("UAE"), or undefined. */
export function countryOfAcronym(acronym: string): string | undefined {
  return COUNTRY_ACRONYMS[acronym];
}

/** The acronyms of a country, by its name. */
export function acronymsOf(countryName: string): string[] {
  return Object.entries(COUNTRY_ACRONYMS)
    .filter(([, name]) => name === countryName)
    .map(([acronym]) => acronym);
}

/** The country names of the table. */
export function countryNames(): string[] {
  return Object.keys(COUNTRY_DEMONYMS);
}

/** The demonyms of a country, by its name; empty when the table does not know it. */
export function demonymsOf(countryName: string): readonly string[] {
  return COUNTRY_DEMONYMS[countryName] ?? [];
}

/** The country a demonym names, or undefined. Compared case-sensitively: demonyms are capitalised. */
export function countryOfDemonym(word: string): string | undefined {
  for (const [country, demonyms] of Object.entries(COUNTRY_DEMONYMS)) {
    if (demonyms.includes(word)) return country;
  }
  return undefined;
}
