import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** A refiner that keeps the results a predicate accepts (chrono's own Filter is not exported). */
export abstract class ResultFilter implements Refiner {
  protected abstract isValid(context: ParsingContext, result: ParsingResult): boolean;

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => this.isValid(context, result));
  }
}
