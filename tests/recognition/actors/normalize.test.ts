import { describe, expect, it } from 'vitest';
import { foldForComparison, foldText, foldedToString, originalEnd } from '../../../recognition/actors/normalize';

/** The original text of folded units [from, to). */
function back(text: string, from: number, to: number): string {
  const folded = foldText(text);
  return text.slice(folded.origin[from]!, originalEnd(text, folded.origin[to - 1]!));
}

describe('foldForComparison', () => {
  it('lowercases and strips accents', () => {
    expect(foldForComparison('Téhéran')).toBe('teheran');
    expect(foldForComparison('ÉTAT ISLAMIQUE')).toBe('etat islamique');
  });

  it('writes every apostrophe as a straight one', () => {
    expect(foldForComparison('l’Iran')).toBe("l'iran");
    expect(foldForComparison('Kataʼib')).toBe("kata'ib");
    expect(foldForComparison('d‘Abu')).toBe("d'abu");
  });

  it('turns hyphens, dashes and runs of spaces into one space', () => {
    expect(foldForComparison('Hachd al‑Chaabi')).toBe('hachd al chaabi');
    expect(foldForComparison('Iran – Irak')).toBe('iran irak');
    expect(foldForComparison('Asaïb\u00a0\u00a0 Ahl al-Haq')).toBe('asaib ahl al haq');
  });

  it('removes quotation marks', () => {
    expect(foldForComparison('« Nous construisons »')).toBe('nous construisons');
    expect(foldForComparison('“Fatah” Alliance')).toBe('fatah alliance');
  });

  it('reads the article el as al, whatever its case and separator', () => {
    expect(foldForComparison('el-Amiri')).toBe('al amiri');
    expect(foldForComparison('Al Amiri')).toBe('al amiri');
    expect(foldForComparison('El-Sisi')).toBe(foldForComparison('al-Sisi'));
    // Only the word "el": "Elias" and "Abdel" stay as they are.
    expect(foldForComparison('Elias')).toBe('elias');
    expect(foldForComparison('Abdel Mahdi')).toBe('abdel mahdi');
  });

  it('spells ligatures out', () => {
    expect(foldForComparison('Œuvre')).toBe('oeuvre');
    expect(foldForComparison('\ufb01n')).toBe('fin');
  });

  it('keeps case on request', () => {
    expect(foldForComparison('ÉI', { keepCase: true })).toBe('EI');
    expect(foldForComparison('Ei', { keepCase: true })).toBe('Ei');
  });
});

describe('foldForComparison and foldText agree', () => {
  // The gazetteer folds aliases with the first and page text with the second: they must agree.
  const tricky = [
    'Téhéran', 'ÉTAT ISLAMIQUE', 'l’Iran', 'Kataʼib Hezbollah', 'd‘Abu', 'Hachd al‑Chaabi', 'Iran – Irak', 'Asaïb\u00a0\u00a0 Ahl al-Haq',
    '« Nous construisons »', '“Fatah” Alliance', 'el-Amiri', 'El Sisi', 'Abdel Mahdi', 'Œuvre', '\ufb01n', 'Straße', 'İstanbul',
    'Te\u0301he\u0301ran', 'Hez\u00adbollah', 'U.S.', 'No. 10', 'Washington, D.C.', 'Ba`ath', 'Ansar Allah´s', 'Ayatollah\nKhamenei',
    '  padded  ', 'Ø', 'Łódź', 'Ğ', 'ʁɛpublika de an\'ɡɔla', '…', 'Ẓarqawi', 'Abu Ali "the Iraqi" al-Askari', 'el  -  Amiri',
    'Lotfi Azzouz', 'Jean-Yves Le Drian', "Kata'ib", 'EL-SISI', 'Hezbollah--Amal',
  ];
  it.each(tricky)('%s', (s) => {
    expect(foldForComparison(s)).toBe(foldedToString(foldText(s)));
    expect(foldForComparison(s, { keepCase: true })).toBe(foldedToString(foldText(s, { keepCase: true })));
  });
});

describe('foldText offsets', () => {
  it('maps folded units back through accents', () => {
    const text = 'À Téhéran, le président';
    const folded = foldText(text);
    expect(foldedToString(folded)).toBe('a teheran, le president');
    expect(back(text, 2, 9)).toBe('Téhéran');
  });

  it('maps back through decomposed accents, keeping the combining mark in the span', () => {
    const text = 'Te\u0301he\u0301ran a dit';
    const folded = foldText(text);
    expect(foldedToString(folded)).toBe('teheran a dit');
    expect(back(text, 0, 7)).toBe('Te\u0301he\u0301ran');
  });

  it('maps back through ligatures that fold to two letters', () => {
    const text = 'Le cœur de Bagdad';
    const folded = foldText(text);
    expect(foldedToString(folded)).toBe('le coeur de bagdad');
    const at = foldedToString(folded).indexOf('bagdad');
    expect(back(text, at, at + 6)).toBe('Bagdad');
  });

  it('maps back through collapsed spaces and removed quotes', () => {
    const text = 'alliance  «\u00a0Nous construisons\u00a0» hier';
    const folded = foldedToString(foldText(text));
    expect(folded).toBe('alliance nous construisons hier');
    const at = folded.indexOf('nous');
    expect(back(text, at, at + 'nous construisons'.length)).toBe('Nous construisons');
  });

  it('keeps newlines apart from spaces so that names never run across lines', () => {
    expect(foldedToString(foldText('Iran \n Hezbollah'))).toBe('iran\nhezbollah');
  });
});
