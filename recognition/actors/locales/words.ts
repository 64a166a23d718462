/**
 * The shape of one language's word lists. Words are written naturally (accents, hyphens);
 * `compileLocale` folds them once.
 */
export interface LocaleWords {
  /** Capitalised function words, adverbs, numbers, months and weekdays: never a name. */
  stopWords: readonly string[];
  /** Titles and roles that announce a person ("ministre", "spokesman"). */
  titles: readonly string[];
  /** Titles that are also adjectives: lowercase after an article they describe a thing ("a major Seattle industry"). */
  adjectivalTitles: readonly string[];
  /** Finer actor type suggested by a title, by folded title. */
  titleTypes: Readonly<Record<string, string>>;
  /** Verbs of speech after the speaker ("said", "déclaré"). */
  speechVerbs: readonly string[];
  /** Auxiliaries between a speaker and a participle ("a", "has"). */
  speechAuxiliaries: readonly string[];
  /** Adverbs that may sit between auxiliary and participle ("également", "also"). */
  speechAdverbs: readonly string[];
  /** Verbs of speech that may come before the speaker ("said X"). */
  invertedSpeechVerbs: readonly string[];
  /** Words that end the look-back from a name to a title (verbs, prepositions, pronouns). */
  clauseBreakers: readonly string[];
  /** Lowercase words allowed inside a run of capitalised words of an organisation name. */
  orgConnectors: readonly string[];
  /** Capitalised words that open an organisation name ("Brigades …", "Ministry of …"). */
  orgHeads: readonly string[];
  /** Capitalised words that close an organisation name ("… Council", "… Party"). */
  orgTails: readonly string[];
  /** Capitalised words that open a place name ("Mer Morte", "Place Tahrir"). */
  placeHeads: readonly string[];
  /** Capitalised words that close a place name ("Allenby Bridge", "Jordan Valley"). */
  placeTails: readonly string[];
  /** Words that show a capitalised phrase is not a person ("Watch", "Rights", "News"). */
  notPersonWords: readonly string[];
  /** Lowercase nouns that introduce an organisation's name ("l’association X", "the charity X"). */
  orgNouns: readonly string[];
  /** Coordination inside an organisation name, before a link or a capital ("Forum des familles d’otages et de disparus"). */
  orgCoordinators: readonly string[];
  /** Prepositions that continue a name after its head word ("Ministry of", "Centre d’"). */
  orgLinks: readonly string[];
  /** Words that open a new clause: a look-back for a verb of speech stops there ("que", "who"). */
  clauseLinks: readonly string[];
  /** Markers of a nickname after a name ("Ahmed al-Khabil, dit Abou Khawla"); several words allowed. */
  nicknameMarkers: readonly string[];
  /** Page chrome: buttons, links and widgets that are never actors. */
  chrome: readonly string[];
  /** Endings of nationality adjectives and nouns ("-iens", "-ians", "-ese"). */
  demonymSuffixes: readonly string[];
  /** Lowercase adjectives of organisation names ("islamique", "populaire"), by ending. */
  adjectiveSuffixes: readonly string[];
  /** Prepositions that put the following name in a place ("à", "près", "near", "in"). */
  placePrepositions: readonly string[];
  /** Of those, the ones that say "place" even before a lone word ("près", "near"). */
  strongPlacePrepositions: readonly string[];
  /** Prepositions after which a workplace noun makes the name an employer ("engineers at", "ingénieur chez"). */
  employerPrepositions: readonly string[];
  /** People and work before those prepositions ("engineers at Mozilla", "works for", "salariés chez"). */
  employerNouns: readonly string[];
  /** Occupations written before a name without being titles ("Drummer Chad Smith", "le commerçant Rami Saleh"). */
  occupations: readonly string[];
  /** Nouns naming a kind of place, heads of an apposition ("Karrada, a commercial district of …"). */
  placeKindNouns: readonly string[];
  /** Prepositions of origin ("a businessman from Michigan"). */
  originPrepositions: readonly string[];
  /** People whose origin the preposition gives: the name after it is a place ("a farmer from …"). */
  originNouns: readonly string[];
  /** Verbs whose subject is a company ("bought", "was selling", "a racheté"); a few are two words ("laid off"). */
  businessVerbs: readonly string[];
  /** Words after a verb of business that show a person did it ("sold off his stake"). */
  personalPossessives: readonly string[];
  /** Capitalised words that close a company's name ("… Co", "… Inc", "… Labs"); unlike `orgTails`, no "and" before them joins the name. */
  companyTails: readonly string[];
  /** Auxiliaries between a company and its verb ("was selling", "will sell", "a racheté"). */
  businessAuxiliaries: readonly string[];
  /** Participles before "by"/"par" whose agent is a company ("owned by X", "racheté par X"). */
  ownershipParticiples: readonly string[];
  /** The agent preposition after those participles ("by", "par"). */
  agentPrepositions: readonly string[];
  /** Last part of a hyphenated compound whose first part is a company ("Amazon-owned", "Google-backed"). */
  ownerCompounds: readonly string[];
  /** Nouns a company has, after its possessive ("Amazon’s strategy", "Yahoo’s $4.8 billion sale"). */
  businessNouns: readonly string[];
  /** Nouns after a name and its article that make it a company or a project ("the LibreOffice project"). */
  companyNounsAfter: readonly string[];
  /** Software nouns that may follow a modifier after "the X" ("the Thunderbird email client", "the Gecko layout engine"). */
  softwareNouns: readonly string[];
  /** Of those, the ones that need no article ("Yahoo shareholders", "Yahoo executives"). */
  bareCompanyNounsAfter: readonly string[];
  /** Legal forms written after a company's name, often in capitals ("Smart Projects SRL", "Renault SA"). */
  companySuffixes: readonly string[];
  /** Definite and indefinite articles that open a noun phrase ("un", "the", "an"). */
  determiners: readonly string[];
  /** Articles dropped in front of a role ("le", "the"). */
  articles: readonly string[];
  metonymy: MetonymyWords;
}

/** Words around a capital that say "the government" or "the place". */
export interface MetonymyWords {
  /** Prepositions of place just before the name ("à", "in", "near"). */
  locativeBefore: readonly string[];
  /** Words that may sit between a locative preposition and the name ("central", "downtown"). */
  locativeModifiers: readonly string[];
  /** Prepositions meaning "of" ("de", "of"): the noun before them decides. */
  genitiveBefore: readonly string[];
  /** Nouns of place before "de"/"of" ("aéroport de Bagdad", "outskirts of Baghdad"). */
  placeNouns: readonly string[];
  /** Political nouns before "de"/"of"/"from" ("le soutien de Washington", "pressure from"). */
  politicalNouns: readonly string[];
  /** Words right after the name that make it a place ("airport", "province"). */
  placeAfter: readonly string[];
  /** Verbs whose object is a place ("secoué", "visited", "rocked"). */
  placeVerbsBefore: readonly string[];
  /** Verbs and nouns of movement before "de" ("venu de Bagdad", "en provenance de"). */
  motionBefore: readonly string[];
  /** Nouns that name a city in apposition ("la capitale, Bagdad", "the capital, Sanaa"). */
  cityNouns: readonly string[];
  /** Words after a dateline's comma ("Bagdad, 5 janvier —"): months and weekdays. */
  datelineWords: readonly string[];
  /** Nouns of travel before "entre"/"between": the names that follow are places ("vols entre Sanaa et Amman"). */
  routeNouns: readonly string[];
  /** Prepositions of relation before the name ("entre", "avec", "against"). */
  relationBefore: readonly string[];
  /** Dative preposition of "demander à Bagdad de …" ("à"). */
  dative: readonly string[];
  /** What follows the dative name before an infinitive ("de", "d’"). */
  dativeComplementizers: readonly string[];
  /** Endings of infinitives ("-er", "-ir", "-re"). */
  infinitiveEndings: readonly string[];
}
