/**
 * News text written for these tests (not taken from any article): a paragraph per language whose
 * every date the paragraph tests check, and more paragraphs in the same register for the benchmark
 * (`scripts/bench-dates.ts`). Absolute dates are historical facts; the relative ones are framed
 * around an unnamed interview and debate.
 */

export const FRENCH_PARAGRAPH =
  'Dans un entretien accordé vendredi dernier à notre rédaction, un chercheur spécialiste de l’Irak ' +
  'rappelait que les États-Unis maintiennent environ 2500 conseillers dans le pays. Les premiers soldats ' +
  'américains étaient entrés en Irak en mars 2003, lors de l’invasion qui a renversé Saddam Hussein ; le ' +
  'retrait s’est achevé à la mi-décembre 2011, avant un retour en 2014 face à l’organisation État islamique. ' +
  'Entre 2014 et 2017, la coalition a mené des milliers de frappes, et la reprise de Mossoul, en juillet ' +
  '2017, a marqué un tournant. Le 3 janvier 2020, une frappe de drone près de l’aéroport de Bagdad a tué ' +
  'Qassem Soleimani et Abou Mahdi al-Mouhandis ; deux jours après l’assassinat, le Parlement irakien votait ' +
  'une résolution demandant le départ des troupes étrangères. Depuis la mi-octobre, les attaques contre les ' +
  'bases qui accueillent des soldats américains se sont multipliées. Hier soir encore, lors d’un débat à ' +
  'Paris, plusieurs intervenants ont comparé la situation à la guerre de huit ans qui a opposé l’Irak à ' +
  'l’Iran dans les années 1980.';

export const ENGLISH_PARAGRAPH =
  'In an interview with our newsroom last Friday, a researcher who studies Iraq recalled that the United ' +
  'States keeps about 2,500 troops in the country. American forces first entered Iraq in March 2003, during ' +
  'the invasion that toppled Saddam Hussein; the withdrawal was completed in mid-December 2011, before troops ' +
  'returned in 2014 to fight the Islamic State group. Between 2014 and 2017 the coalition carried out ' +
  'thousands of strikes, and the recapture of Mosul in July 2017 marked a turning point. On January 3, 2020, ' +
  'a drone strike near Baghdad airport killed Qassem Soleimani and Abu Mahdi al-Muhandis; two days later, ' +
  'Iraq’s parliament passed a resolution calling for foreign troops to leave. Since mid-October, attacks on ' +
  'bases hosting American troops have multiplied. On Monday evening, at a debate in London, several speakers ' +
  'compared the situation with the eight-year war between Iraq and Iran in the 1980s.';

/**
 * An article: the paragraph above among paragraphs of commentary with few dates. With about three
 * dates per thousand characters it is denser in dates than most news pages (one or two), which
 * makes it a demanding benchmark: the cost of recognition grows with the number of dates.
 */
export const FRENCH_ARTICLE = [
  'Les tensions autour de la présence militaire américaine en Irak ne faiblissent pas. À Bagdad comme ' +
    'dans les capitales occidentales, responsables politiques, diplomates et militaires s’interrogent sur ' +
    'l’avenir d’un dispositif dont la mission officielle se limite au conseil, à la formation et au ' +
    'renseignement, mais dont la seule présence reste un sujet de discorde dans la vie politique irakienne.',
  FRENCH_PARAGRAPH,
  'Pour Bagdad, l’équation reste délicate. Le gouvernement dépend du soutien de partis proches de Téhéran, ' +
    'tout en comptant sur la coopération militaire occidentale pour la formation de ses unités et le ' +
    'renseignement. Les responsables irakiens répètent que les forces étrangères présentes sur leur sol ' +
    'n’ont plus de mission de combat depuis la fin de l’année 2021, mais un rôle de conseil et d’assistance. ' +
    'Cette distinction, soulignent plusieurs élus, est difficile à faire comprendre à une opinion publique ' +
    'lassée par des décennies de guerres et d’ingérences.',
  'Sur le terrain, les conséquences économiques se font sentir. Les investisseurs étrangers hésitent, les ' +
    'projets d’infrastructures avancent lentement et la population, qui a connu des décennies de conflits, ' +
    'réclame avant tout des services publics, de l’électricité et des emplois. Dans plusieurs provinces du ' +
    'sud, les coupures de courant restent fréquentes pendant les mois les plus chauds, et la question de ' +
    'l’eau, liée à la baisse du débit du Tigre et de l’Euphrate, inquiète les agriculteurs.',
  'Les manifestations d’octobre 2019, réprimées dans le sang, ont laissé des traces profondes dans la ' +
    'jeunesse du pays. Beaucoup de jeunes diplômés disent ne plus croire aux promesses des partis ' +
    'traditionnels et cherchent un emploi dans le secteur privé ou à l’étranger. Les associations de la ' +
    'société civile, elles, continuent de documenter les violences et de réclamer des comptes.',
  'Les diplomates européens en poste dans la région estiment que la priorité est d’éviter une escalade ' +
    'régionale. Plusieurs chancelleries ont appelé à la retenue, et des contacts discrets se poursuivent ' +
    'entre les différentes parties, selon les mêmes sources. Les spécialistes de la région rappellent que ' +
    'les équilibres restent fragiles et qu’un incident isolé peut suffire à relancer un cycle de représailles.',
  'Pour de nombreux observateurs, la question n’est plus de savoir si les troupes étrangères quitteront ' +
    'un jour le pays, mais dans quelles conditions et selon quel calendrier. Les autorités irakiennes ' +
    'souhaitent un départ négocié, qui préserve la coopération en matière de sécurité sans donner ' +
    'l’impression d’une victoire aux groupes armés qui revendiquent les attaques.',
].join('\n\n');

export const ENGLISH_ARTICLE = [
  'Tensions over the American military presence in Iraq show no sign of easing. In Baghdad as in Western ' +
    'capitals, politicians, diplomats and military officers are asking what future awaits a deployment whose ' +
    'official mission is limited to advice, training and intelligence, but whose very presence remains a ' +
    'source of discord in Iraqi politics.',
  ENGLISH_PARAGRAPH,
  'For Baghdad, the equation remains delicate. The government depends on the support of parties close to ' +
    'Tehran, while relying on Western military cooperation to train its units and share intelligence. Iraqi ' +
    'officials repeat that the foreign forces on their soil have had no combat mission since the end of 2021, ' +
    'only a role of advice and assistance. That distinction, several lawmakers say, is hard to explain to a ' +
    'public worn out by decades of wars and foreign interference.',
  'On the ground, the economic consequences are felt. Foreign investors hesitate, infrastructure projects ' +
    'move slowly, and a population that has lived through decades of conflict asks above all for public ' +
    'services, electricity and jobs. In several southern provinces, power cuts remain frequent during the ' +
    'hottest months, and water shortages linked to the falling flow of the Tigris and the Euphrates worry ' +
    'farmers.',
  'The protests of October 2019, which were violently suppressed, left deep scars among the country’s ' +
    'young people. Many young graduates say they no longer believe the promises of the traditional parties ' +
    'and look for work in the private sector or abroad. Civil society groups, for their part, keep ' +
    'documenting the violence and demanding accountability.',
  'European diplomats posted in the region say the priority is to avoid a regional escalation. Several ' +
    'governments have called for restraint, and discreet contacts continue between the various parties, ' +
    'according to the same sources. Specialists of the region point out that the balance remains fragile and ' +
    'that a single incident can be enough to start a new cycle of retaliation.',
  'For many observers, the question is no longer whether foreign troops will one day leave the country, but ' +
    'on what terms and on what timetable. The Iraqi authorities want a negotiated departure that preserves ' +
    'security cooperation without giving the impression of a victory to the armed groups that claim the ' +
    'attacks.',
].join('\n\n');
