import { describe, expect, it } from 'vitest';
import { enCtx, frCtx } from './small-kb';
import { allPairs } from './harness';

describe('coreference: surnames', () => {
  it('links a later surname to a person of the knowledge base named in full', () => {
    expect(allPairs('Hadi al-Amiri a rencontré des diplomates. Al-Amiri a ensuite quitté Bagdad.', frCtx).slice(0, 2)).toEqual([
      ['hadi-al-amiri', 'Hadi al-Amiri'],
      ['hadi-al-amiri', 'Al-Amiri'],
    ]);
  });

  it('links an earlier surname (a headline before the body) too', () => {
    const text = 'Al-Kadhimi sous pression\nLe Premier ministre Mustafa Al-Kadhimi a limogé deux généraux.';
    expect(allPairs(text, frCtx)).toEqual([
      ['mustafa-al-kadhimi', 'Al-Kadhimi'],
      ['mustafa-al-kadhimi', 'Mustafa Al-Kadhimi'],
    ]);
    const english = 'Why al-Kadhimi gambled\nIraqi Prime Minister Mustafa al-Kadhimi fired two generals.';
    expect(allPairs(english, enCtx)).toEqual([
      ['mustafa-al-kadhimi', 'al-Kadhimi'],
      ['mustafa-al-kadhimi', 'Mustafa al-Kadhimi'],
    ]);
  });

  it('links the surname of a person outside the knowledge base, in both directions', () => {
    const text = 'Azzouz denounced the arrests. Lotfi Azzouz, who heads the office, said more were expected. Azzouz added that lawyers were barred.';
    expect(allPairs(text, enCtx)).toEqual([
      ['unknown:lotfi azzouz', 'Azzouz'],
      ['unknown:lotfi azzouz', 'Lotfi Azzouz'],
      ['unknown:lotfi azzouz', 'Azzouz'],
    ]);
  });

  it('matches particle variants of the surname', () => {
    const text = 'Hadi al-Amiri est arrivé. Selon el-Amiri, et selon Al Amiri aussi, rien ne change.';
    expect(allPairs(text, frCtx).map(([id, surface]) => `${id}=${surface}`)).toEqual([
      'hadi-al-amiri=Hadi al-Amiri',
      'hadi-al-amiri=el-Amiri',
      'hadi-al-amiri=Al Amiri',
    ]);
  });

  it('links a surname of two words that opens with a particle or a name prefix', () => {
    const french = 'Samir Abi Khalil, chercheur dans un institut de Beyrouth, doute. « Personne ne cédera », résume Abi Khalil.';
    expect(allPairs(french, frCtx)).toEqual([
      ['unknown:samir abi khalil', 'Samir Abi Khalil'],
      ['unknown:samir abi khalil', 'Abi Khalil'],
    ]);
    const english = 'Rana Ould Taleb, an economist, was blunt. “The money is gone,” Ould Taleb said, and Bou Saab agreed.';
    expect(allPairs(english, enCtx).map(([id, surface]) => `${id}=${surface}`)).toEqual([
      'unknown:rana ould taleb=Rana Ould Taleb',
      'unknown:rana ould taleb=Ould Taleb',
    ]);
  });

  it('links a lowercase particle and the capitalised surname right after it, and nothing else', () => {
    const text = 'Rami bin Haddad leads the fund. Later bin Haddad spoke; the bin, Haddad said, was full. A bin stood there.';
    expect(allPairs(text, enCtx).map(([id, surface]) => `${id}=${surface}`)).toEqual([
      'unknown:rami bin haddad=Rami bin Haddad',
      'unknown:rami bin haddad=bin Haddad',
      'unknown:rami bin haddad=Haddad',
    ]);
  });

  it('links a king’s name without its regnal number', () => {
    const text = 'Le roi Fayçal II a reçu les ministres. Fayçal a ensuite quitté le palais.';
    expect(allPairs(text, frCtx)).toEqual([
      ['unknown:faycal ii', 'Fayçal II'],
      ['unknown:faycal ii', 'Fayçal'],
    ]);
  });

  it('leaves a surname shared by two people named in full unlinked', () => {
    const text = 'Le ministre Fouad Hussein a cité Saddam Hussein. Hussein a ensuite quitté la salle.';
    const pairs = allPairs(text, frCtx);
    expect(pairs.filter(([, surface]) => surface === 'Hussein')).toEqual([]);
  });

  it('does not link a surname that ends another name', () => {
    const text = 'Le ministre Fouad Hussein a parlé. Le portrait de Zuhair Hussein a été retiré.';
    expect(allPairs(text, frCtx)).toEqual([['unknown:fouad hussein', 'Fouad Hussein']]);
  });

  it('never links vague phrases such as "le groupe"', () => {
    const text = 'Les Brigades du Hezbollah irakien ont revendiqué le tir. Le groupe a promis d’autres attaques.';
    expect(allPairs(text, frCtx)).toEqual([['kataib-hezbollah', 'Brigades du Hezbollah irakien']]);
  });
});

describe('coreference: nicknames', () => {
  it('links a nickname given after the name, and its later uses', () => {
    const text = 'Les forces ont arrêté Karim al-Jabouri, dit Abou Sakr, dimanche. Abou Sakr a déclaré aux enquêteurs qu’il était innocent.';
    const pairs = allPairs(text, frCtx);
    expect(pairs).toEqual([
      ['unknown:karim al jabouri', 'Karim al-Jabouri'],
      ['unknown:karim al jabouri', 'Abou Sakr'],
      ['unknown:karim al jabouri', 'Abou Sakr'],
    ]);
    expect(allPairs('Investigators questioned Karim al-Jabouri, also known as Abu Sakr, on Sunday.', enCtx)).toEqual([
      ['unknown:karim al jabouri', 'Karim al-Jabouri'],
      ['unknown:karim al jabouri', 'Abu Sakr'],
    ]);
  });
});

describe('coreference: acronyms', () => {
  it('links an acronym defined after a long form, before and after the definition', () => {
    const text = 'Le Front national de résistance (FNR) a appelé au calme. Le FNR exige un retrait. Plus tard, le FNR a menacé.';
    const pairs = allPairs(text, frCtx);
    expect(pairs.map(([, surface]) => surface)).toEqual(['Front national de résistance', 'FNR', 'FNR', 'FNR']);
    expect(new Set(pairs.map(([id]) => id))).toEqual(new Set(['unknown:front national de resistance']));
  });

  it('lets the article’s own definition win over another actor’s acronym', () => {
    // "US" is the United States in the base; here the article defines it for another body.
    const text = 'L’Union syndicale (US) a appelé à la grève. Selon l’US, la mobilisation sera forte.';
    expect(allPairs(text, frCtx)).toEqual([
      ['unknown:union syndicale', 'Union syndicale'],
      ['unknown:union syndicale', 'US'],
      ['unknown:union syndicale', 'US'],
    ]);
  });

  it('does not read a dateline followed by a country in parentheses as an acronym', () => {
    expect(allPairs('BAGDAD (Irak) - Les discussions reprennent.', frCtx).map(([id]) => id)).toEqual(['baghdad', 'state-irq']);
  });

  it('links an acronym to a knowledge-base actor defined with it', () => {
    const text = 'Amnesty International (AI) a publié un rapport. Selon AI, les détentions sont arbitraires.';
    expect(allPairs(text, frCtx)).toEqual([
      ['amnesty-international', 'Amnesty International'],
      ['amnesty-international', 'AI'],
      ['amnesty-international', 'AI'],
    ]);
  });
});
