import type { KnowledgeEntry } from '../schema';

/**
 * Organisations of the Middle East security and political landscape since 2003: armed groups,
 * parties and alliances, state institutions, armed forces, intelligence services, international
 * organisations and coalitions. Descriptions are our own words, dated rather than "current".
 */
export const organizations: readonly KnowledgeEntry[] = [
  // ── Iraq: armed groups of the Popular Mobilization Forces and the "resistance" ──
  {
    id: 'kataib-hezbollah',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Kataib Hezbollah', fr: 'Kataeb Hezbollah' },
    aliases: {
      any: ["Kata'ib Hezbollah", 'Kataib Hizbollah', "Kata'ib Hizballah"],
      en: ['Hezbollah Brigades', 'Iraqi Hezbollah'],
      fr: ['Brigades du Hezbollah', 'Brigades du Hezbollah irakien', 'Hezbollah irakien'],
    },
    caseSensitive: ['KH'],
    description: {
      en: 'Iraqi Shia armed group founded by Abu Mahdi al-Muhandis and closely tied to the Quds Force of Iran; the United States designated it a terrorist organisation in 2009. Its fighters form brigades of the Popular Mobilization Forces.',
      fr: 'Groupe armé chiite irakien fondé par Abou Mahdi al-Mouhandis et étroitement lié à la force Al-Qods iranienne ; les États-Unis l’ont classé organisation terroriste en 2009. Ses combattants forment des brigades des Forces de mobilisation populaire.',
    },
    affiliations: ['popular-mobilization-forces', 'islamic-resistance-in-iraq', 'axis-of-resistance', 'quds-force', 'state-irn'],
    wikipedia: { en: "Kata'ib Hezbollah" },
  },
  {
    id: 'harakat-hezbollah-al-nujaba',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Harakat Hezbollah al-Nujaba', fr: 'Harakat Hezbollah al-Nujaba' },
    aliases: {
      any: ['al-Nujaba', 'Nujaba', 'Harakat al-Nujaba', 'Nujaba Movement'],
      en: ['Movement of the Noble Ones'],
      fr: ['Mouvement Al-Nujaba', 'Mouvement des nobles', 'Harakat Hezbollah al-Noujaba', 'al-Noujaba'],
    },
    description: {
      en: 'Iraqi Shia armed group formed in 2013 by Akram al-Kaabi, a former commander of Asaib Ahl al-Haq; it fought in Syria, belongs to the Popular Mobilization Forces and was designated by the United States in 2019.',
      fr: 'Groupe armé chiite irakien créé en 2013 par Akram al-Kaabi, ancien commandant d’Asaïb Ahl al-Haq ; il a combattu en Syrie, appartient aux Forces de mobilisation populaire et a été placé sur la liste noire américaine en 2019.',
    },
    affiliations: ['popular-mobilization-forces', 'islamic-resistance-in-iraq', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Harakat Hezbollah al-Nujaba' },
  },
  {
    id: 'asaib-ahl-al-haq',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Asaib Ahl al-Haq', fr: 'Asaïb Ahl al-Haq' },
    aliases: {
      any: ["Asa'ib Ahl al-Haq", 'Assaib Ahl al-Haq', 'Asaeb Ahl al-Haq'],
      en: ['League of the Righteous', 'Khazali Network'],
      fr: ['Ligue des vertueux'],
    },
    caseSensitive: ['AAH'],
    description: {
      en: 'Iraqi Shia armed group led by Qais al-Khazali that broke away from the Mahdi Army in the mid-2000s; it belongs to the Popular Mobilization Forces and the United States designated it a terrorist organisation in 2020.',
      fr: 'Groupe armé chiite irakien dirigé par Qaïs al-Khazali, issu d’une scission de l’Armée du Mahdi au milieu des années 2000 ; il appartient aux Forces de mobilisation populaire et les États-Unis l’ont classé organisation terroriste en 2020.',
    },
    affiliations: ['popular-mobilization-forces', 'coordination-framework', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: "Asa'ib Ahl al-Haq" },
  },
  {
    id: 'kataib-sayyid-al-shuhada',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Kataib Sayyid al-Shuhada', fr: 'Kataeb Sayyid al-Shuhada' },
    aliases: {
      any: ["Kata'ib Sayyid al-Shuhada", 'Kataib Sayyed al-Shuhada', 'Kataeb Sayyed al-Shuhada'],
      en: ['Brigades of the Master of Martyrs'],
      fr: ['Brigades du maître des martyrs'],
    },
    caseSensitive: ['KSS'],
    description: {
      en: 'Iraqi Shia armed group formed in 2013 and led by Abu Alaa al-Walai; it fought in Syria and belongs to the Popular Mobilization Forces.',
      fr: 'Groupe armé chiite irakien créé en 2013 et dirigé par Abou Alaa al-Walaï ; il a combattu en Syrie et appartient aux Forces de mobilisation populaire.',
    },
    affiliations: ['popular-mobilization-forces', 'islamic-resistance-in-iraq', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: "Kata'ib Sayyid al-Shuhada" },
  },
  {
    id: 'badr-organization',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Badr Organization', fr: 'Organisation Badr' },
    aliases: {
      any: ['Badr'],
      en: ['Badr Organisation', 'Badr Brigade', 'Badr Brigades', 'Badr Corps'],
      fr: ['Brigade Badr', 'Brigades Badr', 'Corps Badr'],
    },
    description: {
      en: 'Iraqi Shia party and armed group led by Hadi al-Amiri; founded in Iran in the 1980s as the armed wing of the Supreme Council for the Islamic Revolution in Iraq, it provides several units of the Popular Mobilization Forces.',
      fr: 'Parti et groupe armé chiite irakien dirigé par Hadi al-Amiri ; fondé en Iran dans les années 1980 comme branche armée du Conseil suprême de la révolution islamique en Irak, il fournit plusieurs unités des Forces de mobilisation populaire.',
    },
    affiliations: ['popular-mobilization-forces', 'fatah-alliance', 'nabni-coalition', 'coordination-framework', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Badr Organization' },
  },
  {
    id: 'islamic-resistance-in-iraq',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Islamic Resistance in Iraq', fr: 'Résistance islamique en Irak' },
    aliases: {
      en: ['Islamic Resistance of Iraq'],
      fr: ['Mouvement de résistance islamique en Irak', 'Résistance islamique d’Irak'],
    },
    caseSensitive: ['IRI'],
    description: {
      en: 'Name used since October 2023 by Iran-aligned Iraqi armed groups, among them Kataib Hezbollah and al-Nujaba, to claim drone and rocket attacks on US forces in Iraq and Syria and on Israel.',
      fr: 'Nom utilisé depuis octobre 2023 par des groupes armés irakiens proches de l’Iran, dont les Kataeb Hezbollah et al-Nujaba, pour revendiquer des attaques de drones et de roquettes contre les forces américaines en Irak et en Syrie et contre Israël.',
    },
    affiliations: ['axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Islamic Resistance in Iraq' },
  },
  {
    id: 'popular-mobilization-forces',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Popular Mobilization Forces', fr: 'Forces de mobilisation populaire' },
    aliases: {
      any: ['Hashd al-Shaabi', "Hashd al-Sha'bi", 'Hashd', 'Hachd al-Chaabi', 'Hachd', 'al-Hashd al-Shaabi'],
      en: ['Popular Mobilisation Forces', 'Popular Mobilization Units', 'Popular Mobilisation Units', 'Popular Mobilization Committee'],
      fr: ['Mobilisation populaire', 'Unités de mobilisation populaire', 'Hachd al-Chaabi', 'Hached al-Chaabi'],
    },
    caseSensitive: ['PMF', 'PMU', 'FMP'],
    description: {
      en: 'Iraqi state-sanctioned umbrella of mostly Shia armed groups formed in June 2014 after Grand Ayatollah Ali al-Sistani called for volunteers against the Islamic State; a 2016 law made it part of the security forces.',
      fr: 'Coalition de groupes armés majoritairement chiites reconnue par l’État irakien, formée en juin 2014 après l’appel du grand ayatollah Ali al-Sistani à combattre l’État islamique ; une loi de 2016 l’a intégrée aux forces de sécurité.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Popular Mobilization Forces' },
  },
  {
    id: 'saraya-al-salam',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Saraya al-Salam', fr: 'Saraya al-Salam' },
    aliases: {
      en: ['Peace Companies', 'Peace Brigades'],
      fr: ['Brigades de la paix', 'Compagnies de la paix'],
    },
    description: {
      en: 'Armed wing of the movement of Muqtada al-Sadr, formed in June 2014 to fight the Islamic State and seen as the successor of the Mahdi Army.',
      fr: 'Branche armée du mouvement de Moqtada al-Sadr, créée en juin 2014 pour combattre l’État islamique et considérée comme l’héritière de l’Armée du Mahdi.',
    },
    affiliations: ['sadrist-movement'],
    wikipedia: { en: 'Peace Companies' },
  },
  {
    id: 'mahdi-army',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Mahdi Army', fr: 'Armée du Mahdi' },
    aliases: {
      any: ['Jaysh al-Mahdi', 'Jaish al-Mahdi'],
    },
    caseSensitive: ['JAM'],
    description: {
      en: 'Shia militia formed by Muqtada al-Sadr in 2003 that fought US-led forces in 2004; Sadr suspended its operations in 2007 and largely disbanded it in 2008.',
      fr: 'Milice chiite créée par Moqtada al-Sadr en 2003, qui a combattu les forces menées par les États-Unis en 2004 ; Sadr a suspendu ses opérations en 2007 puis l’a en grande partie dissoute en 2008.',
    },
    affiliations: ['sadrist-movement'],
    wikipedia: { en: 'Mahdi Army' },
  },

  // ── Lebanon, Palestine, Yemen: Iran-aligned and other armed movements ──
  {
    id: 'hezbollah',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Hezbollah', fr: 'Hezbollah' },
    aliases: {
      any: ['Hizbollah', 'Hizballah', 'Hizbullah'],
      en: ['Lebanese Hezbollah'],
      fr: ['Hezbollah libanais', 'Parti de Dieu'],
    },
    description: {
      en: 'Lebanese Shia party and armed group founded in the early 1980s with the support of Iran’s Revolutionary Guards; Hassan Nasrallah led it from 1992 until Israel killed him in September 2024.',
      fr: 'Parti et groupe armé chiite libanais fondé au début des années 1980 avec le soutien des Gardiens de la révolution iraniens ; Hassan Nasrallah l’a dirigé de 1992 jusqu’à sa mort dans une frappe israélienne en septembre 2024.',
    },
    affiliations: ['axis-of-resistance', 'state-irn', 'state-lbn'],
    wikipedia: { en: 'Hezbollah', fr: 'Hezbollah' },
  },
  {
    id: 'hamas',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Hamas', fr: 'Hamas' },
    aliases: {
      en: ['Islamic Resistance Movement'],
      fr: ['Mouvement de la résistance islamique'],
    },
    description: {
      en: 'Palestinian Islamist movement founded in 1987; it won the 2006 legislative elections, took control of the Gaza Strip in 2007 and led the attack on Israel of 7 October 2023.',
      fr: 'Mouvement islamiste palestinien fondé en 1987 ; il a remporté les législatives de 2006, pris le contrôle de la bande de Gaza en 2007 et mené l’attaque contre Israël du 7 octobre 2023.',
    },
    affiliations: ['axis-of-resistance', 'muslim-brotherhood'],
    wikipedia: { en: 'Hamas', fr: 'Hamas' },
  },
  {
    id: 'qassam-brigades',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Izz ad-Din al-Qassam Brigades', fr: 'Brigades Ezzedine al-Qassam' },
    aliases: {
      any: ['Qassam Brigades', 'al-Qassam Brigades', 'Ezzedine al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades'],
      fr: ['Brigades al-Qassam', 'Brigades Izz al-Din al-Qassam', 'Brigades Izz ad-Din al-Qassam', 'Brigades Ezzeddine al-Qassam'],
    },
    description: {
      en: 'Armed wing of Hamas, named after a Syrian-born preacher killed by British forces in Palestine in 1935.',
      fr: 'Branche armée du Hamas, qui porte le nom d’un prédicateur né en Syrie et tué par les forces britanniques en Palestine en 1935.',
    },
    affiliations: ['hamas'],
    wikipedia: { en: 'Izz ad-Din al-Qassam Brigades' },
  },
  {
    id: 'palestinian-islamic-jihad',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Palestinian Islamic Jihad', fr: 'Jihad islamique palestinien' },
    aliases: {
      en: ['Islamic Jihad', 'Islamic Jihad Movement in Palestine'],
      fr: ['Jihad islamique', 'Djihad islamique', 'Djihad islamique palestinien', 'Mouvement du jihad islamique en Palestine'],
    },
    caseSensitive: ['PIJ'],
    description: {
      en: 'Palestinian Islamist armed movement founded in 1981 and backed by Iran, strongest in the Gaza Strip and the northern West Bank.',
      fr: 'Mouvement armé islamiste palestinien fondé en 1981 et soutenu par l’Iran, implanté surtout dans la bande de Gaza et le nord de la Cisjordanie.',
    },
    affiliations: ['axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Palestinian Islamic Jihad' },
  },
  {
    id: 'al-quds-brigades',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Al-Quds Brigades', fr: 'Brigades Al-Qods' },
    aliases: {
      any: ['Saraya al-Quds'],
      en: ['Quds Brigades'],
      fr: ['Brigades al-Quds'],
    },
    description: {
      en: 'Armed wing of Palestinian Islamic Jihad, active mainly in the Gaza Strip and the northern West Bank.',
      fr: 'Branche armée du Jihad islamique palestinien, active surtout dans la bande de Gaza et le nord de la Cisjordanie.',
    },
    affiliations: ['palestinian-islamic-jihad'],
    wikipedia: { en: 'Al-Quds Brigades' },
  },
  {
    id: 'houthis',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Houthis', fr: 'Houthis' },
    aliases: {
      any: ['Ansar Allah', 'Ansarallah', 'Huthis', 'Houthi'],
      en: ['Houthi movement', 'Houthi rebels'],
      fr: ['Houthistes', 'rebelles houthis', 'Ansar Allah'],
    },
    description: {
      en: 'Zaydi Shia movement from northern Yemen, officially Ansar Allah, that seized Sanaa in September 2014; backed by Iran, it has attacked shipping in the Red Sea and fired at Israel since late 2023.',
      fr: 'Mouvement chiite zaïdite du nord du Yémen, officiellement Ansar Allah, qui s’est emparé de Sanaa en septembre 2014 ; soutenu par l’Iran, il attaque des navires en mer Rouge et tire sur Israël depuis la fin de 2023.',
    },
    affiliations: ['axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Houthis' },
  },

  // ── Jihadist groups ──
  {
    id: 'isis',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Islamic State', fr: 'État islamique' },
    aliases: {
      any: ['ISIS', 'ISIL', 'Daesh', 'Daech', 'Da’esh'],
      en: ['Islamic State group', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and al-Sham'],
      fr: ['groupe État islamique', 'organisation État islamique', 'État islamique en Irak et au Levant', 'groupe djihadiste État islamique', 'groupe jihadiste État islamique'],
    },
    caseSensitive: ['EI', 'IS', 'EIIL'],
    description: {
      en: 'Jihadist group that proclaimed a caliphate over parts of Iraq and Syria in June 2014; it lost its last territory in Syria in March 2019 but kept up insurgent attacks and affiliates elsewhere.',
      fr: 'Groupe djihadiste qui a proclamé un califat sur une partie de l’Irak et de la Syrie en juin 2014 ; il a perdu son dernier territoire en Syrie en mars 2019 mais poursuit une guérilla et dispose de branches ailleurs.',
    },
    wikipedia: { en: 'Islamic State', fr: 'État islamique (organisation)' },
  },
  {
    id: 'al-qaeda',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Al-Qaeda', fr: 'Al-Qaïda' },
    aliases: {
      any: ['Al-Qaida', "al-Qa'ida", 'Al-Qaeda central'],
    },
    description: {
      en: 'Sunni jihadist network founded by Osama bin Laden in the late 1980s; it carried out the attacks of 11 September 2001 in the United States.',
      fr: 'Réseau djihadiste sunnite fondé par Oussama ben Laden à la fin des années 1980 ; il a commis les attentats du 11 septembre 2001 aux États-Unis.',
    },
    wikipedia: { en: 'Al-Qaeda', fr: 'Al-Qaïda' },
  },
  {
    id: 'aqap',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Al-Qaeda in the Arabian Peninsula', fr: 'Al-Qaïda dans la péninsule Arabique' },
    aliases: {
      en: ['Al-Qaida in the Arabian Peninsula'],
      fr: ['Al-Qaida dans la péninsule Arabique', 'Aqpa'],
    },
    caseSensitive: ['AQAP', 'AQPA'],
    description: {
      en: 'Yemen-based branch of al-Qaeda formed in 2009 by the merger of its Saudi and Yemeni branches.',
      fr: 'Branche d’Al-Qaïda basée au Yémen, née en 2009 de la fusion de ses branches saoudienne et yéménite.',
    },
    affiliations: ['al-qaeda'],
    wikipedia: { en: 'Al-Qaeda in the Arabian Peninsula' },
  },
  {
    id: 'aqi',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Al-Qaeda in Iraq', fr: 'Al-Qaïda en Irak' },
    aliases: {
      en: ['Al-Qaida in Iraq'],
      fr: ['Al-Qaida en Irak'],
    },
    caseSensitive: ['AQI'],
    description: {
      en: 'Jihadist group led by Abu Musab al-Zarqawi that pledged allegiance to al-Qaeda in 2004; after his death in 2006 it became the Islamic State of Iraq, forerunner of the Islamic State.',
      fr: 'Groupe djihadiste dirigé par Abou Moussab al-Zarqaoui, qui a prêté allégeance à Al-Qaïda en 2004 ; après la mort de ce dernier en 2006, il est devenu l’État islamique d’Irak, précurseur de l’État islamique.',
    },
    affiliations: ['al-qaeda'],
    wikipedia: { en: 'Al-Qaeda in Iraq' },
  },
  {
    id: 'jabhat-al-nusra',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Al-Nusra Front', fr: 'Front al-Nosra' },
    aliases: {
      any: ['Jabhat al-Nusra', 'Jabhat al-Nosra', 'Nusra Front', 'Jabhat Fateh al-Sham'],
      fr: ['Front al-Nusra', 'Front Fatah al-Cham'],
    },
    description: {
      en: 'Syrian branch of al-Qaeda announced in January 2012; it renamed itself Jabhat Fateh al-Sham in 2016 and merged into Hayat Tahrir al-Sham in 2017.',
      fr: 'Branche syrienne d’Al-Qaïda annoncée en janvier 2012 ; rebaptisée Front Fatah al-Cham en 2016, elle s’est fondue dans Hayat Tahrir al-Cham en 2017.',
    },
    affiliations: ['al-qaeda'],
    wikipedia: { en: 'Al-Nusra Front' },
  },
  {
    id: 'hayat-tahrir-al-sham',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Hayat Tahrir al-Sham', fr: 'Hayat Tahrir al-Cham' },
    aliases: {
      any: ["Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Shams'],
      en: ['Levant Liberation Committee', 'Organization for the Liberation of the Levant'],
      fr: ['Organisation de libération du Levant'],
    },
    caseSensitive: ['HTS', 'HTC'],
    description: {
      en: 'Syrian Islamist armed group formed in 2017 around the former Nusra Front and led by Ahmed al-Sharaa (Abu Mohammad al-Jolani); it ruled Idlib and led the offensive that overthrew Bashar al-Assad in December 2024.',
      fr: 'Groupe armé islamiste syrien formé en 2017 autour de l’ex-Front al-Nosra et dirigé par Ahmed al-Charaa (Abou Mohammed al-Joulani) ; il a gouverné Idlib et mené l’offensive qui a renversé Bachar al-Assad en décembre 2024.',
    },
    affiliations: ['jabhat-al-nusra'],
    wikipedia: { en: "Hay'at Tahrir al-Sham" },
  },

  // ── Syria and the Kurds ──
  {
    id: 'sdf',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Syrian Democratic Forces', fr: 'Forces démocratiques syriennes' },
    aliases: {},
    caseSensitive: ['SDF', 'FDS'],
    description: {
      en: 'Kurdish-led alliance formed in northern Syria in 2015 with the YPG at its core; the main US partner on the ground against the Islamic State in Syria.',
      fr: 'Alliance dominée par les Kurdes, formée dans le nord de la Syrie en 2015 autour des YPG ; principal partenaire des États-Unis au sol contre l’État islamique en Syrie.',
    },
    affiliations: ['anti-isis-coalition'],
    wikipedia: { en: 'Syrian Democratic Forces', fr: 'Forces démocratiques syriennes' },
  },
  {
    id: 'ypg',
    kind: 'organization',
    type: 'militia',
    name: { en: 'People’s Defense Units', fr: 'Unités de protection du peuple' },
    aliases: {
      en: ['People’s Protection Units', 'People’s Defence Units'],
    },
    caseSensitive: ['YPG'],
    description: {
      en: 'Syrian Kurdish militia at the core of the Syrian Democratic Forces; Turkey regards it as an extension of the PKK.',
      fr: 'Milice kurde syrienne au cœur des Forces démocratiques syriennes ; la Turquie la considère comme une émanation du PKK.',
    },
    affiliations: ['sdf'],
    wikipedia: { en: "People's Defense Units" },
  },
  {
    id: 'pkk',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Kurdistan Workers’ Party', fr: 'Parti des travailleurs du Kurdistan' },
    aliases: {
      any: ['PKK'],
    },
    description: {
      en: 'Kurdish militant organisation founded by Abdullah Öcalan in 1978 that waged an armed insurgency against Turkey from 1984; it announced its dissolution in May 2025.',
      fr: 'Organisation kurde fondée par Abdullah Öcalan en 1978, en lutte armée contre la Turquie à partir de 1984 ; elle a annoncé sa dissolution en mai 2025.',
    },
    wikipedia: { en: "Kurdistan Workers' Party", fr: 'Parti des travailleurs du Kurdistan' },
  },
  {
    id: 'peshmerga',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Peshmerga', fr: 'Peshmergas' },
    aliases: {
      any: ['Peshmergas', 'Pêshmerga'],
      en: ['Kurdish Peshmerga'],
      fr: ['peshmergas kurdes'],
    },
    description: {
      en: 'Armed forces of the Kurdistan Region of Iraq, largely split between units loyal to the KDP and to the PUK.',
      fr: 'Forces armées de la région du Kurdistan d’Irak, largement partagées entre unités fidèles au PDK et à l’UPK.',
    },
    affiliations: ['kurdistan-regional-government', 'state-irq'],
    wikipedia: { en: 'Peshmerga' },
  },
  {
    id: 'free-syrian-army',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Free Syrian Army', fr: 'Armée syrienne libre' },
    aliases: {},
    caseSensitive: ['FSA', 'ASL'],
    description: {
      en: 'Loose coalition of Syrian rebel groups formed in 2011 by army defectors to fight the government of Bashar al-Assad.',
      fr: 'Coalition lâche de groupes rebelles syriens formée en 2011 par des déserteurs de l’armée pour combattre le pouvoir de Bachar al-Assad.',
    },
    wikipedia: { en: 'Free Syrian Army', fr: 'Armée syrienne libre' },
  },
  {
    id: 'syrian-national-army',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Syrian National Army', fr: 'Armée nationale syrienne' },
    aliases: {},
    caseSensitive: ['SNA', 'ANS'],
    description: {
      en: 'Coalition of Turkish-backed Syrian rebel factions formed in 2017 in northern Syria.',
      fr: 'Coalition de factions rebelles syriennes soutenues par la Turquie, formée en 2017 dans le nord de la Syrie.',
    },
    affiliations: ['state-tur'],
    wikipedia: { en: 'Syrian National Army' },
  },
  {
    id: 'fatemiyoun',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Fatemiyoun Brigade', fr: 'Brigade Fatemiyoun' },
    aliases: {
      any: ['Liwa Fatemiyoun', 'Fatemiyoun', 'Fatimiyoun'],
      en: ['Fatemiyoun Division'],
      fr: ['Division Fatemiyoun'],
    },
    description: {
      en: 'Militia of Afghan Shia fighters recruited and commanded by Iran’s Revolutionary Guards to fight in Syria for Bashar al-Assad.',
      fr: 'Milice de combattants chiites afghans recrutés et encadrés par les Gardiens de la révolution iraniens pour combattre en Syrie aux côtés de Bachar al-Assad.',
    },
    affiliations: ['irgc', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Liwa Fatemiyoun' },
  },
  {
    id: 'zainabiyoun',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Zainabiyoun Brigade', fr: 'Brigade Zainabiyoun' },
    aliases: {
      any: ['Liwa Zainebiyoun', 'Zainebiyoun', 'Zainabiyoun', 'Zaynabiyoun'],
    },
    description: {
      en: 'Militia of Pakistani Shia fighters recruited by Iran’s Revolutionary Guards to fight in Syria for Bashar al-Assad.',
      fr: 'Milice de combattants chiites pakistanais recrutés par les Gardiens de la révolution iraniens pour combattre en Syrie aux côtés de Bachar al-Assad.',
    },
    affiliations: ['irgc', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Liwa Zainebiyoun' },
  },
  {
    id: 'wagner-group',
    kind: 'organization',
    type: 'armed-group',
    name: { en: 'Wagner Group', fr: 'Groupe Wagner' },
    aliases: {
      any: ['Wagner', 'PMC Wagner'],
      fr: ['milice Wagner'],
    },
    description: {
      en: 'Russian private military company founded in 2014 and financed by Yevgeny Prigozhin, active in Ukraine, Syria, Libya and Africa; it staged a short-lived mutiny in June 2023.',
      fr: 'Société militaire privée russe fondée en 2014 et financée par Evgueni Prigojine, active en Ukraine, en Syrie, en Libye et en Afrique ; elle a mené une brève mutinerie en juin 2023.',
    },
    affiliations: ['state-rus'],
    wikipedia: { en: 'Wagner Group', fr: 'Groupe Wagner' },
  },

  // ── Iran: state institutions ──
  {
    id: 'irgc',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Islamic Revolutionary Guard Corps', fr: 'Corps des gardiens de la révolution islamique' },
    aliases: {
      any: ['Pasdaran', 'Sepah'],
      en: ['Revolutionary Guards', 'Revolutionary Guard', 'Revolutionary Guard Corps', 'Iranian Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps', 'Iran’s Revolutionary Guards'],
      fr: ['Gardiens de la révolution', 'Gardiens de la révolution islamique', 'Corps des gardiens de la révolution', 'Pasdarans'],
    },
    caseSensitive: ['IRGC', 'CGRI'],
    description: {
      en: 'Branch of Iran’s armed forces created after the 1979 revolution to protect the Islamic Republic, answerable to the Supreme Leader; it includes the Quds Force and the Basij and holds large economic interests.',
      fr: 'Branche des forces armées iraniennes créée après la révolution de 1979 pour protéger la République islamique, qui répond au Guide suprême ; elle comprend la force Al-Qods et le Bassidj et détient de larges intérêts économiques.',
    },
    affiliations: ['state-irn'],
    wikipedia: { en: 'Islamic Revolutionary Guard Corps', fr: 'Corps des Gardiens de la révolution islamique' },
  },
  {
    id: 'quds-force',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Quds Force', fr: 'Force Al-Qods' },
    aliases: {
      any: ['Al-Qods', 'Qods Force'],
      en: ['IRGC Quds Force', 'IRGC-Quds Force'],
      fr: ['Force Qods', 'Force al-Quds', 'Force Quds'],
    },
    caseSensitive: ['IRGC-QF'],
    description: {
      en: 'Branch of Iran’s Revolutionary Guards in charge of operations abroad and of Iran’s allied armed groups; Qasem Soleimani led it until a US strike killed him in Baghdad in January 2020, then Esmail Qaani.',
      fr: 'Branche des Gardiens de la révolution iraniens chargée des opérations extérieures et des groupes armés alliés de l’Iran ; Qassem Soleimani l’a dirigée jusqu’à sa mort dans une frappe américaine à Bagdad en janvier 2020, puis Esmaïl Qaani.',
    },
    affiliations: ['irgc', 'axis-of-resistance', 'state-irn'],
    wikipedia: { en: 'Quds Force', fr: 'Force Al-Qods' },
  },
  {
    id: 'basij',
    kind: 'organization',
    type: 'militia',
    name: { en: 'Basij', fr: 'Bassidj' },
    aliases: {
      any: ['Basiji', 'Bassij'],
      en: ['Basij Resistance Force'],
      fr: ['Bassidjis', 'Basidj'],
    },
    description: {
      en: 'Volunteer paramilitary force under the command of Iran’s Revolutionary Guards, used notably to repress protests.',
      fr: 'Force paramilitaire de volontaires placée sous le commandement des Gardiens de la révolution iraniens, utilisée notamment pour réprimer les manifestations.',
    },
    affiliations: ['irgc', 'state-irn'],
    wikipedia: { en: 'Basij' },
  },
  {
    id: 'assembly-of-experts',
    kind: 'organization',
    type: 'institution',
    name: { en: 'Assembly of Experts', fr: 'Assemblée des experts' },
    aliases: {
      en: ['Assembly of Experts of the Leadership'],
    },
    description: {
      en: 'Elected body of Shia clerics in Iran that appoints the Supreme Leader and may in principle dismiss him.',
      fr: 'Organe iranien élu, composé de religieux chiites, qui désigne le Guide suprême et peut en principe le démettre.',
    },
    affiliations: ['state-irn'],
    wikipedia: { en: 'Assembly of Experts', fr: 'Assemblée des experts' },
  },
  {
    id: 'guardian-council',
    kind: 'organization',
    type: 'institution',
    name: { en: 'Guardian Council', fr: 'Conseil des gardiens de la Constitution' },
    aliases: {
      en: ['Council of Guardians', 'Guardian Council of the Constitution', 'Guardians Council'],
      fr: ['Conseil des gardiens'],
    },
    description: {
      en: 'Iranian body of twelve clerics and jurists that vets candidates for elections and checks laws against Islam and the constitution.',
      fr: 'Organe iranien de douze religieux et juristes qui filtre les candidatures aux élections et contrôle la conformité des lois à l’islam et à la Constitution.',
    },
    affiliations: ['state-irn'],
    wikipedia: { en: 'Guardian Council', fr: 'Conseil des gardiens de la Constitution' },
  },

  // ── Iraq: parties and alliances ──
  {
    id: 'fatah-alliance',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Fatah Alliance', fr: 'Alliance Fatah' },
    aliases: {
      en: ['Fateh Alliance', 'Conquest Alliance', 'Fatah coalition'],
      fr: ['Alliance de la conquête', 'coalition Fatah', 'Alliance al-Fatah'],
    },
    description: {
      en: 'Iraqi electoral alliance of parties linked to the Popular Mobilization Forces, led by Hadi al-Amiri; it came second in the 2018 parliamentary elections.',
      fr: 'Alliance électorale irakienne de partis liés aux Forces de mobilisation populaire, conduite par Hadi al-Amiri ; elle est arrivée deuxième aux législatives de 2018.',
    },
    affiliations: ['coordination-framework'],
    wikipedia: { en: 'Fatah Alliance' },
  },
  {
    id: 'nabni-coalition',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Nabni Coalition', fr: 'Coalition Nabni' },
    aliases: {
      any: ['Nabni'],
      en: ['We Build', 'We Build coalition', 'Nabni Alliance'],
      fr: ['Nous construisons', 'Alliance Nabni', 'coalition Nous construisons'],
    },
    description: {
      en: 'Electoral coalition led by Hadi al-Amiri, head of the Badr Organization, that ran in Iraq’s provincial council elections of December 2023.',
      fr: 'Coalition électorale conduite par Hadi al-Amiri, chef de l’organisation Badr, qui s’est présentée aux élections des conseils provinciaux irakiens de décembre 2023.',
    },
    affiliations: ['badr-organization', 'coordination-framework'],
  },
  {
    id: 'coordination-framework',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Coordination Framework', fr: 'Cadre de coordination' },
    aliases: {
      en: ['Shia Coordination Framework', 'Coordinating Framework', 'Shiite Coordination Framework'],
      fr: ['Cadre de coordination chiite'],
    },
    description: {
      en: 'Alliance of Iraqi Shia parties formed in 2021, including State of Law and the Fatah Alliance but not the Sadrists; it backed the government of Mohammed Shia al-Sudani formed in October 2022.',
      fr: 'Alliance de partis chiites irakiens formée en 2021, qui réunit notamment l’État de droit et l’alliance Fatah mais pas les sadristes ; elle a soutenu le gouvernement de Mohammed Chia al-Soudani formé en octobre 2022.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Coordination Framework' },
  },
  {
    id: 'sadrist-movement',
    kind: 'organization',
    type: 'party',
    name: { en: 'Sadrist Movement', fr: 'Mouvement sadriste' },
    aliases: {
      en: ['Sadrists', 'Sadr movement', 'Sadrist bloc', 'Sadrist Current'],
      fr: ['sadristes', 'courant sadriste', 'mouvement de Moqtada al-Sadr', 'bloc sadriste'],
    },
    description: {
      en: 'Iraqi Shia political and religious movement led by Muqtada al-Sadr; it won the most seats in the October 2021 elections, then its deputies resigned in June 2022.',
      fr: 'Mouvement politique et religieux chiite irakien dirigé par Moqtada al-Sadr ; arrivé en tête des législatives d’octobre 2021, il a vu ses députés démissionner en juin 2022.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Sadrist Movement' },
  },
  {
    id: 'state-of-law-coalition',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'State of Law Coalition', fr: 'Coalition de l’État de droit' },
    aliases: {
      en: ['State of Law Alliance'],
      fr: ['Coalition État de droit', 'Alliance de l’État de droit'],
    },
    contextual: { aliases: ['State of Law'], when: ['state-irq'] },
    description: {
      en: 'Iraqi Shia electoral coalition led by Nouri al-Maliki, built around the Dawa Party for the 2009 provincial elections.',
      fr: 'Coalition électorale chiite irakienne conduite par Nouri al-Maliki, constituée autour du parti Dawa pour les élections provinciales de 2009.',
    },
    affiliations: ['islamic-dawa-party', 'coordination-framework'],
    wikipedia: { en: 'State of Law Coalition' },
  },
  {
    id: 'islamic-dawa-party',
    kind: 'organization',
    type: 'party',
    name: { en: 'Islamic Dawa Party', fr: 'Parti islamique Dawa' },
    aliases: {
      any: ['Hizb al-Dawa', "Da'wa Party", 'Dawa Party'],
      fr: ['parti Dawa', 'parti al-Dawa'],
    },
    description: {
      en: 'Iraqi Shia Islamist party founded in the late 1950s and persecuted under Saddam Hussein; Ibrahim al-Jaafari, Nouri al-Maliki and Haider al-Abadi, prime ministers after 2005, came from its ranks.',
      fr: 'Parti islamiste chiite irakien fondé à la fin des années 1950 et persécuté sous Saddam Hussein ; Ibrahim al-Jaafari, Nouri al-Maliki et Haïder al-Abadi, Premiers ministres après 2005, en sont issus.',
    },
    affiliations: ['state-of-law-coalition'],
    wikipedia: { en: 'Islamic Dawa Party' },
  },
  {
    id: 'supreme-islamic-iraqi-council',
    kind: 'organization',
    type: 'party',
    name: { en: 'Islamic Supreme Council of Iraq', fr: 'Conseil suprême islamique irakien' },
    aliases: {
      en: ['Supreme Islamic Iraqi Council', 'Supreme Council for the Islamic Revolution in Iraq', 'Supreme Islamic Council of Iraq'],
      fr: ['Conseil suprême de la révolution islamique en Irak', 'Conseil suprême islamique d’Irak'],
    },
    caseSensitive: ['ISCI', 'SCIRI', 'SIIC', 'CSII', 'CSRII'],
    description: {
      en: 'Iraqi Shia party founded in Iran in 1982 as the Supreme Council for the Islamic Revolution in Iraq and long led by the al-Hakim family; the Badr Organization began as its armed wing.',
      fr: 'Parti chiite irakien fondé en Iran en 1982 sous le nom de Conseil suprême de la révolution islamique en Irak et longtemps dirigé par la famille al-Hakim ; l’organisation Badr est née comme sa branche armée.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Islamic Supreme Council of Iraq' },
  },
  {
    id: 'national-wisdom-movement',
    kind: 'organization',
    type: 'party',
    name: { en: 'National Wisdom Movement', fr: 'Courant de la sagesse nationale' },
    aliases: {
      any: ['Hikma', 'Al-Hikma'],
      en: ['Hikma Movement', 'Wisdom Movement', 'National Hikma Movement'],
      fr: ['mouvement Hikma', 'Courant Hikma', 'Courant al-Hikma'],
    },
    description: {
      en: 'Iraqi Shia party founded in 2017 by Ammar al-Hakim after he left the Islamic Supreme Council of Iraq.',
      fr: 'Parti chiite irakien fondé en 2017 par Ammar al-Hakim après son départ du Conseil suprême islamique irakien.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'National Wisdom Movement' },
  },
  {
    id: 'kurdistan-democratic-party',
    kind: 'organization',
    type: 'party',
    name: { en: 'Kurdistan Democratic Party', fr: 'Parti démocratique du Kurdistan' },
    aliases: {
      fr: ['Parti démocratique du Kurdistan d’Irak'],
    },
    caseSensitive: ['KDP', 'PDK'],
    description: {
      en: 'Main party of Iraqi Kurdistan, founded in 1946 and led by the Barzani family, dominant in Erbil and Duhok.',
      fr: 'Principal parti du Kurdistan irakien, fondé en 1946 et dirigé par la famille Barzani, dominant à Erbil et Dohuk.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Kurdistan Democratic Party' },
  },
  {
    id: 'patriotic-union-of-kurdistan',
    kind: 'organization',
    type: 'party',
    name: { en: 'Patriotic Union of Kurdistan', fr: 'Union patriotique du Kurdistan' },
    aliases: {},
    caseSensitive: ['PUK', 'UPK'],
    description: {
      en: 'Iraqi Kurdish party founded in 1975 by Jalal Talabani, rival of the KDP, with its stronghold in Sulaymaniyah.',
      fr: 'Parti kurde irakien fondé en 1975 par Jalal Talabani, rival du PDK, dont le bastion est Souleimaniye.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Patriotic Union of Kurdistan', fr: 'Union patriotique du Kurdistan' },
  },
  {
    id: 'taqaddum',
    kind: 'organization',
    type: 'party',
    name: { en: 'Taqaddum', fr: 'Taqaddum' },
    aliases: {
      any: ['Taqadum', 'Taqqadum'],
      en: ['Taqaddum Party', 'Progress Party of Iraq'],
      fr: ['parti Taqaddum', 'parti du Progrès'],
    },
    contextual: { aliases: ['Progress Party'], when: ['state-irq'] },
    description: {
      en: 'Iraqi Sunni party led by Mohammed al-Halbousi, speaker of parliament from 2018 until the Federal Supreme Court ended his term in November 2023.',
      fr: 'Parti sunnite irakien dirigé par Mohammed al-Halboussi, président du Parlement de 2018 jusqu’à ce que la Cour suprême fédérale mette fin à son mandat en novembre 2023.',
    },
    affiliations: ['state-irq'],
  },

  // ── Parties elsewhere in the region ──
  {
    id: 'likud',
    kind: 'organization',
    type: 'party',
    name: { en: 'Likud', fr: 'Likoud' },
    aliases: {},
    description: {
      en: 'Israeli right-wing party founded in 1973, led by Benjamin Netanyahu since 2005.',
      fr: 'Parti de droite israélien fondé en 1973, dirigé par Benyamin Nétanyahou depuis 2005.',
    },
    affiliations: ['state-isr'],
    wikipedia: { en: 'Likud', fr: 'Likoud' },
  },
  {
    id: 'fatah',
    kind: 'organization',
    type: 'party',
    name: { en: 'Fatah', fr: 'Fatah' },
    aliases: {
      any: ['Fateh'],
      fr: ['Fatah palestinien'],
    },
    description: {
      en: 'Palestinian nationalist movement founded by Yasser Arafat and others in the late 1950s, the main faction of the PLO and of the Palestinian Authority, led by Mahmoud Abbas since 2004.',
      fr: 'Mouvement nationaliste palestinien fondé par Yasser Arafat et d’autres à la fin des années 1950, principale faction de l’OLP et de l’Autorité palestinienne, dirigé par Mahmoud Abbas depuis 2004.',
    },
    affiliations: ['plo', 'state-pse'],
    wikipedia: { en: 'Fatah', fr: 'Fatah' },
  },
  {
    id: 'amal-movement',
    kind: 'organization',
    type: 'party',
    name: { en: 'Amal Movement', fr: 'Mouvement Amal' },
    aliases: {
      any: ['Amal'],
    },
    description: {
      en: 'Lebanese Shia party and former militia founded in the 1970s, led by Nabih Berri, speaker of parliament since 1992, and allied with Hezbollah.',
      fr: 'Parti chiite libanais et ancienne milice fondé dans les années 1970, dirigé par Nabih Berri, président du Parlement depuis 1992, et allié du Hezbollah.',
    },
    affiliations: ['state-lbn'],
    wikipedia: { en: 'Amal Movement' },
  },
  {
    id: 'baath-party',
    kind: 'organization',
    type: 'party',
    name: { en: 'Ba’ath Party', fr: 'Parti Baas' },
    aliases: {
      any: ['Baath Party', 'Ba’ath', 'Baath'],
      en: ['Arab Socialist Ba’ath Party'],
      fr: ['Baas', 'parti Baath'],
    },
    description: {
      en: 'Arab nationalist party founded in Damascus in the 1940s; rival branches ruled Iraq from 1968 to 2003 and Syria from 1963 until the fall of Bashar al-Assad in December 2024.',
      fr: 'Parti nationaliste arabe fondé à Damas dans les années 1940 ; ses branches rivales ont gouverné l’Irak de 1968 à 2003 et la Syrie de 1963 jusqu’à la chute de Bachar al-Assad en décembre 2024.',
    },
    wikipedia: { en: "Ba'ath Party", fr: 'Parti Baas' },
  },
  {
    id: 'muslim-brotherhood',
    kind: 'organization',
    type: 'party',
    name: { en: 'Muslim Brotherhood', fr: 'Frères musulmans' },
    aliases: {
      en: ['Muslim Brothers', 'Society of the Muslim Brothers'],
      fr: ['Confrérie des Frères musulmans'],
    },
    description: {
      en: 'Sunni Islamist movement founded in Egypt by Hassan al-Banna in 1928, with branches and offshoots across the Arab world.',
      fr: 'Mouvement islamiste sunnite fondé en Égypte par Hassan al-Banna en 1928, avec des branches et des émanations dans tout le monde arabe.',
    },
    wikipedia: { en: 'Muslim Brotherhood', fr: 'Frères musulmans' },
  },
  {
    id: 'akp',
    kind: 'organization',
    type: 'party',
    name: { en: 'Justice and Development Party', fr: 'Parti de la justice et du développement' },
    aliases: {
      en: ['AK Party'],
      fr: ['AK Parti'],
    },
    caseSensitive: ['AKP'],
    description: {
      en: 'Turkish conservative party founded in 2001 by Recep Tayyip Erdoğan and others, in power since 2002.',
      fr: 'Parti conservateur turc fondé en 2001 par Recep Tayyip Erdoğan et d’autres, au pouvoir depuis 2002.',
    },
    affiliations: ['state-tur'],
    wikipedia: { en: 'Justice and Development Party (Turkey)', fr: 'Parti de la justice et du développement (Turquie)' },
  },

  // ── Iraqi state institutions and forces ──
  {
    id: 'council-of-representatives-of-iraq',
    kind: 'organization',
    type: 'institution',
    name: { en: 'Council of Representatives of Iraq', fr: 'Conseil des représentants d’Irak' },
    aliases: {
      en: ['Iraqi parliament', 'Parliament of Iraq', 'Iraqi Council of Representatives', 'Iraq’s parliament'],
      fr: ['Parlement irakien', 'Conseil des représentants irakien', 'Assemblée irakienne'],
    },
    description: {
      en: 'Iraq’s federal parliament, elected by proportional representation; it elects the president of the republic and approves the prime minister and government.',
      fr: 'Parlement fédéral irakien, élu à la proportionnelle ; il élit le président de la République et investit le Premier ministre et son gouvernement.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Council of Representatives of Iraq' },
  },
  {
    id: 'iraqi-armed-forces',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Iraqi Armed Forces', fr: 'Forces armées irakiennes' },
    aliases: {
      en: ['Iraqi military', 'Iraqi Security Forces'],
      fr: ['forces de sécurité irakiennes'],
    },
    caseSensitive: ['ISF'],
    description: {
      en: 'Military of Iraq, rebuilt after the US-led occupation authority dissolved the former army in May 2003; it comprises the army, air force and navy under the Ministry of Defence.',
      fr: 'Forces militaires de l’Irak, reconstruites après la dissolution de l’ancienne armée par l’autorité d’occupation dirigée par les États-Unis en mai 2003 ; elles comprennent armée de terre, armée de l’air et marine sous l’autorité du ministère de la Défense.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Iraqi Armed Forces' },
  },
  {
    id: 'iraqi-army',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Iraqi Army', fr: 'Armée irakienne' },
    aliases: {
      en: ['Iraqi Ground Forces'],
      fr: ['armée de terre irakienne'],
    },
    description: {
      en: 'Land force of the Iraqi Armed Forces; several of its divisions collapsed before the advance of the Islamic State in June 2014.',
      fr: 'Armée de terre des forces armées irakiennes ; plusieurs de ses divisions se sont effondrées devant l’avancée de l’État islamique en juin 2014.',
    },
    affiliations: ['iraqi-armed-forces', 'state-irq'],
    wikipedia: { en: 'Iraqi Army' },
  },
  {
    id: 'iraqi-federal-police',
    kind: 'organization',
    type: 'institution',
    name: { en: 'Iraqi Federal Police', fr: 'Police fédérale irakienne' },
    aliases: {},
    contextual: { aliases: ['police fédérale', 'Federal Police'], when: ['state-irq'] },
    description: {
      en: 'Militarised police force of Iraq’s Ministry of the Interior, engaged in counter-insurgency and in the war against the Islamic State.',
      fr: 'Force de police militarisée du ministère irakien de l’Intérieur, engagée dans la contre-insurrection et la guerre contre l’État islamique.',
    },
    affiliations: ['state-irq'],
  },
  {
    id: 'counter-terrorism-service',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Iraqi Counter-Terrorism Service', fr: 'Service de contre-terrorisme irakien' },
    aliases: {
      en: ['Counter-Terrorism Service', 'Counter Terrorism Service', 'Golden Division'],
      fr: ['Service du contre-terrorisme', 'Service de lutte antiterroriste irakien', 'Division d’or'],
    },
    caseSensitive: ['CTS'],
    description: {
      en: 'Elite Iraqi special operations force reporting to the prime minister, trained by the United States and at the forefront of the battle to retake Mosul in 2016–2017.',
      fr: 'Force d’élite irakienne d’opérations spéciales rattachée au Premier ministre, formée par les États-Unis et en première ligne de la reprise de Mossoul en 2016-2017.',
    },
    affiliations: ['state-irq'],
  },
  {
    id: 'kurdistan-regional-government',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'Kurdistan Regional Government', fr: 'Gouvernement régional du Kurdistan' },
    aliases: {
      en: ['Kurdish Regional Government', 'Kurdistan Region Government'],
      fr: ['gouvernement du Kurdistan irakien', 'gouvernement régional kurde'],
    },
    caseSensitive: ['KRG', 'GRK'],
    description: {
      en: 'Government of the autonomous Kurdistan Region in northern Iraq, based in Erbil and recognised by the Iraqi constitution of 2005.',
      fr: 'Gouvernement de la région autonome du Kurdistan, dans le nord de l’Irak, siégeant à Erbil et reconnu par la Constitution irakienne de 2005.',
    },
    affiliations: ['state-irq'],
    wikipedia: { en: 'Kurdistan Regional Government' },
  },

  // ── Israel ──
  {
    id: 'idf',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'Israel Defense Forces', fr: 'Forces de défense d’Israël' },
    aliases: {
      any: ['Tsahal', 'Tzahal'],
      en: ['Israeli army', 'Israeli military', 'Israel Defence Forces', 'Israeli Defense Forces', 'Israeli forces', 'Israeli troops'],
      fr: ['armée israélienne', 'forces israéliennes', 'Forces de défense israéliennes'],
    },
    caseSensitive: ['IDF'],
    description: {
      en: 'Armed forces of Israel, created in 1948 and based on conscription, comprising the army, air force and navy.',
      fr: 'Forces armées d’Israël, créées en 1948 et fondées sur la conscription, qui comprennent armée de terre, armée de l’air et marine.',
    },
    affiliations: ['state-isr'],
    wikipedia: { en: 'Israel Defense Forces', fr: "Forces de défense d'Israël" },
  },
  {
    id: 'mossad',
    kind: 'organization',
    type: 'intelligence',
    name: { en: 'Mossad', fr: 'Mossad' },
    aliases: {},
    description: {
      en: 'Israel’s foreign intelligence agency, founded in 1949.',
      fr: 'Service de renseignement extérieur d’Israël, fondé en 1949.',
    },
    affiliations: ['state-isr'],
    wikipedia: { en: 'Mossad', fr: 'Mossad' },
  },
  {
    id: 'shin-bet',
    kind: 'organization',
    type: 'intelligence',
    name: { en: 'Shin Bet', fr: 'Shin Bet' },
    aliases: {
      any: ['Shabak', 'Shin Beth'],
      en: ['Israel Security Agency'],
      fr: ['Service de sécurité intérieure israélien'],
    },
    description: {
      en: 'Israel’s internal security service, also called Shabak, in charge of counter-terrorism in Israel, the West Bank and Gaza.',
      fr: 'Service de sécurité intérieure d’Israël, aussi appelé Shabak, chargé de l’antiterrorisme en Israël, en Cisjordanie et à Gaza.',
    },
    affiliations: ['state-isr'],
    wikipedia: { en: 'Shin Bet' },
  },

  // ── United States ──
  {
    id: 'us-department-of-defense',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'US Department of Defense', fr: 'Département de la Défense des États-Unis' },
    aliases: {
      en: ['Pentagon', 'Department of Defense', 'Defense Department', 'U.S. Department of Defense', 'United States Department of Defense'],
      fr: ['Pentagone', 'département de la Défense', 'département américain de la Défense', 'ministère américain de la Défense'],
    },
    caseSensitive: ['DoD'],
    description: {
      en: 'US federal department in charge of the armed forces, headquartered in the Pentagon building near Washington and headed by the secretary of defense.',
      fr: 'Département fédéral américain chargé des forces armées, installé au Pentagone près de Washington et dirigé par le secrétaire à la Défense.',
    },
    affiliations: ['state-usa'],
    wikipedia: { en: 'United States Department of Defense', fr: 'Département de la Défense des États-Unis' },
  },
  {
    id: 'us-armed-forces',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'United States Armed Forces', fr: 'Forces armées des États-Unis' },
    aliases: {
      en: ['US military', 'U.S. military', 'US forces', 'U.S. forces', 'US troops', 'U.S. troops', 'American troops', 'American forces', 'American military', 'US Armed Forces', 'U.S. Armed Forces'],
      fr: ['armée américaine', 'forces américaines', 'troupes américaines', 'militaires américains', 'soldats américains'],
    },
    description: {
      en: 'Military forces of the United States, commanded by the president; about 2,500 US troops were stationed in Iraq and about 900 in Syria in 2023.',
      fr: 'Forces militaires des États-Unis, placées sous le commandement du président ; environ 2 500 militaires américains étaient stationnés en Irak et environ 900 en Syrie en 2023.',
    },
    affiliations: ['us-department-of-defense', 'state-usa'],
    wikipedia: { en: 'United States Armed Forces', fr: 'Forces armées des États-Unis' },
  },
  {
    id: 'centcom',
    kind: 'organization',
    type: 'armed-forces',
    name: { en: 'US Central Command', fr: 'Commandement central des États-Unis' },
    aliases: {
      any: ['CENTCOM'],
      en: ['United States Central Command', 'U.S. Central Command', 'Central Command'],
      fr: ['commandement central américain', 'Commandement central'],
    },
    description: {
      en: 'US military command responsible for the Middle East, Egypt and Central Asia, headquartered in Tampa, Florida.',
      fr: 'Commandement militaire américain chargé du Moyen-Orient, de l’Égypte et de l’Asie centrale, dont le quartier général est à Tampa, en Floride.',
    },
    affiliations: ['us-armed-forces', 'state-usa'],
    wikipedia: { en: 'United States Central Command' },
  },
  {
    id: 'cia',
    kind: 'organization',
    type: 'intelligence',
    name: { en: 'Central Intelligence Agency', fr: 'Central Intelligence Agency' },
    aliases: {
      fr: ['Agence centrale de renseignement'],
    },
    caseSensitive: ['CIA'],
    description: {
      en: 'US foreign intelligence agency, founded in 1947.',
      fr: 'Agence américaine de renseignement extérieur, fondée en 1947.',
    },
    affiliations: ['state-usa'],
    wikipedia: { en: 'Central Intelligence Agency', fr: 'Central Intelligence Agency' },
  },
  {
    id: 'white-house',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'White House', fr: 'Maison-Blanche' },
    aliases: {},
    description: {
      en: 'Official residence and office of the US president in Washington, often used to mean the presidency itself.',
      fr: 'Résidence officielle et bureau du président américain à Washington, souvent employée pour désigner la présidence elle-même.',
    },
    affiliations: ['state-usa'],
    wikipedia: { en: 'White House', fr: 'Maison-Blanche' },
  },
  {
    id: 'us-state-department',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'US State Department', fr: 'Département d’État américain' },
    aliases: {
      en: ['State Department', 'Department of State', 'U.S. State Department', 'United States Department of State'],
      fr: ['Département d’État', 'département d’État des États-Unis'],
    },
    description: {
      en: 'US federal department in charge of foreign affairs, headed by the secretary of state.',
      fr: 'Département fédéral américain chargé des affaires étrangères, dirigé par le secrétaire d’État.',
    },
    affiliations: ['state-usa'],
    wikipedia: { en: 'United States Department of State', fr: "Département d'État des États-Unis" },
  },

  // ── Other powers' institutions ──
  {
    id: 'kremlin',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'Kremlin', fr: 'Kremlin' },
    aliases: {},
    description: {
      en: 'Fortified complex in Moscow that houses the Russian presidency, often used to mean the Russian leadership.',
      fr: 'Enceinte fortifiée de Moscou qui abrite la présidence russe, souvent employée pour désigner le pouvoir russe.',
    },
    affiliations: ['state-rus'],
    wikipedia: { en: 'Moscow Kremlin', fr: 'Kremlin de Moscou' },
  },
  {
    id: 'elysee',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'Élysée Palace', fr: 'Élysée' },
    aliases: {
      fr: ['palais de l’Élysée'],
    },
    description: {
      en: 'Palace in Paris that is the official residence and office of the French president, often used to mean the presidency.',
      fr: 'Palais parisien qui est la résidence officielle et le bureau du président de la République française, souvent employé pour désigner la présidence.',
    },
    affiliations: ['state-fra'],
    wikipedia: { en: 'Élysée Palace', fr: "Palais de l'Élysée" },
  },

  // ── Palestinian institutions ──
  {
    id: 'palestinian-authority',
    kind: 'organization',
    type: 'government-body',
    name: { en: 'Palestinian Authority', fr: 'Autorité palestinienne' },
    aliases: {
      en: ['Palestinian National Authority'],
      fr: ['Autorité nationale palestinienne'],
    },
    description: {
      en: 'Interim self-government body created in 1994 under the Oslo Accords, which administers parts of the West Bank; it lost control of Gaza to Hamas in 2007.',
      fr: 'Organe d’autonomie intérimaire créé en 1994 en application des accords d’Oslo, qui administre une partie de la Cisjordanie ; il a perdu le contrôle de Gaza au profit du Hamas en 2007.',
    },
    affiliations: ['plo', 'state-pse'],
    wikipedia: { en: 'Palestinian National Authority', fr: 'Autorité palestinienne' },
  },
  {
    id: 'plo',
    kind: 'organization',
    type: 'institution',
    name: { en: 'Palestine Liberation Organization', fr: 'Organisation de libération de la Palestine' },
    aliases: {
      en: ['Palestine Liberation Organisation'],
    },
    caseSensitive: ['PLO', 'OLP'],
    description: {
      en: 'Umbrella organisation founded in 1964 and recognised as the representative of the Palestinian people; it signed the Oslo Accords with Israel in 1993.',
      fr: 'Organisation fédératrice fondée en 1964 et reconnue comme représentante du peuple palestinien ; elle a signé les accords d’Oslo avec Israël en 1993.',
    },
    affiliations: ['state-pse'],
    wikipedia: { en: 'Palestine Liberation Organization', fr: 'Organisation de libération de la Palestine' },
  },

  // ── International organisations ──
  {
    id: 'united-nations',
    kind: 'organization',
    type: 'international',
    name: { en: 'United Nations', fr: 'Organisation des Nations unies' },
    aliases: {
      fr: ['Nations unies', 'ONU'],
    },
    caseSensitive: ['UN', 'U.N.'],
    description: {
      en: 'International organisation founded in 1945, with 193 member states.',
      fr: 'Organisation internationale fondée en 1945, qui compte 193 États membres.',
    },
    wikipedia: { en: 'United Nations', fr: 'Organisation des Nations unies' },
  },
  {
    id: 'un-security-council',
    kind: 'organization',
    type: 'international',
    name: { en: 'UN Security Council', fr: 'Conseil de sécurité de l’ONU' },
    aliases: {
      en: ['United Nations Security Council', 'U.N. Security Council', 'Security Council'],
      fr: ['Conseil de sécurité des Nations unies', 'Conseil de sécurité'],
    },
    caseSensitive: ['UNSC'],
    description: {
      en: 'UN body of fifteen members, five of them permanent with a veto (China, France, Russia, the United Kingdom and the United States), responsible for international peace and security.',
      fr: 'Organe de l’ONU de quinze membres, dont cinq permanents dotés d’un droit de veto (Chine, États-Unis, France, Royaume-Uni, Russie), responsable de la paix et de la sécurité internationales.',
    },
    affiliations: ['united-nations'],
    wikipedia: { en: 'United Nations Security Council', fr: 'Conseil de sécurité des Nations unies' },
  },
  {
    id: 'unifil',
    kind: 'organization',
    type: 'international',
    name: { en: 'UNIFIL', fr: 'FINUL' },
    aliases: {
      en: ['United Nations Interim Force in Lebanon', 'UN Interim Force in Lebanon'],
      fr: ['Force intérimaire des Nations unies au Liban'],
    },
    description: {
      en: 'UN peacekeeping force in southern Lebanon, established in 1978 and reinforced after the 2006 war between Israel and Hezbollah.',
      fr: 'Force de maintien de la paix de l’ONU dans le sud du Liban, créée en 1978 et renforcée après la guerre de 2006 entre Israël et le Hezbollah.',
    },
    affiliations: ['united-nations'],
    wikipedia: { en: 'United Nations Interim Force in Lebanon', fr: 'Force intérimaire des Nations unies au Liban' },
  },
  {
    id: 'unrwa',
    kind: 'organization',
    type: 'international',
    name: { en: 'UNRWA', fr: 'UNRWA' },
    aliases: {
      en: ['United Nations Relief and Works Agency', 'UN Relief and Works Agency'],
      fr: ['Office de secours et de travaux des Nations unies'],
    },
    description: {
      en: 'UN agency for Palestine refugees, created in 1949, serving Gaza, the West Bank, Jordan, Lebanon and Syria.',
      fr: 'Agence de l’ONU pour les réfugiés de Palestine, créée en 1949, active à Gaza, en Cisjordanie, en Jordanie, au Liban et en Syrie.',
    },
    affiliations: ['united-nations'],
    wikipedia: { en: 'UNRWA' },
  },
  {
    id: 'iaea',
    kind: 'organization',
    type: 'international',
    name: { en: 'International Atomic Energy Agency', fr: 'Agence internationale de l’énergie atomique' },
    aliases: {
      any: ['IAEA', 'AIEA'],
    },
    description: {
      en: 'UN-linked nuclear agency founded in 1957 and based in Vienna, whose inspectors monitor Iran’s nuclear programme.',
      fr: 'Agence nucléaire liée à l’ONU, fondée en 1957 et basée à Vienne, dont les inspecteurs surveillent le programme nucléaire iranien.',
    },
    affiliations: ['united-nations'],
    wikipedia: { en: 'International Atomic Energy Agency', fr: "Agence internationale de l'énergie atomique" },
  },
  {
    id: 'nato',
    kind: 'organization',
    type: 'international',
    name: { en: 'NATO', fr: 'OTAN' },
    aliases: {
      en: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'],
      fr: ['Organisation du traité de l’Atlantique nord', 'Alliance atlantique', 'Otan'],
    },
    description: {
      en: 'Military alliance of North American and European states founded in 1949; it has run a training and advisory mission in Iraq since 2018.',
      fr: 'Alliance militaire d’États nord-américains et européens fondée en 1949 ; elle conduit une mission de formation et de conseil en Irak depuis 2018.',
    },
    wikipedia: { en: 'NATO', fr: "Organisation du traité de l'Atlantique nord" },
  },
  {
    id: 'european-union',
    kind: 'organization',
    type: 'international',
    name: { en: 'European Union', fr: 'Union européenne' },
    aliases: {},
    caseSensitive: ['EU', 'UE'],
    description: {
      en: 'Political and economic union of 27 European states since 2020.',
      fr: 'Union politique et économique de 27 États européens depuis 2020.',
    },
    wikipedia: { en: 'European Union', fr: 'Union européenne' },
  },
  {
    id: 'arab-league',
    kind: 'organization',
    type: 'international',
    name: { en: 'Arab League', fr: 'Ligue arabe' },
    aliases: {
      en: ['League of Arab States'],
      fr: ['Ligue des États arabes'],
    },
    description: {
      en: 'Regional organisation of Arab states founded in Cairo in 1945; Syria’s membership was suspended from 2011 to 2023.',
      fr: 'Organisation régionale des États arabes fondée au Caire en 1945 ; la Syrie en a été suspendue de 2011 à 2023.',
    },
    wikipedia: { en: 'Arab League', fr: 'Ligue arabe' },
  },
  {
    id: 'gcc',
    kind: 'organization',
    type: 'international',
    name: { en: 'Gulf Cooperation Council', fr: 'Conseil de coopération du Golfe' },
    aliases: {},
    caseSensitive: ['GCC', 'CCG'],
    description: {
      en: 'Regional organisation founded in 1981 by Saudi Arabia, Kuwait, Bahrain, Qatar, the United Arab Emirates and Oman.',
      fr: 'Organisation régionale fondée en 1981 par l’Arabie saoudite, le Koweït, Bahreïn, le Qatar, les Émirats arabes unis et Oman.',
    },
    wikipedia: { en: 'Gulf Cooperation Council', fr: 'Conseil de coopération du Golfe' },
  },
  {
    id: 'opec',
    kind: 'organization',
    type: 'international',
    name: { en: 'OPEC', fr: 'OPEP' },
    aliases: {
      en: ['Organization of the Petroleum Exporting Countries'],
      fr: ['Organisation des pays exportateurs de pétrole'],
    },
    description: {
      en: 'Organisation of oil-exporting countries founded in Baghdad in 1960 by Iraq, Iran, Kuwait, Saudi Arabia and Venezuela.',
      fr: 'Organisation de pays exportateurs de pétrole fondée à Bagdad en 1960 par l’Irak, l’Iran, le Koweït, l’Arabie saoudite et le Venezuela.',
    },
    wikipedia: { en: 'OPEC', fr: 'Organisation des pays exportateurs de pétrole' },
  },
  {
    id: 'icc',
    kind: 'organization',
    type: 'international',
    name: { en: 'International Criminal Court', fr: 'Cour pénale internationale' },
    aliases: {},
    caseSensitive: ['ICC', 'CPI'],
    description: {
      en: 'Court in The Hague, in operation since 2002, that tries individuals for genocide, war crimes and crimes against humanity.',
      fr: 'Juridiction siégeant à La Haye, en fonction depuis 2002, qui juge des individus pour génocide, crimes de guerre et crimes contre l’humanité.',
    },
    wikipedia: { en: 'International Criminal Court', fr: 'Cour pénale internationale' },
  },
  {
    id: 'icj',
    kind: 'organization',
    type: 'international',
    name: { en: 'International Court of Justice', fr: 'Cour internationale de justice' },
    aliases: {},
    caseSensitive: ['ICJ', 'CIJ'],
    description: {
      en: 'Principal judicial organ of the United Nations, in The Hague, which settles disputes between states.',
      fr: 'Principal organe judiciaire des Nations unies, siégeant à La Haye, qui tranche les différends entre États.',
    },
    affiliations: ['united-nations'],
    wikipedia: { en: 'International Court of Justice', fr: 'Cour internationale de justice' },
  },

  // ── Coalitions and alliances ──
  {
    id: 'anti-isis-coalition',
    kind: 'organization',
    type: 'coalition',
    name: { en: 'Global Coalition against Daesh', fr: 'Coalition internationale contre l’État islamique' },
    aliases: {
      en: ['US-led coalition', 'U.S.-led coalition', 'anti-ISIS coalition', 'anti-IS coalition', 'Global Coalition to Defeat ISIS', 'Operation Inherent Resolve', 'Combined Joint Task Force – Operation Inherent Resolve'],
      fr: ['coalition internationale dirigée par les États-Unis', 'coalition internationale menée par les États-Unis', 'coalition menée par les États-Unis', 'coalition dirigée par les États-Unis', 'coalition anti-EI', 'coalition anti-Daech', 'coalition contre Daech', 'opération Inherent Resolve'],
    },
    contextual: { aliases: ['coalition internationale', 'international coalition'], when: ['isis', 'state-irq', 'state-syr'] },
    caseSensitive: ['CJTF-OIR'],
    description: {
      en: 'Coalition of states led by the United States, formed in 2014 to fight the Islamic State; its military campaign in Iraq and Syria is run by Combined Joint Task Force – Operation Inherent Resolve.',
      fr: 'Coalition d’États menée par les États-Unis, formée en 2014 pour combattre l’État islamique ; sa campagne militaire en Irak et en Syrie est conduite par la force opérationnelle Inherent Resolve.',
    },
    affiliations: ['state-usa'],
  },
  {
    id: 'saudi-led-coalition',
    kind: 'organization',
    type: 'coalition',
    name: { en: 'Saudi-led coalition', fr: 'Coalition menée par l’Arabie saoudite' },
    aliases: {
      en: ['Saudi-led military coalition', 'Arab coalition in Yemen'],
      fr: ['coalition dirigée par l’Arabie saoudite', 'coalition emmenée par l’Arabie saoudite', 'coalition arabe au Yémen'],
    },
    contextual: { aliases: ['Arab coalition', 'coalition arabe'], when: ['state-yem', 'houthis'] },
    description: {
      en: 'Military coalition led by Saudi Arabia that intervened in Yemen in March 2015 against the Houthis, in support of the internationally recognised government.',
      fr: 'Coalition militaire menée par l’Arabie saoudite, intervenue au Yémen en mars 2015 contre les Houthis pour soutenir le gouvernement reconnu par la communauté internationale.',
    },
    affiliations: ['state-sau'],
  },
  {
    id: 'axis-of-resistance',
    kind: 'organization',
    type: 'alliance',
    name: { en: 'Axis of Resistance', fr: 'Axe de la résistance' },
    aliases: {
      en: ['Resistance Axis'],
      fr: ['Axe de résistance'],
    },
    description: {
      en: 'Informal alliance led by Iran that groups Hezbollah, the Houthis, Iraqi armed groups, Palestinian Islamist movements and, until December 2024, the Assad government in Syria.',
      fr: 'Alliance informelle menée par l’Iran qui réunit le Hezbollah, les Houthis, des groupes armés irakiens, des mouvements islamistes palestiniens et, jusqu’en décembre 2024, le pouvoir d’Assad en Syrie.',
    },
    affiliations: ['state-irn'],
    wikipedia: { en: 'Axis of Resistance', fr: 'Axe de la résistance' },
  },
];
