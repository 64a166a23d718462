/**
 * Word lists that do not depend on the article's language: Arabic name particles, first names
 * common in Middle East coverage, Arabic words that open organisation names, and adjectives of
 * religion or ethnicity that are never actors on their own.
 */

/** Lowercase particles inside personal names ("Hadi al-Amiri", "Mohammed bin Salman"). */
export const NAME_PARTICLES: readonly string[] = [
  'al', 'el', 'bin', 'ben', 'ibn', 'bint', 'abu', 'abou', 'umm', 'oum', 'ould', 'von', 'van', 'der', 'den', 'da', 'di', 'dos', 'ad', 'as', 'ash', 'ar', 'an', 'at', 'az',
];

/**
 * Words that open a surname of several words ("Karim Abi Nader" → "Abi Nader", "Marine Le Pen"
 * → "Le Pen", "Charles de Gaulle" → "de Gaulle"): the particles, and prefixes that are not.
 */
export const SURNAME_PREFIXES: readonly string[] = [...NAME_PARTICLES, 'abi', 'bou', 'de', 'du', 'des', 'del', 'della', 'le', 'la', 'ter', 'ten'];

/** The Arabic article in its transliterations, glued by a hyphen: al-, el-, ad-, ash-, ez-… */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el', 'ad', 'ed', 'as', 'es', 'ash', 'ar', 'er', 'an', 'at', 'az', 'ez', 'ech', 'ach'];

/** Words that open a personal name by themselves: "Abu Ali al-Askari", "Umm Hussein". */
export const KUNYA_PARTICLES: readonly string[] = ['abu', 'abou', 'umm', 'oum'];

/** Transliterated Arabic words that open the name of an armed group, party or council. */
export const ARABIC_ORG_HEADS: readonly string[] = [
  'kataib', "kata'ib", 'kataeb', 'kataëb', 'kataëb', 'saraya', 'sarayat', 'harakat', 'haraket', 'harakat', 'jaysh', 'jaish',
  'jaych', 'jeish', 'asaib', "asa'ib", 'liwa', 'liwaa', 'alwiya', 'ansar', 'hizb', 'jabhat', 'jabha', 'tanzim', 'majlis',
  'quwat', 'firqat', 'hashd', 'hachd', 'tayyar', 'munazzamat', 'hay’at', "hay'at", 'hayat', 'tahaluf', 'itilaf', 'fawj',
];

/** Transliterated Arabic words that open place names: "Tal Afar", "Deir ez-Zor", "Beit Hanoun", "Kfar Kila". */
export const ARABIC_PLACE_HEADS: readonly string[] = [
  'tal', 'tell', 'tall', 'ras', 'ain', 'ayn', 'deir', 'dayr', 'jisr', 'beit', 'bayt', 'kafr', 'kfar', 'jabal', 'jebel', 'djebel',
  'bir', 'wadi', 'khan', 'bab', 'qasr', 'marj', 'nahr', 'shatt', 'chatt', 'jurf', 'hay', 'hayy', 'madinat', 'mina', 'qalaat',
  'souk', 'suq', 'sahl', 'tell', 'jezireh', 'jazira', 'arab',
];

/** Adjectives of religion, ethnicity or region: like demonyms, never actors on their own. */
export const GROUP_ADJECTIVES: readonly string[] = [
  'kurde', 'kurdes', 'kurdish', 'kurds', 'chiite', 'chiites', 'shiite', 'shiites', 'shia', "shi'ite", "shi'ites",
  'sunnite', 'sunnites', 'sunni', 'sunnis', 'arabe', 'arabes', 'arab', 'arabs', 'perse', 'perses', 'persian', 'persians',
  'européen', 'européenne', 'européens', 'européennes', 'european', 'europeans', 'occidental', 'occidentale',
  'occidentaux', 'occidentales', 'western', 'westerners', 'yézidi', 'yézidis', 'yazidi', 'yazidis', 'chrétien',
  'chrétienne', 'chrétiens', 'chrétiennes', 'christian', 'christians', 'druze', 'druzes', 'alaouite', 'alaouites',
  'alawite', 'alawites', 'maronite', 'maronites', 'turkmène', 'turkmènes', 'turkmen', 'assyrien', 'assyriens',
  'assyrian', 'assyrians', 'islamiste', 'islamistes', 'islamist', 'islamists', 'jihadiste', 'jihadistes', 'djihadiste',
  'djihadistes', 'jihadist', 'jihadists', 'musulman', 'musulmans', 'musulmane', 'muslim', 'muslims', 'juif', 'juifs',
  'juive', 'jewish', 'jews', 'israélite', 'baloutche', 'pachtoune', 'pashtun', 'hazara', 'moyen-oriental', 'arabo-',
  'anglo-saxon', 'anglo-saxons', 'transatlantique', 'pro-iranien', 'pro-iraniens', 'pro-iranienne', 'pro-iraniennes',
  'pro-iranian', 'pro-américain', 'pro-us', 'anti-américain', 'anti-américains', 'anti-american', 'pro-western',
];

/** First names frequent in the coverage; a capitalised pair starting with one is a person. */
export const FIRST_NAMES: readonly string[] = [
  // Arabic
  'mohammed', 'mohamed', 'muhammad', 'mohammad', 'mohamad', 'muhammed', 'mahmoud', 'mahmud', 'mustafa', 'moustafa',
  'mostafa', 'ahmed', 'ahmad', 'ali', 'hassan', 'hasan', 'hussein', 'hussain', 'husayn', 'hossein', 'abdel', 'abdul',
  'abd', 'abdallah', 'abdullah', 'abdulla', 'abdelaziz', 'abdulaziz', 'abbas', 'adel', 'adil', 'akram', 'amer', 'amir',
  'ammar', 'anas', 'ayad', 'iyad', 'ayman', 'aziz', 'bashar', 'bachar', 'basim', 'bassem', 'faisal', 'fayçal', 'fayez',
  'faleh', 'falih', 'fouad', 'fuad', 'ghassan', 'hadi', 'haider', 'haidar', 'haïdar', 'hamid', 'hamad', 'hamza', 'hani',
  'haroun', 'hashem', 'hashim', 'hisham', 'hicham', 'ibrahim', 'imad', 'ismail', 'ismaïl', 'issam', 'jafar', 'jaafar',
  'jamal', 'jawad', 'kamal', 'karim', 'khaled', 'khalid', 'khalil', 'laith', 'layth', 'mahdi', 'majid', 'majed',
  'mansour', 'marwan', 'masoud', 'massoud', 'moqtada', 'muqtada', 'nabil', 'nasser', 'nasir', 'nawaf', 'nizar', 'nouri',
  'nuri', 'omar', 'oussama', 'osama', 'qais', 'qays', 'qassem', 'qasem', 'qasim', 'rashid', 'rachid', 'riyad', 'riad',
  'saad', 'saddam', 'saeed', 'salah', 'saleh', 'salih', 'salman', 'sami', 'samir', 'tarek', 'tariq', 'walid', 'wissam',
  'yasser', 'yasir', 'yassin', 'youssef', 'yusuf', 'youcef', 'zaid', 'zeid', 'ziad', 'ziyad', 'lotfi', 'mounir',
  'mourad', 'nadim', 'naim', 'naïm', 'rami', 'tamer', 'wael', 'yahya', 'yehia', 'fatima', 'fatma', 'zainab', 'zeinab',
  'maryam', 'mariam', 'leila', 'layla', 'nadia', 'rania', 'hanan', 'amina', 'aisha', 'aïcha', 'huda', 'lina', 'dalia',
  'rima', 'nour', 'noor', 'reem', 'jumana', 'samira', 'salwa', 'souad',
  // Persian, Kurdish, Turkish
  'javad', 'mohsen', 'ebrahim', 'esmail', 'gholam', 'reza', 'ruhollah', 'akbar', 'mojtaba', 'mahsa', 'narges', 'nasrin',
  'shirin', 'farhad', 'kamran', 'masrour', 'nechirvan', 'bafel', 'qubad', 'lahur', 'kosrat', 'barham', 'hoshyar',
  'jalal', 'recep', 'hakan', 'mevlüt', 'ahmet', 'mehmet', 'kemal', 'abdolrahim', 'hassan-ali',
  // Hebrew
  'benjamin', 'yoav', 'naftali', 'yair', 'benny', 'itamar', 'bezalel', 'ehud', 'ariel', 'avigdor', 'isaac', 'herzi', 'eyal',
  // French and English
  'joe', 'joseph', 'donald', 'barack', 'george', 'john', 'james', 'robert', 'michael', 'david', 'richard', 'thomas',
  'william', 'charles', 'anthony', 'antony', 'mike', 'lloyd', 'jake', 'jack', 'paul', 'peter', 'mark', 'stephen', 'steven',
  'kevin', 'brian', 'jean', 'pierre', 'jacques', 'françois', 'emmanuel', 'nicolas', 'marine', 'catherine', 'laurent',
  'jean-yves', 'jean-luc', 'jean-marie', 'jean-pierre', 'philippe', 'olivier', 'dominique', 'michel', 'alain', 'bernard',
  'anne', 'marie', 'sophie', 'christine', 'vladimir', 'sergueï', 'sergei', 'sergey', 'antonio', 'josep', 'ursula',
  'hillary', 'condoleezza', 'colin', 'dick', 'rex', 'marco', 'kamala', 'lindsey', 'angela', 'olaf', 'boris', 'keir',
  'rishi', 'theresa', 'tony', 'gordon', 'valéry', 'jeanne', 'claire', 'julie', 'sarah', 'emily', 'elizabeth', 'mary',
  'patrick', 'martin', 'frédéric', 'fabrice', 'gilles', 'henri', 'hugo', 'louis', 'lucas', 'mathieu', 'matthew', 'daniel',
  'samuel', 'simon', 'victor', 'vincent', 'xavier', 'yves', 'christophe', 'sébastien', 'julien', 'antoine', 'benoît',
  // Also names of states: before a surname they are first names ("Jordan Bardella", "Israel Katz").
  'jordan', 'israel', 'israël', 'chad',
];

/** Finer type of an organisation found by its opening or closing word. */
export const ORG_WORD_TYPES: Readonly<Record<string, string>> = {
  brigades: 'armed-group', brigade: 'armed-group', bataillon: 'armed-group', bataillons: 'armed-group',
  battalion: 'armed-group', battalions: 'armed-group', militia: 'armed-group', militias: 'armed-group',
  kataib: 'armed-group', kataeb: 'armed-group', saraya: 'armed-group', jaysh: 'armed-group', jaish: 'armed-group',
  jaych: 'armed-group', liwa: 'armed-group', asaib: 'armed-group', alwiya: 'armed-group', fawj: 'armed-group',
  armée: 'army', army: 'army', parti: 'party', party: 'party', hizb: 'party', ministère: 'institution',
  ministry: 'institution', conseil: 'institution', council: 'institution', commission: 'institution',
  coalition: 'coalition', alliance: 'alliance', tahaluf: 'alliance', itilaf: 'coalition',
};
