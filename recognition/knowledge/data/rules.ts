import type { AliasRule } from '../schema';

/**
 * A capital used for its government is the state ("Bagdad a protesté"), or a regional government
 * ("rift with Erbil"); used as a location it is the city ("à Bagdad"). One rule per spelling,
 * since rules compare one folded alias.
 */
function capital(placeId: string, governmentId: string, of: string, spellings: readonly string[]): AliasRule[] {
  return spellings.map((alias) => ({
    alias,
    ids: [placeId, governmentId],
    decide: 'metonym',
    why: `${alias} is the city, or the government of ${of} when the capital acts or speaks.`,
  }));
}

/**
 * How to decide every form that two or more entries claim. The schema check
 * (`validate.ts`) refuses a shared form without a rule here, and a rule whose ids do not all
 * claim the form.
 */
export const aliasRules: readonly AliasRule[] = [
  ...capital('baghdad', 'state-irq', 'Iraq', ['Baghdad', 'Bagdad']),
  ...capital('damascus', 'state-syr', 'Syria', ['Damascus', 'Damas']),
  ...capital('beirut', 'state-lbn', 'Lebanon', ['Beirut', 'Beyrouth']),
  ...capital('tehran', 'state-irn', 'Iran', ['Tehran', 'Téhéran']),
  ...capital('amman', 'state-jor', 'Jordan', ['Amman']),
  ...capital('riyadh', 'state-sau', 'Saudi Arabia', ['Riyadh', 'Riyad']),
  ...capital('doha', 'state-qat', 'Qatar', ['Doha']),
  ...capital('abu-dhabi', 'state-are', 'the United Arab Emirates', ['Abu Dhabi', 'Abou Dhabi']),
  ...capital('sanaa', 'state-yem', 'Yemen', ['Sanaa', 'Sana’a']),
  ...capital('cairo', 'state-egy', 'Egypt', ['Cairo', 'Le Caire', 'Caire']),
  ...capital('ankara', 'state-tur', 'Turkey', ['Ankara']),
  ...capital('ramallah', 'state-pse', 'Palestine', ['Ramallah']),
  // Israel names Jerusalem as its capital (a status most states do not recognise); the press
  // uses "Jérusalem" for the Israeli government as it uses "Washington" for the American one.
  ...capital('jerusalem', 'state-isr', 'Israel', ['Jerusalem']),
  ...capital('washington', 'state-usa', 'the United States', ['Washington', 'Washington D.C.']),
  ...capital('moscow', 'state-rus', 'Russia', ['Moscow', 'Moscou']),
  ...capital('paris', 'state-fra', 'France', ['Paris']),
  ...capital('london', 'state-gbr', 'the United Kingdom', ['London', 'Londres']),
  ...capital('beijing', 'state-chn', 'China', ['Beijing', 'Pékin']),
  ...capital('muscat', 'state-omn', 'Oman', ['Muscat', 'Mascate']),
  ...capital('vienna', 'state-aut', 'Austria', ['Vienna', 'Vienne']),
  ...capital('berlin', 'state-deu', 'Germany', ['Berlin']),
  ...capital('kyiv', 'state-ukr', 'Ukraine', ['Kyiv', 'Kiev']),
  ...capital('islamabad', 'state-pak', 'Pakistan', ['Islamabad']),
  ...capital('kabul', 'state-afg', 'Afghanistan', ['Kabul', 'Kaboul']),
  ...capital('manama', 'state-bhr', 'Bahrain', ['Manama']),
  ...capital('kuwait-city', 'state-kwt', 'Kuwait', ['Kuwait City']),
  ...capital('algiers', 'state-dza', 'Algeria', ['Algiers', 'Alger']),
  ...capital('tunis', 'state-tun', 'Tunisia', ['Tunis']),
  ...capital('rabat', 'state-mar', 'Morocco', ['Rabat']),
  ...capital('nouakchott', 'state-mrt', 'Mauritania', ['Nouakchott']),
  ...capital('khartoum', 'state-sdn', 'Sudan', ['Khartoum']),
  ...capital('mogadishu', 'state-som', 'Somalia', ['Mogadishu', 'Mogadiscio']),
  // "relations between Erbil and Baghdad", « la fronde d’Erbil »: the Kurdistan Regional Government.
  ...capital('erbil', 'kurdistan-regional-government', 'the Kurdistan Region of Iraq', ['Erbil', 'Irbil', 'Arbil']),
  {
    alias: 'CTS',
    ids: ['counter-terrorism-service', 'southern-transitional-council'],
    decide: 'prefer',
    prefer: 'counter-terrorism-service',
    why: 'CTS is the Iraqi Counter-Terrorism Service in both languages and the French acronym of Yemen’s Southern Transitional Council; an article naming the council in full (or as STC) means the council.',
  },
  {
    alias: 'Al-Qods',
    ids: ['quds-force', 'jerusalem'],
    decide: 'prefer',
    prefer: 'quds-force',
    why: 'French coverage writes the city « Jérusalem » and uses a bare « Al-Qods » mostly for the Iranian force Al-Qods.',
  },
];
