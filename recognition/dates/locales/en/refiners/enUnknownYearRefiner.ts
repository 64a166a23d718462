import { UnknownYearRefiner } from '../../../common/refiners/unknownYearRefiner';

/**
 * Signs of the future before a date: "will", "would", "expected", "set to", "plans to",
 * "scheduled", "to be held", "upcoming", and "by" right before it ("by March", a deadline).
 */
const FUTURE =
  /(?<![\p{L}\p{N}])(?:will|won't|'ll|shall|would|expect(?:s|ed|ing)?|set\s+to|plan(?:s|ned)?\s+to|scheduled|upcoming|to\s+be\s+held)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])by\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$/iu;

/** English puts "last" and "next" before the date, where our own parsers read them; the clause before may speak of the future. */
export class ENUnknownYearRefiner extends UnknownYearRefiner {
  protected pastSuffix(): null {
    return null;
  }

  protected nextSuffix(): null {
    return null;
  }

  protected futureClause(): RegExp {
    return FUTURE;
  }
}
