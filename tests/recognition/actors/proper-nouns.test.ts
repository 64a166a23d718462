import { describe, expect, it } from 'vitest';
import { enCtx, frCtx } from './small-kb';
import { unknownMentions } from './harness';

const names = (text: string, ctx = frCtx): string[] => unknownMentions(text, ctx).map((m) => m.text);

describe('proper nouns: people', () => {
  it('finds a person after a title, in French and English', () => {
    expect(unknownMentions('Le ministre Fouad Hussein a reçu son homologue.', frCtx)).toEqual([
      { id: 'unknown:fouad hussein', text: 'Fouad Hussein', kind: 'person', rule: 'proper-noun:title' },
    ]);
    expect(names('Selon le porte-parole du ministère, Yehia Rasool, la situation est calme.')).toEqual(['Yehia Rasool']);
    expect(names('Le ministre irakien des Affaires étrangères Fouad Hussein est arrivé.')).toEqual(['Fouad Hussein']);
    expect(names('Foreign Minister Fuad Hussein arrived in Ankara.', enCtx)).toEqual(['Fuad Hussein']);
    expect(names('The group’s spokesman Kadhim al-Fartousi denied it.', enCtx)).toEqual(['Kadhim al-Fartousi']);
    expect(names('Le général Soleimani était visé.')).toEqual(['Soleimani']);
  });

  it('finds a person by a verb of speech after or before the name', () => {
    expect(names('Karim Nouredine a déclaré que les frappes continueraient.')).toEqual(['Karim Nouredine']);
    expect(names('« Nous ne partirons pas », a affirmé Rafiq Zanjani.')).toEqual(['Rafiq Zanjani']);
    expect(names('Dara Kerimi, a researcher at a think tank in Erbil, told reporters the talks had stalled.', enCtx)).toEqual(['Dara Kerimi']);
    expect(names('Dara Kerimi also said the talks had stalled.', enCtx)).toEqual(['Dara Kerimi']);
    // Words between the verb and the speaker: a time and "à l’AFP".
    expect(names('« Le réseau ne tiendra pas », a déclaré dimanche soir à l’AFP Nisrine Youssef, une élue locale.')).toEqual(['Nisrine Youssef']);
    // …but not across a new clause.
    expect(names('Il a déclaré que Sabri Tarawneh serait remplacé.')).toEqual([]);
  });

  it('finds the speaker named after a closing quotation and its comma', () => {
    const english =
      'Few voted. "The lists were drawn up in advance, as always," Sarmad al-Tikriti, who heads the Nahrain Policy Institute, a research group in Basra, told reporters. Tikriti said more.';
    expect(names(english, enCtx)).toEqual(['Sarmad al-Tikriti', 'Nahrain Policy Institute', 'Tikriti']);
    const french = '« Les listes sont faites d’avance, comme toujours », Sarmad al-Tikriti, qui dirige un institut, un centre de recherche, a dit à la presse.';
    expect(names(french)).toEqual(['Sarmad al-Tikriti']);
    // A lone surname that speaks lends its evidence to the full name, particle or not.
    expect(names('The bakery of Sarmad al-Tikriti stayed open. "Nothing sells," Tikriti said.', enCtx)).toEqual(['Sarmad al-Tikriti', 'Tikriti']);
  });

  it('finds a person by a known first name or by Arabic name particles', () => {
    expect(names('Des proches de Mohammed Tamimi étaient présents.')).toEqual(['Mohammed Tamimi']);
    expect(names('Une photo montre Abu Fadak al-Mohammedawi lors d’une parade.')).toEqual(['Abu Fadak al-Mohammedawi']);
    expect(names('Le fils de Qais bin Dawood a été arrêté.')).toEqual(['Qais bin Dawood']);
  });

  it('takes a name with Arabic particles after a preposition of place for a place, not a person', () => {
    const kinds = (text: string, ctx = frCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('Une frappe a visé un dépôt près de Jurf al-Sakhar. Les combats continuent à Abu Kamal.')).toEqual([
      ['Jurf al-Sakhar', 'place'],
      ['Abu Kamal', 'place'],
    ]);
    expect(kinds('A strike hit a depot near Jurf al-Sakhar, and fighting went on in Abu Kamal.', enCtx)).toEqual([
      ['Jurf al-Sakhar', 'place'],
      ['Abu Kamal', 'place'],
    ]);
  });

  it('takes Arabic place words for places, and needs more than a particle for a two-word person', () => {
    const kinds = (text: string, ctx = frCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('Des frappes ont touché plusieurs villages, dont Aita al-Chaab et Deir Mimas.')).toEqual([['Deir Mimas', 'place']]);
    expect(kinds('Le cortège est passé par Tal Afar.')).toEqual([['Tal Afar', 'place']]);
  });

  it('drops capitalised pairs without any evidence', () => {
    expect(names('Le convoi est passé devant la maison de Sabri Tarawneh avant l’aube.')).toEqual([]);
  });

  it('uses the evidence found elsewhere for the same name', () => {
    const text = 'Sabri Tarawneh a parlé hier. Le rôle de Sabri Tarawneh reste flou. Sabri Tarawneh a ajouté que rien ne changerait.';
    expect(unknownMentions(text, frCtx).map((m) => [m.text, m.rule])).toEqual([
      ['Sabri Tarawneh', 'proper-noun:same-name'],
      ['Sabri Tarawneh', 'proper-noun:same-name'],
      ['Sabri Tarawneh', 'proper-noun:speech'],
    ]);
  });
});

describe('proper nouns: more evidence', () => {
  it('spells unknown ids with the light fold of the team convention', () => {
    expect(unknownMentions('Il a été transféré sur l’île d’İmralı, a déclaré Selin Aktaş.', frCtx).map((m) => m.id)).toEqual([
      'unknown:imralı',
      'unknown:selin aktas',
    ]);
  });

  it('finds a person by a role in apposition', () => {
    expect(names('When Devlet Yaman, the leader of the far-right party, spoke, nobody laughed.', enCtx)).toEqual(['Devlet Yaman']);
    expect(names('But Aktaş, a researcher at a think tank, doubts it.', enCtx)).toEqual(['Aktaş']);
  });

  it('finds landmarks by their last word, including a known place inside', () => {
    const kinds = (text: string): string[][] => unknownMentions(text, enCtx).map((m) => [m.text, m.kind]);
    expect(kinds('A gunman opened fire at the Allenby Bridge crossing.')).toEqual([['Allenby Bridge', 'place']]);
    expect(kinds('Farmers in the Baghdad Valley sell to traders.')).toEqual([['Baghdad Valley', 'place']]);
    expect(unknownMentions('Des touristes se baignaient dans la Mer Morte.', frCtx).map((m) => [m.text, m.kind])).toEqual([['Mer Morte', 'place']]);
  });

  it('does not take a company for a place: people work at it, and it speaks', () => {
    const kinds = (text: string, ctx = enCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('Mozilla said on Tuesday it would cut jobs. Engineers at Mozilla were told in a memo.')).toEqual([
      ['Mozilla', 'organization'],
      ['Mozilla', 'organization'],
    ]);
    expect(kinds('Shoppers at Whole Foods complained, and staff at Whole Foods agreed.')).toEqual([
      ['Whole Foods', 'organization'],
      ['Whole Foods', 'organization'],
    ]);
    expect(kinds('Prices rose in Mozilla last year. Mozilla said it would respond.')).toEqual([
      ['Mozilla', 'organization'],
      ['Mozilla', 'organization'],
    ]);
    expect(kinds('Elle est ingénieure chez Dassora depuis dix ans.', frCtx)).toEqual([['Dassora', 'organization']]);
    // Without such a cue a recurring name after "at" stays a place, even when it looks like a person's.
    expect(kinds('Fighting went on at Kobani. Kobani fell in the spring.')).toEqual([
      ['Kobani', 'place'],
      ['Kobani', 'place'],
    ]);
    expect(kinds('Les combats continuent à Abu Kamal. Abu Kamal est une ville frontalière.', frCtx)).toEqual([
      ['Abu Kamal', 'place'],
      ['Abu Kamal', 'place'],
    ]);
  });

  it('takes a lone word for a place when an apposition names a kind of place, or when a person comes from it', () => {
    const kinds = (text: string, ctx = enCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('In Zayouna, a residential district of eastern Baghdad, generators hum all night.')).toEqual([['Zayouna', 'place']]);
    expect(kinds('À Zayouna, un quartier résidentiel de l’est de Bagdad, les générateurs tournent.', frCtx)).toEqual([['Zayouna', 'place']]);
    expect(kinds('The shop belongs to a Lebanese-Canadian businesswoman from Ontario.')).toEqual([['Ontario', 'place']]);
    // Ordinary words, a noun that is not the apposition's head, and origins of other kinds stay out.
    expect(kinds('In Truth, a village elder told the story.')).toEqual([]);
    expect(kinds('In Zayouna, a district official lost his post.')).not.toContainEqual(['Zayouna', 'place']);
    expect(kinds('A statement from Ontario arrived, and an analyst from Harbour came.')).toEqual([]);
    expect(kinds('Cependant, une ville entière attend.', frCtx)).toEqual([]);
  });

  it('takes a lone word after "in" for a place only when the article uses it again', () => {
    expect(names('In Kobani, residents rebuilt. Kobani had been besieged in 2014.', enCtx)).toEqual(['Kobani', 'Kobani']);
    expect(names('The speech was given in Arabic.', enCtx)).toEqual([]);
  });
});

describe('proper nouns: what is never an actor', () => {
  it('ignores sentence-initial ordinary words', () => {
    expect(names('Cependant, la situation reste tendue. Progressivement, les routes rouvrent. Ces mesures ont été saluées.')).toEqual([]);
    expect(names('However, the roads reopened. Meanwhile, officials met. Several sources said so.', enCtx)).toEqual([]);
  });

  it('leaves a sentence-opening verb of speech or common noun outside the name', () => {
    expect(names('Said Nabil Haddad, a shopkeeper, as he closed his stall: “Nobody buys.”', enCtx)).toEqual(['Nabil Haddad']);
    expect(names('Added Rima Tabet, who runs a bakery, “The flour is gone.”', enCtx)).toEqual(['Rima Tabet']);
    // A first name "Said" before a lone surname is the name.
    expect(names('Said Jaberi, the negotiator, left early.', enCtx)).toEqual(['Said Jaberi']);
    expect(names('Guitarist Omar Tabet said the tour would go on.', enCtx)).toEqual(['Omar Tabet']);
    // A word the article also writes in lowercase is a common noun.
    expect(names('Busker Omar Tabet said the square was empty. Every busker has left.', enCtx)).toEqual(['Omar Tabet']);
    expect(names('Commerçant Nabil Haddad a déclaré que rien ne se vend.')).toEqual(['Nabil Haddad']);
  });

  it('ignores adjectives and nouns of nationality', () => {
    expect(names('Les Irakiens et les Tunisiennes ont voté, comme les Libanais.')).toEqual([]);
    expect(names('Iraqi and Syrian officials met Lebanese and Kurdish delegates, and the Iranians said nothing.', enCtx)).toEqual([]);
  });

  it('ignores page chrome', () => {
    const page = 'Afficher plus\nArticles similaires\nBouton retour en haut de la page\nRead more\nRelated articles\nShare\nNewsletter';
    expect(names(page)).toEqual([]);
    expect(names(page, enCtx)).toEqual([]);
  });

  it('ignores title-case headlines', () => {
    expect(names('Iraq Militia Leaders Vow Revenge After Deadly Night Strike\nThe strike hit a base.', enCtx)).toEqual([]);
  });

  it('ignores names the knowledge base already matched', () => {
    expect(unknownMentions('Hadi al-Amiri a déclaré que l’organisation Badr resterait.', frCtx)).toEqual([]);
  });
});

describe('proper nouns: organisations', () => {
  it('recognises French organisation patterns with their lowercase words', () => {
    expect(unknownMentions('Le Conseil de sécurité a adopté une résolution.', frCtx)).toEqual([
      { id: 'unknown:conseil de securite', text: 'Conseil de sécurité', kind: 'organization', rule: 'proper-noun:org-head' },
    ]);
    expect(names('Les Brigades de la résistance populaire ont revendiqué le tir.')).toEqual(['Brigades de la résistance populaire']);
    expect(names('Le Mouvement pour la justice sociale a appelé à manifester.')).toEqual(['Mouvement pour la justice sociale']);
    expect(names('Un communiqué du Ministère de l’Intérieur précise le bilan.')).toEqual(['Ministère de l’Intérieur']);
    expect(names('Le Parti démocratique du Sud a quitté la coalition.')).toEqual(['Parti démocratique du Sud']);
  });

  it('leaves a trailing nationality adjective outside the name', () => {
    expect(names('Le Front populaire de libération tunisien a été dissous.')).toEqual(['Front populaire de libération']);
  });

  it('recognises English organisation patterns', () => {
    expect(names('The Interior Ministry said the Popular Defence Brigades had withdrawn.', enCtx)).toEqual([
      'Interior Ministry',
      'Popular Defence Brigades',
    ]);
    expect(names('A statement from the Ministry of Oil followed.', enCtx)).toEqual(['Ministry of Oil']);
    expect(names('Members of the Free Syrian Army and the Syrian Democratic Council met.', enCtx)).toEqual([
      'Free Syrian Army',
      'Syrian Democratic Council',
    ]);
  });

  it('recognises an organisation announced by a noun before it or in an apposition', () => {
    const kinds = (text: string, ctx = frCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('L’association Jousour Sud, qui distribue des colis, dit manquer de fonds.')).toEqual([['Jousour Sud', 'organization']]);
    expect(kinds('« Rien ne change », dit Salma Haddad, directrice de Basma, une ONG de Tyr.')).toEqual([
      ['Salma Haddad', 'person'],
      ['Basma', 'organization'],
    ]);
    expect(kinds('Dr Laila Saad, who directs Orontes Medical Relief, a Syrian charity that runs clinics, said supplies were short.', enCtx)).toEqual([
      ['Laila Saad', 'person'],
      ['Orontes Medical Relief', 'organization'],
    ]);
    // "the group’s founder" is a person's role, not an organisation.
    expect(kinds('Rafiq Zanjani, the group’s founder, said nothing.', enCtx)).toEqual([['Rafiq Zanjani', 'person']]);
  });

  it('reads organisation names that contain lowercase words, coordinations and known places', () => {
    expect(names('Une chercheuse du Centre d’analyse des politiques de défense (CAPD) le confirme.')).toEqual([
      'Centre d’analyse des politiques de défense',
      'CAPD',
    ]);
    expect(names('Le Forum des familles d’otages et de disparus réclame un accord.')).toEqual(['Forum des familles d’otages et de disparus']);
    expect(names('Le Conseil militaire de Bagdad a démenti.')).toEqual(['Conseil militaire de Bagdad']);
    expect(names('She heads the Baghdad Teachers Committee, an informal group.', enCtx)).toEqual(['Baghdad Teachers Committee']);
    expect(names('Oil goes to the State Organization for Marketing of Oil (SOMO) and the SOMO sells it.', enCtx)).toEqual([
      'State Organization for Marketing of Oil',
      'SOMO',
      'SOMO',
    ]);
  });

  it('ends a name before lowercase words that follow a preposition other than a genitive', () => {
    const kinds = (text: string, ctx = frCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);
    expect(kinds('Les émirats de la Mer Rouge en tête, plusieurs pays ont refusé.')).toEqual([['Mer Rouge', 'place']]);
    expect(kinds('La Mer Morte en été attire peu de touristes.')).toEqual([['Mer Morte', 'place']]);
    expect(names('The Defence Council in the region has not met.', enCtx)).toEqual(['Defence Council']);
    // A genitive still carries lowercase words: "aux" is "à les".
    expect(names('Le Haut-Commissariat aux réfugiés et le Conseil de sécurité ont alerté.')).toEqual(['Haut-Commissariat aux réfugiés', 'Conseil de sécurité']);
  });

  it('takes capitalised words joined by "and" into a name that ends in its kind', () => {
    expect(names('Karimi’s bloc, the Renewal and Dignity Alliance, won four seats.', enCtx)).toEqual(['Renewal and Dignity Alliance']);
    expect(names('The Peace and Justice Party and the Unity Front walked out.', enCtx)).toEqual(['Peace and Justice Party', 'Unity Front']);
    // A first name before "and" is a person's, not the organisation's.
    expect(names('The talks brought Omar and Reform Council members together.', enCtx)).toEqual(['Reform Council']);
    // French names joined by "et" keep their own grammar, capitalised or not.
    expect(names('Le Parti de la justice et du développement a gagné.')).toEqual(['Parti de la justice et du développement']);
  });

  it('does not take an ordinary capitalised word at a sentence start for an organisation', () => {
    expect(names('Mouvement de foule à la sortie du stade.')).toEqual([]);
  });

  it('swallows a known actor inside a longer organisation name', () => {
    expect(unknownMentions('Le Conseil des gouverneurs de l’Irak a tranché.', frCtx).map((m) => m.text)).toEqual(['Conseil des gouverneurs de l’Irak']);
  });

  it('recognises an acronym defined in the text', () => {
    const found = unknownMentions('Le Mouvement de la jeunesse libre (MJL) a manifesté ; le MJL réclame des élections.', frCtx);
    expect(found.map((m) => [m.text, m.id])).toEqual([
      ['Mouvement de la jeunesse libre', 'unknown:mouvement de la jeunesse libre'],
      ['MJL', 'unknown:mouvement de la jeunesse libre'],
      ['MJL', 'unknown:mouvement de la jeunesse libre'],
    ]);
  });
});

describe('proper nouns: companies that a bare preposition would make places', () => {
  const kinds = (text: string, ctx = enCtx): string[][] => unknownMentions(text, ctx).map((m) => [m.text, m.kind]);

  it('reads the owner in "X-owned" as a company and starts the name after it', () => {
    expect(kinds('She shops at Brightwell-owned Green Basket Market most weeks.')).toEqual([
      ['Brightwell', 'organization'],
      ['Green Basket Market', 'organization'],
    ]);
    // A common noun opening the sentence owns nothing.
    expect(kinds('Brightwell-owned shops opened. State-owned banks lent more, and the state paid.').map(([text]) => text)).toEqual([]);
    expect(unknownMentions('The plant was owned by Corvane until the crash. Workers in Corvane lost out.', enCtx).map((m) => [m.text, m.kind, m.rule])).toEqual([
      ['Corvane', 'organization', 'proper-noun:business'],
      ['Corvane', 'organization', 'proper-noun:same-name'],
    ]);
  });

  it('lets a verb of business outweigh a bare "in" or "at" for every mention of the name', () => {
    expect(kinds('Prices fell in Green Basket last spring. Later Green Basket was selling cheaper bread, and Green Basket touted a discount.')).toEqual([
      ['Green Basket', 'organization'],
      ['Green Basket', 'organization'],
      ['Green Basket', 'organization'],
    ]);
    expect(kinds('Growth slowed at Corvane, and then Corvane bought a rival.')).toEqual([
      ['Corvane', 'organization'],
      ['Corvane', 'organization'],
    ]);
    expect(kinds('Les prix ont baissé à Brevalis. En mai, Brevalis a racheté un concurrent.', frCtx)).toEqual([
      ['Brevalis', 'organization'],
      ['Brevalis', 'organization'],
    ]);
    // A person who sells his own stake stays out of the companies, and so does a person's surname.
    expect(kinds('He lived in Tarvisi for years. Later Tarvisi sold off his stake.')).not.toContainEqual(['Tarvisi', 'organization']);
    expect(kinds('Rafiq Zanjani, the group’s founder, said nothing. Later Zanjani bought a farm.')).toEqual([
      ['Rafiq Zanjani', 'person'],
      ['Zanjani', 'person'],
    ]);
  });

  it('reads French nouns of business before the name and "Groupe" after it', () => {
    expect(kinds('Les bugs s’accumulent dans Quillpad. Le projet Quillpad a été scindé.', frCtx)).toEqual([
      ['Quillpad', 'organization'],
      ['Quillpad', 'organization'],
    ]);
    expect(kinds('Les salariés de Brevalis Groupe ont manifesté à Lyon.', frCtx)).toContainEqual(['Brevalis Groupe', 'organization']);
  });

  it('takes a name for a company when its possessive or its article governs a noun of business', () => {
    expect(kinds('In Corvane’s case the rules differ. Later the Corvane sale closed, and Corvane’s $2.5 billion deal stalled.')).toEqual([
      ['Corvane', 'organization'],
      ['Corvane', 'organization'],
      ['Corvane', 'organization'],
    ]);
    expect(kinds('Bugs pile up in Quillpad. Later the Quillpad project was split, and Quillpad shareholders complained.')).toEqual([
      ['Quillpad', 'organization'],
      ['Quillpad', 'organization'],
      ['Quillpad', 'organization'],
    ]);
  });

  it('takes software named with its kind after the article for a company’s product', () => {
    expect(kinds('Innovation in Brandfell slowed. Most people use the Brandfell email client.')).toEqual([
      ['Brandfell', 'organization'],
      ['Brandfell', 'organization'],
    ]);
    // Any project is not software: a place keeps its reconstruction project.
    expect(kinds('Cranes rose in Karvash. Work on the Karvash reconstruction project began.')).toEqual([
      ['Karvash', 'place'],
      ['Karvash', 'place'],
    ]);
  });

  it('never takes a single word with an inner capital for a place', () => {
    expect(kinds('Development activity in TextForge slowed, and work in TextForge moved on.')).toEqual([
      ['TextForge', 'organization'],
      ['TextForge', 'organization'],
    ]);
    expect(kinds('The port to Gx5 began in Gx5 labs, and support in KBStream followed; KBStream is free.').filter(([, kind]) => kind === 'place')).toEqual([]);
    // Names with an inner capital after a name prefix are still places when the text says so.
    expect(kinds('Flights landed at McAllen, and McAllen reopened.')).toEqual([
      ['McAllen', 'place'],
      ['McAllen', 'place'],
    ]);
  });

  it('takes names that end in a company word or a legal form for organisations', () => {
    expect(kinds('The shares left in Remnant Co. are worth more than the cash.')).toEqual([['Remnant Co', 'organization']]);
    expect(kinds('He sold his stake in Bright Circuits SRL and left.')).toEqual([['Bright Circuits', 'organization']]);
    expect(kinds('He sold his stake in Clever Projects and left.')).toEqual([['Clever Projects', 'organization']]);
    // "and" before a company word does not join two names into one.
    expect(kinds('A dispute between Veltano and Clever Projects went to court.').map(([text]) => text)).not.toContain('Veltano and Clever Projects');
  });

  it('reads a lowercase title after an article as an adjective, not a person’s title', () => {
    expect(kinds('It draws a line from a major Karvash industry to the docks. Cranes rose in Karvash.')).toEqual([
      ['Karvash', 'place'],
      ['Karvash', 'place'],
    ]);
    expect(kinds('Major Tom Brandt said so, and the group’s chief Dara Kerimi agreed.').map(([, kind]) => kind)).toEqual(['person', 'person']);
  });

  it('keeps places that have mayors, hospitals, residents and ports', () => {
    expect(kinds('In Marrowby, voters queued. Marrowby’s mayor spoke, and Marrowby has a port.')).toEqual([
      ['Marrowby', 'place'],
      ['Marrowby', 'place'],
      ['Marrowby', 'place'],
    ]);
    expect(kinds('Residents of Quenford voted, and in Quenford the lines were long. Quenford’s hospitals are full.')).toEqual([
      ['Quenford', 'place'],
      ['Quenford', 'place'],
      ['Quenford', 'place'],
    ]);
    expect(kinds('Les combats continuent à Tell Rawda. Tell Rawda est une ville frontalière.', frCtx)).toEqual([
      ['Tell Rawda', 'place'],
      ['Tell Rawda', 'place'],
    ]);
  });
});
