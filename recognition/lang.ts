import type { SupportedLang } from './types';

// Frequent function words that almost never occur in the other language.
const frenchWords = new Set(['le', 'la', 'les', 'des', 'du', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'avec', 'au', 'aux', 'ont', 'été', 'selon', 'mais', 'ses', 'leur']);
const englishWords = new Set(['the', 'and', 'of', 'is', 'was', 'were', 'in', 'that', 'with', 'for', 'on', 'by', 'has', 'have', 'said', 'from', 'which', 'its', 'their', 'after']);

/**
 * Picks the article language from its declared language, or from function-word counts over a
 * sample of the text when the page declares nothing usable. Null for other languages.
 */
export function detectLanguage(text: string, declared: string | null = null): SupportedLang | null {
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (code === 'fr' || code === 'en') return code;
  if (code && code.length === 2 && /^[a-z]{2}$/.test(code)) return null;
  const sample = text.slice(0, 20_000).toLowerCase().match(/[a-zàâçéèêëîïôûùüÿœ]+/g) ?? [];
  let french = 0;
  let english = 0;
  for (const word of sample) {
    if (frenchWords.has(word)) french++;
    else if (englishWords.has(word)) english++;
  }
  const total = french + english;
  if (total < 5 || total < sample.length * 0.08) return null;
  return french >= english ? 'fr' : 'en';
}
