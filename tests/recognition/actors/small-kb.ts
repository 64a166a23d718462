/**
 * A small hand-made knowledge base for the actor tests: a few states with capitals, a city with
 * a metonym rule, armed groups with overlapping names, people, a case-sensitive acronym, a
 * contextual alias and a 'prefer' rule. Descriptions are short and true.
 */
import type { RecognitionContext } from '../../../recognition/context';
import type { AliasRule, KnowledgeBase, KnowledgeEntry } from '../../../recognition/knowledge/schema';

const entries: KnowledgeEntry[] = [
  {
    id: 'state-irq',
    kind: 'state',
    name: { en: 'Iraq', fr: 'Irak' },
    aliases: { fr: ['Iraq'], any: ['gouvernement irakien', 'Iraqi government'] },
    description: { en: 'Republic in Western Asia.', fr: 'République d’Asie occidentale.' },
    wikipedia: { en: 'Iraq', fr: 'Irak' },
    metonyms: ['Baghdad', 'Bagdad'],
    demonyms: ['Iraqi', 'irakien', 'irakienne'],
  },
  {
    id: 'baghdad',
    kind: 'place',
    type: 'city',
    name: { en: 'Baghdad', fr: 'Bagdad' },
    aliases: {},
    description: { en: 'Capital of Iraq.', fr: 'Capitale de l’Irak.' },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Baghdad', fr: 'Bagdad' },
  },
  {
    id: 'state-irn',
    kind: 'state',
    name: { en: 'Iran', fr: 'Iran' },
    aliases: {},
    description: { en: 'Islamic Republic in Western Asia.', fr: 'République islamique d’Asie occidentale.' },
    wikipedia: { en: 'Iran', fr: 'Iran' },
    metonyms: ['Tehran', 'Téhéran'],
    demonyms: ['Iranian', 'iranien', 'iranienne'],
  },
  {
    id: 'state-usa',
    kind: 'state',
    name: { en: 'United States', fr: 'États-Unis' },
    aliases: { en: ['United States of America'], fr: ['Etats-Unis d’Amérique'] },
    caseSensitive: ['US', 'USA'],
    description: { en: 'Federal republic in North America.', fr: 'République fédérale d’Amérique du Nord.' },
    wikipedia: { en: 'United States', fr: 'États-Unis' },
    metonyms: ['Washington'],
    demonyms: ['American', 'américain', 'américaine'],
  },
  {
    id: 'state-tun',
    kind: 'state',
    name: { en: 'Tunisia', fr: 'Tunisie' },
    aliases: {},
    description: { en: 'Republic in North Africa.', fr: 'République d’Afrique du Nord.' },
    demonyms: ['Tunisian', 'tunisien', 'tunisienne'],
  },
  {
    id: 'islamic-state',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Islamic State', fr: 'État islamique' },
    aliases: { en: ['ISIS', 'Daesh'], fr: ['Daech'] },
    caseSensitive: ['EI'],
    description: { en: 'Jihadist group.', fr: 'Groupe djihadiste.' },
    wikipedia: { en: 'Islamic State', fr: 'État islamique (organisation)' },
  },
  {
    id: 'hezbollah',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Hezbollah', fr: 'Hezbollah' },
    aliases: { any: ['Hizbollah'] },
    description: { en: 'Lebanese Shia party and armed group.', fr: 'Parti et groupe armé chiite libanais.' },
    wikipedia: { en: 'Hezbollah' },
  },
  {
    id: 'kataib-hezbollah',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Kataib Hezbollah', fr: 'Kataeb Hezbollah' },
    aliases: { fr: ['Brigades du Hezbollah irakien', 'Hezbollah irakien', 'Brigades du Hezbollah'], en: ['Hezbollah Brigades'] },
    description: { en: 'Iraqi armed group.', fr: 'Groupe armé irakien.' },
    affiliations: ['state-irq'],
    wikipedia: { fr: 'Kataeb Hezbollah' },
  },
  {
    id: 'badr-organization',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Badr Organization', fr: 'Organisation Badr' },
    aliases: { any: ['Badr'] },
    description: { en: 'Iraqi political party and armed group.', fr: 'Parti politique et groupe armé irakien.' },
  },
  {
    id: 'hadi-al-amiri',
    kind: 'person',
    name: { en: 'Hadi al-Amiri', fr: 'Hadi al-Amiri' },
    aliases: {},
    description: { en: 'Leader of the Badr Organization.', fr: 'Chef de l’organisation Badr.' },
    affiliations: ['badr-organization'],
  },
  {
    id: 'mustafa-al-kadhimi',
    kind: 'person',
    type: 'head-of-government',
    name: { en: 'Mustafa al-Kadhimi', fr: 'Moustafa al-Kazimi' },
    aliases: { any: ['Mustafa Al-Kadhimi'] },
    description: { en: 'Prime Minister of Iraq from 2020 to 2022.', fr: 'Premier ministre de l’Irak de 2020 à 2022.' },
    affiliations: ['state-irq'],
  },
  {
    id: 'quds-force',
    kind: 'organization',
    name: { en: 'Quds Force', fr: 'Force Al-Qods' },
    aliases: {},
    description: { en: 'Branch of the Revolutionary Guards.', fr: 'Branche des Gardiens de la révolution.' },
  },
  {
    id: 'iraqi-federal-police',
    kind: 'organization',
    name: { en: 'Iraqi Federal Police', fr: 'Police fédérale irakienne' },
    aliases: {},
    contextual: { aliases: ['police fédérale', 'federal police'], when: ['state-irq', 'baghdad'] },
    description: { en: 'Iraqi police force.', fr: 'Force de police irakienne.' },
  },
  {
    id: 'amnesty-international',
    kind: 'organization',
    name: { en: 'Amnesty International', fr: 'Amnesty International' },
    aliases: {},
    description: { en: 'Human rights organisation.', fr: 'Organisation de défense des droits humains.' },
  },
  {
    id: 'moqtada-al-sadr',
    kind: 'person',
    name: { en: 'Muqtada al-Sadr', fr: 'Moqtada al-Sadr' },
    aliases: { any: ['Sadr'] },
    description: { en: 'Iraqi Shia cleric.', fr: 'Religieux chiite irakien.' },
  },
  {
    id: 'mohammed-sadiq-al-sadr',
    kind: 'person',
    name: { en: 'Mohammed Sadiq al-Sadr', fr: 'Mohammed Sadeq al-Sadr' },
    aliases: { any: ['Sadr'] },
    description: { en: 'Iraqi Shia cleric killed in 1999.', fr: 'Religieux chiite irakien tué en 1999.' },
  },
  {
    id: 'state-egy',
    kind: 'state',
    name: { en: 'Egypt', fr: 'Égypte' },
    aliases: {},
    description: { en: 'Republic in North Africa.', fr: 'République d’Afrique du Nord.' },
    metonyms: ['Cairo', 'Le Caire', 'Caire'],
    demonyms: ['Egyptian', 'égyptien', 'égyptienne'],
  },
  {
    id: 'cairo',
    kind: 'place',
    type: 'city',
    name: { en: 'Cairo', fr: 'Le Caire' },
    aliases: { fr: ['Caire'] },
    description: { en: 'Capital of Egypt.', fr: 'Capitale de l’Égypte.' },
  },
  {
    id: 'amal-movement',
    kind: 'organization',
    type: 'party',
    name: { en: 'Amal Movement', fr: 'mouvement Amal' },
    aliases: { any: ['Amal'] },
    description: { en: 'Lebanese Shia party.', fr: 'Parti chiite libanais.' },
  },
  {
    id: 'ali-al-sistani',
    kind: 'person',
    name: { en: 'Ali al-Sistani', fr: 'Ali al-Sistani' },
    aliases: { any: ['Sistani'] },
    description: { en: 'Iraqi Shia cleric.', fr: 'Religieux chiite irakien.' },
  },
];

const rules: AliasRule[] = [
  { alias: 'Baghdad', ids: ['state-irq', 'baghdad'], decide: 'metonym', why: 'Capital.' },
  { alias: 'Bagdad', ids: ['state-irq', 'baghdad'], decide: 'metonym', why: 'Capital.' },
  { alias: 'Cairo', ids: ['state-egy', 'cairo'], decide: 'metonym', why: 'Capital.' },
  { alias: 'Le Caire', ids: ['state-egy', 'cairo'], decide: 'metonym', why: 'Capital.' },
  { alias: 'Caire', ids: ['state-egy', 'cairo'], decide: 'metonym', why: 'Capital.' },
  { alias: 'Sadr', ids: ['moqtada-al-sadr', 'mohammed-sadiq-al-sadr'], decide: 'prefer', prefer: 'moqtada-al-sadr', why: 'The son is the one in the news.' },
];

export const smallKb: KnowledgeBase = {
  entries,
  byId: new Map(entries.map((e) => [e.id, e])),
  rules,
};

export const frCtx: RecognitionContext = { lang: 'fr', referenceDate: new Date(2023, 11, 11), uiLang: 'fr' };
export const enCtx: RecognitionContext = { lang: 'en', referenceDate: new Date(2023, 11, 11), uiLang: 'en' };
