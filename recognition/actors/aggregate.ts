/**
 * From mentions to actors: one `ActorAnnotation` per id, with the knowledge base's names,
 * description, aliases, affiliations and Wikipedia link in the right languages.
 */
import type { RecognitionContext } from '../context';
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/schema';
import type { ActorAnnotation, SupportedLang } from '../types';
import type { ActorMention } from './mention';
import { foldForComparison } from './normalize';

const MAX_ALIASES = 5;

/** Groups sorted mentions by actor; actors come in order of first mention. */
export function aggregateActors(
  text: string,
  mentions: readonly ActorMention[],
  says: ReadonlyMap<string, string>,
  ctx: RecognitionContext,
  kb: KnowledgeBase,
): ActorAnnotation[] {
  const groups = new Map<string, ActorMention[]>();
  for (const m of mentions) {
    const group = groups.get(m.id);
    if (group === undefined) groups.set(m.id, [m]);
    else group.push(m);
  }
  const actors: ActorAnnotation[] = [];
  for (const [id, group] of groups) {
    const entry = kb.byId.get(id);
    const annotation = entry !== undefined ? fromEntry(entry, ctx, kb) : fromMentions(id, group, text);
    annotation.mentions = group.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end }));
    const articleSays = says.get(id);
    if (articleSays !== undefined && articleSays.length > 0) annotation.articleSays = articleSays;
    actors.push(annotation);
  }
  return actors;
}

function fromEntry(entry: KnowledgeEntry, ctx: RecognitionContext, kb: KnowledgeBase): ActorAnnotation {
  const lang: SupportedLang = ctx.lang ?? 'en';
  const name = entry.name[lang];
  const annotation: ActorAnnotation = {
    id: entry.id,
    name,
    kind: entry.kind,
    known: true,
    mentions: [],
    description: entry.description[ctx.uiLang],
    aliases: readableAliases(entry, lang, name),
  };
  if (entry.type !== undefined) annotation.type = entry.type;
  const affiliations = (entry.affiliations ?? []).flatMap((affiliated) => {
    const other = kb.byId.get(affiliated);
    return other === undefined ? [] : [{ id: other.id, name: other.name[ctx.uiLang] }];
  });
  if (affiliations.length > 0) annotation.affiliations = affiliations;
  const wikipedia = wikipediaUrl(entry, ctx.uiLang);
  if (wikipedia !== undefined) annotation.wikipedia = wikipedia;
  return annotation;
}

/**
 * Readable aliases by entry and article language. They depend on the entry alone, and folding
 * every spelling of a state again for each article cost more than the rest of aggregation.
 */
const aliasCache: Record<SupportedLang, WeakMap<KnowledgeEntry, readonly string[]>> = { en: new WeakMap(), fr: new WeakMap() };

/** The other language's name, then aliases of the article's language, then the rest. */
function readableAliases(entry: KnowledgeEntry, lang: SupportedLang, name: string): string[] {
  let aliases = aliasCache[lang].get(entry);
  if (aliases === undefined) {
    aliases = distinctAliases(entry, lang, name);
    aliasCache[lang].set(entry, aliases);
  }
  // A copy: each annotation owns its list.
  return [...aliases];
}

function distinctAliases(entry: KnowledgeEntry, lang: SupportedLang, name: string): string[] {
  const other: SupportedLang = lang === 'fr' ? 'en' : 'fr';
  const candidates = [
    entry.name[other],
    ...(entry.aliases[lang] ?? []),
    ...(entry.aliases.any ?? []),
    ...(entry.aliases[other] ?? []),
    ...(entry.caseSensitive ?? []),
  ];
  const seen = new Set([foldForComparison(name)]);
  const aliases: string[] = [];
  for (const alias of candidates) {
    const key = foldForComparison(alias);
    if (key.length < 2 || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
    if (aliases.length === MAX_ALIASES) break;
  }
  return aliases;
}

/** Wikipedia article in the UI language when there is one, else in the other language. */
function wikipediaUrl(entry: KnowledgeEntry, uiLang: SupportedLang): string | undefined {
  const titles = entry.wikipedia;
  if (titles === undefined) return undefined;
  const lang: SupportedLang | undefined = titles[uiLang] !== undefined ? uiLang : titles[uiLang === 'fr' ? 'en' : 'fr'] !== undefined ? (uiLang === 'fr' ? 'en' : 'fr') : undefined;
  if (lang === undefined) return undefined;
  const title = titles[lang]!.trim().replace(/ /g, '_');
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title)}`;
}

/** An actor outside the knowledge base: named by the longest form the article uses. */
function fromMentions(id: string, group: readonly ActorMention[], text: string): ActorAnnotation {
  let longest = group[0]!;
  for (const m of group) if (m.end - m.start > longest.end - longest.start) longest = m;
  const annotation: ActorAnnotation = {
    id,
    name: text.slice(longest.start, longest.end).replace(/\s+/g, ' '),
    kind: longest.kind,
    known: false,
    mentions: [],
  };
  const type = group.find((m) => m.type !== undefined)?.type;
  if (type !== undefined) annotation.type = type;
  return annotation;
}
