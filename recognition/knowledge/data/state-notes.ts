import type { Bilingual } from '../schema';

/**
 * What `scripts/generate-states.ts` adds to `world-countries` for one state, keyed by its ISO
 * cca3 code: hand-written descriptions for the region and the main powers, names the package
 * spells differently from the press, and extra aliases, metonyms and demonyms.
 */
export interface StateNote {
  /** Replaces the package's common name in one language; the package's name stays an alias. */
  name?: Partial<Bilingual>;
  /** Replaces the generated "State in <subregion>; capital: <capital>." description. */
  description?: Bilingual;
  aliases?: { en?: string[]; fr?: string[]; any?: string[] };
  caseSensitive?: string[];
  metonyms?: string[];
  demonyms?: string[];
  /** English Wikipedia title when it is not the English name. */
  wikipedia?: string;
}

export const stateNotes: Readonly<Record<string, StateNote>> = {
  // ── Iraq and its neighbours ──
  IRQ: {
    description: {
      en: 'Federal parliamentary republic in Western Asia; capital: Baghdad. Invaded by a US-led coalition in 2003, it fought the Islamic State from 2014 to 2017 and hosts both US forces and Iran-aligned armed groups.',
      fr: 'République parlementaire fédérale d’Asie occidentale ; capitale : Bagdad. Envahi en 2003 par une coalition menée par les États-Unis, l’Irak a combattu l’État islamique de 2014 à 2017 et abrite à la fois des forces américaines et des groupes armés proches de l’Iran.',
    },
  },
  IRN: {
    description: {
      en: 'Islamic republic in Western Asia; capital: Tehran. Since the 1979 revolution it has been headed by a Supreme Leader, Ali Khamenei from 1989; it backs allied armed groups across the region.',
      fr: 'République islamique d’Asie occidentale ; capitale : Téhéran. Depuis la révolution de 1979, elle est dirigée par un Guide suprême, Ali Khamenei à partir de 1989 ; elle soutient des groupes armés alliés dans toute la région.',
    },
  },
  SYR: {
    description: {
      en: 'State in Western Asia; capital: Damascus. Ruled by the Assad family from 1970 until rebels led by Hayat Tahrir al-Sham overthrew Bashar al-Assad in December 2024, after a civil war that began in 2011.',
      fr: 'État d’Asie occidentale ; capitale : Damas. Gouvernée par la famille Assad de 1970 jusqu’au renversement de Bachar al-Assad par des rebelles menés par Hayat Tahrir al-Cham en décembre 2024, après une guerre civile commencée en 2011.',
    },
  },
  LBN: {
    description: {
      en: 'Parliamentary republic in Western Asia; capital: Beirut. Power is shared among religious communities; Hezbollah fought wars with Israel in 2006 and in 2023–2024.',
      fr: 'République parlementaire d’Asie occidentale ; capitale : Beyrouth. Le pouvoir y est partagé entre communautés religieuses ; le Hezbollah y a affronté Israël en 2006 et en 2023-2024.',
    },
  },
  ISR: {
    description: {
      en: 'Parliamentary democracy in Western Asia, founded in 1948; it names Jerusalem as its capital, a status most states do not recognise. It has occupied the West Bank since 1967 and went to war in Gaza after the Hamas attack of 7 October 2023.',
      fr: 'Démocratie parlementaire d’Asie occidentale fondée en 1948 ; elle a fait de Jérusalem sa capitale, statut que la plupart des États ne reconnaissent pas. Elle occupe la Cisjordanie depuis 1967 et est entrée en guerre à Gaza après l’attaque du Hamas du 7 octobre 2023.',
    },
  },
  PSE: {
    description: {
      en: 'State proclaimed in 1988, recognised by most UN members and a UN observer state since 2012; it claims the West Bank, East Jerusalem and the Gaza Strip, territories occupied by Israel in 1967.',
      fr: 'État proclamé en 1988, reconnu par la plupart des membres de l’ONU et État observateur aux Nations unies depuis 2012 ; il revendique la Cisjordanie, Jérusalem-Est et la bande de Gaza, territoires occupés par Israël en 1967.',
    },
    wikipedia: 'State of Palestine',
  },
  JOR: {
    caseSensitive: ['Jordan'],
    description: {
      en: 'Constitutional monarchy in Western Asia ruled by the Hashemite dynasty; capital: Amman. It signed a peace treaty with Israel in 1994 and hosts US forces.',
      fr: 'Monarchie constitutionnelle d’Asie occidentale dirigée par la dynastie hachémite ; capitale : Amman. Elle a signé un traité de paix avec Israël en 1994 et accueille des forces américaines.',
    },
  },
  SAU: {
    name: { fr: 'Arabie saoudite' },
    description: {
      en: 'Absolute monarchy in Western Asia ruled by the Al Saud family; capital: Riyadh. Home to Islam’s holiest sites and a leading oil exporter, it led the coalition that intervened in Yemen in 2015.',
      fr: 'Monarchie absolue d’Asie occidentale dirigée par la famille Al Saoud ; capitale : Riyad. Terre des lieux saints de l’islam et grand exportateur de pétrole, elle a pris la tête de la coalition intervenue au Yémen en 2015.',
    },
    demonyms: ['Saudi', 'Saudis'],
    aliases: { en: ['Saudi government', 'Saudi authorities'] },
  },
  YEM: {
    description: {
      en: 'State in Western Asia; capital: Sanaa. At war since the Houthis seized Sanaa in 2014, with the internationally recognised government based in Aden.',
      fr: 'État d’Asie occidentale ; capitale : Sanaa. En guerre depuis la prise de Sanaa par les Houthis en 2014, le gouvernement reconnu par la communauté internationale siégeant à Aden.',
    },
    metonyms: ['Sanaa'],
  },

  // ── The Gulf ──
  ARE: {
    description: {
      en: 'Federation of seven emirates in Western Asia, formed in 1971; capital: Abu Dhabi. It joined the Saudi-led intervention in Yemen and normalised relations with Israel in 2020.',
      fr: 'Fédération de sept émirats d’Asie occidentale, formée en 1971 ; capitale : Abou Dhabi. Elle a participé à l’intervention menée par l’Arabie saoudite au Yémen et normalisé ses relations avec Israël en 2020.',
    },
    aliases: { fr: ['Émirats'] },
    caseSensitive: ['EAU'],
    demonyms: ['émirati', 'émiratie', 'émiratis', 'émiraties'],
  },
  QAT: {
    description: {
      en: 'Emirate in Western Asia ruled by the Al Thani family; capital: Doha. It hosts the Al Udeid US air base and the political office of Hamas, and mediates between Israel and Hamas.',
      fr: 'Émirat d’Asie occidentale dirigé par la famille Al Thani ; capitale : Doha. Il accueille la base aérienne américaine d’Al-Udeid et le bureau politique du Hamas, et joue les médiateurs entre Israël et le Hamas.',
    },
  },
  KWT: {
    description: {
      en: 'Emirate in Western Asia; capital: Kuwait City. Invaded by Iraq in August 1990, it was liberated by a US-led coalition in February 1991.',
      fr: 'Émirat d’Asie occidentale ; capitale : Koweït. Envahi par l’Irak en août 1990, il a été libéré par une coalition menée par les États-Unis en février 1991.',
    },
  },
  BHR: {
    description: {
      en: 'Kingdom in Western Asia; capital: Manama. It hosts the headquarters of the US Navy’s Fifth Fleet and normalised relations with Israel in 2020.',
      fr: 'Royaume d’Asie occidentale ; capitale : Manama. Il accueille le quartier général de la Ve flotte américaine et a normalisé ses relations avec Israël en 2020.',
    },
  },
  OMN: {
    description: {
      en: 'Sultanate in Western Asia; capital: Muscat. It has often served as a mediator between Iran and Western powers.',
      fr: 'Sultanat d’Asie occidentale ; capitale : Mascate. Il sert souvent de médiateur entre l’Iran et les puissances occidentales.',
    },
  },

  // ── Regional powers ──
  TUR: {
    name: { en: 'Turkey' },
    // "turkey" the bird: only the capitalised word is the state (also Jordan, Chad, Georgia below).
    caseSensitive: ['Turkey'],
    description: {
      en: 'Presidential republic straddling south-eastern Europe and Western Asia; capital: Ankara. A NATO member since 1952, it has fought the PKK and intervened militarily in northern Syria and northern Iraq.',
      fr: 'République présidentielle à cheval sur l’Europe du Sud-Est et l’Asie occidentale ; capitale : Ankara. Membre de l’OTAN depuis 1952, elle combat le PKK et est intervenue militairement dans le nord de la Syrie et de l’Irak.',
    },
  },
  EGY: {
    description: {
      en: 'Republic in Northern Africa; capital: Cairo. The first Arab state to make peace with Israel, in 1979, it borders the Gaza Strip at Rafah and mediates between Israel and Hamas.',
      fr: 'République d’Afrique du Nord ; capitale : Le Caire. Premier État arabe à avoir fait la paix avec Israël, en 1979, elle borde la bande de Gaza à Rafah et joue les médiateurs entre Israël et le Hamas.',
    },
    metonyms: ['Caire'],
  },
  AZE: {
    description: {
      en: 'Presidential republic in the South Caucasus, bordering Iran; capital: Baku. It retook the whole of Nagorno-Karabakh in September 2023.',
      fr: 'République présidentielle du Caucase du Sud, frontalière de l’Iran ; capitale : Bakou. Elle a repris l’ensemble du Haut-Karabakh en septembre 2023.',
    },
  },
  AFG: {
    description: {
      en: 'State in Southern Asia; capital: Kabul. Ruled by the Taliban since August 2021, after twenty years of US-led intervention.',
      fr: 'État d’Asie du Sud ; capitale : Kaboul. Gouverné par les talibans depuis août 2021, après vingt ans d’intervention menée par les États-Unis.',
    },
  },
  PAK: {
    description: {
      en: 'Federal parliamentary republic in Southern Asia with nuclear weapons; capital: Islamabad. It borders Iran and Afghanistan.',
      fr: 'République parlementaire fédérale d’Asie du Sud dotée de l’arme nucléaire ; capitale : Islamabad. Elle est frontalière de l’Iran et de l’Afghanistan.',
    },
  },
  LBY: {
    description: {
      en: 'State in Northern Africa; capital: Tripoli. Divided between rival authorities in the west and the east for most of the time since 2014.',
      fr: 'État d’Afrique du Nord ; capitale : Tripoli. Divisé entre autorités rivales à l’ouest et à l’est la plupart du temps depuis 2014.',
    },
  },
  SDN: {
    description: {
      en: 'State in Northern Africa; capital: Khartoum. At war since April 2023 between the army and the Rapid Support Forces.',
      fr: 'État d’Afrique du Nord ; capitale : Khartoum. En guerre depuis avril 2023 entre l’armée et les Forces de soutien rapide.',
    },
  },
  DJI: {
    description: {
      en: 'State in Eastern Africa on the Bab el-Mandeb strait; capital: Djibouti. It hosts US, French and Chinese military bases.',
      fr: 'État d’Afrique de l’Est sur le détroit de Bab el-Mandeb ; capitale : Djibouti. Il accueille des bases militaires américaine, française et chinoise.',
    },
  },

  // ── The main powers ──
  USA: {
    description: {
      en: 'Federal presidential republic in North America; capital: Washington. It led the 2003 invasion of Iraq and the coalition against the Islamic State, and is Israel’s main ally.',
      fr: 'République fédérale présidentielle d’Amérique du Nord ; capitale : Washington. Les États-Unis ont mené l’invasion de l’Irak en 2003 et la coalition contre l’État islamique, et sont le principal allié d’Israël.',
    },
    aliases: { en: ['U.S.', 'U.S.A.'], fr: ['États-Unis d’Amérique'] },
    caseSensitive: ['US', 'USA'],
    metonyms: ['Washington'],
  },
  RUS: {
    description: {
      en: 'Federal presidential republic spanning Eastern Europe and northern Asia; capital: Moscow. It intervened militarily in Syria in 2015 in support of Bashar al-Assad and invaded Ukraine in February 2022.',
      fr: 'République fédérale présidentielle s’étendant de l’Europe de l’Est à l’Asie du Nord ; capitale : Moscou. Elle est intervenue militairement en Syrie en 2015 pour soutenir Bachar al-Assad et a envahi l’Ukraine en février 2022.',
    },
  },
  GBR: {
    description: {
      en: 'Parliamentary monarchy in Northern Europe; capital: London. A permanent member of the UN Security Council, it took part in the 2003 invasion of Iraq.',
      fr: 'Monarchie parlementaire d’Europe du Nord ; capitale : Londres. Membre permanent du Conseil de sécurité de l’ONU, il a participé à l’invasion de l’Irak en 2003.',
    },
    aliases: { en: ['Britain', 'U.K.'], fr: ['Grande-Bretagne'] },
  },
  FRA: {
    description: {
      en: 'Republic in Western Europe; capital: Paris. A permanent member of the UN Security Council, it took part in the coalition against the Islamic State from 2014.',
      fr: 'République d’Europe de l’Ouest ; capitale : Paris. Membre permanent du Conseil de sécurité de l’ONU, elle a participé à la coalition contre l’État islamique à partir de 2014.',
    },
  },
  CHN: {
    description: {
      en: 'One-party state in Eastern Asia ruled by the Communist Party; capital: Beijing. A permanent member of the UN Security Council and a major buyer of Gulf oil, it brokered the Saudi–Iranian rapprochement of March 2023.',
      fr: 'État à parti unique d’Asie de l’Est dirigé par le Parti communiste ; capitale : Pékin. Membre permanent du Conseil de sécurité de l’ONU et gros acheteur de pétrole du Golfe, elle a parrainé le rapprochement irano-saoudien de mars 2023.',
    },
  },
  DEU: {
    description: {
      en: 'Federal parliamentary republic in Western Europe; capital: Berlin. It took in hundreds of thousands of Syrian refugees from 2015.',
      fr: 'République fédérale parlementaire d’Europe de l’Ouest ; capitale : Berlin. Elle a accueilli des centaines de milliers de réfugiés syriens à partir de 2015.',
    },
  },
  UKR: {
    description: {
      en: 'State in Eastern Europe; capital: Kyiv. It has been fighting a full-scale Russian invasion since February 2022.',
      fr: 'État d’Europe de l’Est ; capitale : Kiev. Elle combat une invasion russe à grande échelle depuis février 2022.',
    },
  },

  // ── Names the package spells differently from the press, and Wikipedia titles ──
  COD: {
    name: { fr: 'République démocratique du Congo' },
    aliases: { fr: ['RD Congo'] },
    caseSensitive: ['RDC'],
    wikipedia: 'Democratic Republic of the Congo',
  },
  CPV: { name: { fr: 'Cap-Vert' } },
  // Names that are also ordinary words ("chad", "georgia", "guinea" the coin, « grenade », "chili"):
  // only the capitalised word is the state.
  TCD: { caseSensitive: ['Chad'] },
  GIN: { caseSensitive: ['Guinea'] },
  GRD: { caseSensitive: ['Grenade'] },
  CHL: { caseSensitive: ['Chili'] },
  MUS: { name: { fr: 'Maurice' } },
  PLW: { name: { fr: 'Palaos' } },
  SWZ: { name: { fr: 'Eswatini' } },
  CZE: { wikipedia: 'Czech Republic' },
  GEO: { caseSensitive: ['Georgia'], wikipedia: 'Georgia (country)' },
  IRL: { wikipedia: 'Republic of Ireland' },
  FSM: { wikipedia: 'Federated States of Micronesia' },
  GMB: { wikipedia: 'The Gambia' },
  BHS: { wikipedia: 'The Bahamas' },
  TLS: { wikipedia: 'East Timor' },
  // "Vatican" is also the package's demonym, but "the Vatican" names the state in the news.
  VAT: { aliases: { any: ['Vatican'] } },
};

/**
 * French names of capitals where they differ from the English one in `world-countries`, keyed by
 * that English name.
 */
export const frenchCapitals: Readonly<Record<string, string>> = {
  'Abu Dhabi': 'Abou Dhabi',
  'Addis Ababa': 'Addis-Abeba',
  Algiers: 'Alger',
  'Andorra la Vella': 'Andorre-la-Vieille',
  Ashgabat: 'Achgabat',
  Athens: 'Athènes',
  Baghdad: 'Bagdad',
  Baku: 'Bakou',
  Beijing: 'Pékin',
  Beirut: 'Beyrouth',
  Bern: 'Berne',
  Bishkek: 'Bichkek',
  Bogotá: 'Bogota',
  Brasília: 'Brasilia',
  Brussels: 'Bruxelles',
  Bucharest: 'Bucarest',
  Cairo: 'Le Caire',
  'Cape Town': 'Le Cap',
  Chișinău: 'Chisinau',
  Copenhagen: 'Copenhague',
  Damascus: 'Damas',
  Dhaka: 'Dacca',
  Dushanbe: 'Douchanbé',
  Havana: 'La Havane',
  Jerusalem: 'Jérusalem',
  Juba: 'Djouba',
  Kabul: 'Kaboul',
  Kathmandu: 'Katmandou',
  Kyiv: 'Kiev',
  Lisbon: 'Lisbonne',
  London: 'Londres',
  Manila: 'Manille',
  Mogadishu: 'Mogadiscio',
  Moscow: 'Moscou',
  Muscat: 'Mascate',
  "N'Djamena": 'N’Djaména',
  Nicosia: 'Nicosie',
  'Port of Spain': 'Port-d’Espagne',
  Riyadh: 'Riyad',
  "Sana'a": 'Sanaa',
  'Santo Domingo': 'Saint-Domingue',
  Seoul: 'Séoul',
  Tashkent: 'Tachkent',
  Tbilisi: 'Tbilissi',
  Tehran: 'Téhéran',
  'Ulan Bator': 'Oulan-Bator',
  Valletta: 'La Valette',
  Vienna: 'Vienne',
  Warsaw: 'Varsovie',
  'Washington D.C.': 'Washington',
  Yerevan: 'Erevan',
  Hanoi: 'Hanoï',
  'São Tomé': 'Sao Tomé',
  Asunción: 'Asuncion',
  'City of San Marino': 'Saint-Marin',
  'Guatemala City': 'Guatemala',
  'Kuwait City': 'Koweït',
  'Mexico City': 'Mexico',
  'Panama City': 'Panama',
  'Port Louis': 'Port-Louis',
  Singapore: 'Singapour',
  Thimphu: 'Thimphou',
  'Vatican City': 'Cité du Vatican',
};

/**
 * Capitals not turned into metonyms, because the name is an ordinary word, names other
 * well-known places ("Malé" folds to "male"; Victoria, Kingston, Georgetown and San José are
 * everywhere) or stands for another government.
 */
export const capitalsNotUsedAsMetonyms: readonly string[] = [
  'Malé',
  'Victoria',
  'Kingston',
  'Kingstown',
  'Georgetown',
  'San José',
  "Saint John's",
  "St. George's",
  'Lobamba',
  'South Tarawa',
  'Ngerulmud',
  // French words: « sucre » (sugar), « roseau » (reed).
  'Sucre',
  'Roseau',
  // "Brussels", « Bruxelles » stand for the European Union far more often than for Belgium.
  'Brussels',
];

/**
 * Spellings `world-countries` lists that are not names an article writes for the state: ordinary
 * words ("Island", from « Ísland », folds to the English "island"), words that are not the name
 * ("Prathet" is Thai for "country", "Lao" the people and language of Laos, "Mexicanos" and
 * "Portuguesa" Spanish and Portuguese adjectives), and a translated motto ("Abode of Peace").
 */
export const notStateNames: readonly string[] = ['Island', 'Prathet', 'Lao', 'Mexicanos', 'Portuguesa', 'Abode of Peace'];
