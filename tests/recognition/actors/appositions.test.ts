import { describe, expect, it } from 'vitest';
import { enCtx, frCtx } from './small-kb';
import { says } from './harness';

describe('appositions', () => {
  it('reads an apposition between commas after the name, in English and French', () => {
    expect(says('Lotfi Azzouz, Tunisia country director for Amnesty International, said the arrests were arbitrary.', enCtx).get('unknown:lotfi azzouz')).toBe(
      'Tunisia country director for Amnesty International',
    );
    expect(says('Abu Ali al-Askari, responsable de la sécurité au sein des brigades, a affirmé que la trêve tenait.', frCtx).get('unknown:abu ali al askari')).toBe(
      'responsable de la sécurité au sein des brigades',
    );
  });

  it('reads an apposition naming whose role it is, with curly and straight apostrophes', () => {
    const said = (text: string, id: string): string | undefined => says(text, enCtx).get(id);
    expect(said('Karim Nouredine, the group’s chief negotiator, said talks would resume.', 'unknown:karim nouredine')).toBe('the group’s chief negotiator');
    expect(said("Karim Nouredine, the group's chief negotiator, said talks would resume.", 'unknown:karim nouredine')).toBe("the group's chief negotiator");
    expect(said('Karim Nouredine, the rebels’ chief negotiator, said talks would resume.', 'unknown:karim nouredine')).toBe('the rebels’ chief negotiator');
    expect(said("Karim Nouredine, the rebels' chief negotiator, said talks would resume.", 'unknown:karim nouredine')).toBe("the rebels' chief negotiator");
    expect(said('Karim Nouredine, the United States’ chief negotiator, said talks would resume.', 'unknown:karim nouredine')).toBe('the United States’ chief negotiator');
    // A known actor's possessive opens a role, not an enumeration; a known person gets it too.
    expect(said('Karim Nouredine, Amnesty International’s Tunisia director, said the arrests were arbitrary.', 'unknown:karim nouredine')).toBe(
      'Amnesty International’s Tunisia director',
    );
    expect(said("Hadi al-Amiri, Badr's veteran chief, told reporters the truce would hold.", 'hadi-al-amiri')).toBe("Badr's veteran chief");
    expect(said('Lotfi Azzouz, Tunisia country director for Amnesty International, told reporters the arrests were arbitrary.', 'unknown:lotfi azzouz')).toBe(
      'Tunisia country director for Amnesty International',
    );
  });

  it('reads a role before the name, without its article', () => {
    expect(says('Le Premier ministre irakien Mustafa Al-Kadhimi a limogé deux généraux.', frCtx).get('mustafa-al-kadhimi')).toBe('Premier ministre irakien');
    expect(says('Iraqi Prime Minister Mustafa al-Kadhimi fired two generals.', enCtx).get('mustafa-al-kadhimi')).toBe('Iraqi Prime Minister');
    expect(says('Il a rencontré le commandant iranien de la Force Al-Qods, Rahim Ghorbani, à Bagdad.', frCtx).get('unknown:rahim ghorbani')).toBe(
      'commandant iranien de la Force Al-Qods',
    );
  });

  it('reads an apposition closed by a full stop after an inverted verb of speech or opening on an article', () => {
    expect(says('« Nous reconstruirons », raconte Ahmed Younes, un commerçant de 54 ans.', frCtx).get('unknown:ahmed younes')).toBe('commerçant de 54 ans');
    expect(says('Talks stalled within the Badr Organization, the oldest of the armed groups.', enCtx).get('badr-organization')).toBe(
      'oldest of the armed groups',
    );
  });

  it('does not read a clause or an enumeration closed by a full stop as an apposition', () => {
    const text = 'Le Hezbollah salue Badr, Téhéran et Bagdad.';
    expect(says(text, frCtx).get('badr-organization')).toBe(text);
  });

  it('does not run a role over another person’s name or a verb', () => {
    const text = 'Former Prime Minister Karim Nouredine backed Hadi al-Amiri.';
    expect(says(text, enCtx).get('unknown:karim nouredine')).toBe('Former Prime Minister');
    expect(says(text, enCtx).get('hadi-al-amiri')).toBe(text);
  });

  it('does not take the end of a role for a description of what follows it', () => {
    const text = 'Le commandant de la Force Al-Qods a été remplacé.';
    expect(says(text, frCtx).get('quds-force')).toBe(text);
  });

  it('does not read an enumeration as an apposition', () => {
    const text = 'Le Hezbollah, Badr et les Brigades du Hezbollah irakien ont signé, selon un communiqué.';
    expect(says(text, frCtx).get('hezbollah')).toBe(text);
  });

  it('falls back to the first sentence naming the actor, trimmed', () => {
    const text = 'La réunion a eu lieu lundi. Des délégués du Hezbollah y ont assisté sans prendre la parole. Le Hezbollah a ensuite publié un texte.';
    expect(says(text, frCtx).get('hezbollah')).toBe('Des délégués du Hezbollah y ont assisté sans prendre la parole.');
  });

  it('cuts a long first sentence around the mention', () => {
    const long = `${'Les discussions, longues et difficiles, ont porté sur la sécurité des frontières, '.repeat(4)}puis le Hezbollah a demandé une pause, ${'et les délégués ont accepté de reprendre le lendemain '.repeat(3)}.`;
    const said = says(long, frCtx).get('hezbollah')!;
    expect(said).toContain('Hezbollah');
    expect(said.length).toBeLessThanOrEqual(202);
    expect(said.startsWith('…')).toBe(true);
  });
});
