import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { yearComponents } from '../parsers/components';
import { refinerTag } from '../tags';

/** Is the result a year written alone, in digits? (Cheaper than a regular expression, run on every result.) */
function isBareYear(text: string): boolean {
  if (text.length !== 4) return false;
  for (let index = 0; index < 4; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * A year in context lends that context to the years listed after it: "en 2014, 2015 et 2016"
 * gives three years, though only the first follows "en".
 */
export abstract class YearListRefiner implements Refiner {
  /** Separator then a year in group `year`, anchored at the start of the text after a year. */
  protected abstract continuation(): RegExp;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const refined: ParsingResult[] = [];
    results.forEach((result, position) => {
      refined.push(result);
      const limit = results[position + 1]?.index ?? context.text.length;
      let last = result;
      while (isBareYear(last.text)) {
        const end = last.index + last.text.length;
        const match = this.continuation().exec(context.text.slice(end, Math.min(limit, end + 16)));
        const year = match?.groups?.year;
        if (!match || !year) break;
        const index = end + match[0].length - year.length;
        last = context
          .createParsingResult(index, year, yearComponents(context, Number(year)))
          .addTag(refinerTag('YearList'));
        refined.push(last);
      }
    });
    return refined;
  }
}
