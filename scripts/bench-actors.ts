/**
 * Benchmark of actor recognition on the bundled knowledge base.
 *
 *   npx tsx scripts/bench-actors.ts [--stages]
 *
 * Times `createActorMatcher` and `findActors` on realistic news text (French and English,
 * written for this benchmark) repeated to 100 KB and 1 MB, and prints ms/MB. The machine may be
 * shared: both wall-clock and process CPU time are printed, with the time of a plain loop over
 * 1 MB of text as a yardstick of the machine's current speed.
 */
import type { RecognitionContext } from '../recognition/context';
import { ACTOR_PIPELINE, createActorMatcher, findActors, type ActorState } from '../recognition/actors/index';
import { rulesFor } from '../recognition/actors/locales';
import { TokenKeys, TokenView, tokenize } from '../recognition/actors/tokens';
import { loadKnowledgeBase } from '../recognition/knowledge/index';

const FRENCH = `Bagdad, 11 décembre — Le Premier ministre irakien Mohammed Chia al-Soudani a reçu lundi à Bagdad une délégation de la Coalition internationale, quelques jours après une nouvelle série d’attaques contre des bases abritant des soldats américains. Selon un communiqué de ses services, le chef du gouvernement a assuré que l’Irak « ne sera pas un terrain de règlement de comptes » entre Washington et Téhéran.
Depuis la mi-octobre, plus de quatre-vingts attaques à la roquette et au drone ont visé des installations utilisées par les forces américaines en Irak et en Syrie. La plupart ont été revendiquées par la Résistance islamique en Irak, une bannière derrière laquelle se rangent plusieurs factions armées proches de l’Iran, dont les Brigades du Hezbollah irakien et le mouvement Harakat al-Nujaba.
Washington se réserve le droit de répondre « au moment et à l’endroit de son choix », a déclaré le porte-parole du Pentagone. Vendredi dernier, une frappe américaine a touché un véhicule près de Jurf al-Sakhar, au sud de la capitale, tuant cinq combattants. Le gouvernement irakien a dénoncé « une violation de la souveraineté » du pays, tout en condamnant les attaques contre l’ambassade américaine à Bagdad.
Abu Ali al-Askari, responsable de la sécurité au sein des Brigades du Hezbollah, a affirmé sur Telegram que les opérations continueraient tant que les troupes étrangères resteraient sur le sol irakien. Les Forces de mobilisation populaire, intégrées à l’appareil de sécurité de l’État depuis 2016, affirment de leur côté ne pas être impliquées.
Pour Lina Khatib, chercheuse spécialiste du Moyen-Orient, « Téhéran cherche à maintenir la pression sans provoquer une guerre ouverte ». Khatib souligne que Bagdad dépend à la fois du soutien de Washington et de ses liens économiques avec l’Iran, en particulier pour l’électricité.
Cependant, à Erbil, capitale de la région autonome du Kurdistan, les autorités kurdes s’inquiètent. Le Parti démocratique du Kurdistan, qui dirige le gouvernement régional, a demandé à Bagdad de protéger les installations de la coalition. Progressivement, les tensions entre les partis chiites et kurdes se sont déplacées vers le Parlement.
Hadi al-Amiri, chef de l’organisation Badr et figure du Cadre de coordination, a appelé au calme. Al-Amiri a rappelé que son alliance avait soutenu la formation du gouvernement en 2022, après un an de blocage politique provoqué par le retrait des députés de Moqtada al-Sadr.
`;

const ENGLISH = `BAGHDAD — Iraqi Prime Minister Mohammed Shia al-Sudani met a delegation of the US-led coalition on Monday, days after a new wave of rocket and drone attacks on bases hosting American troops. His office said Iraq would not become "an arena for settling scores" between Washington and Tehran.
Since mid-October, more than 80 attacks have targeted facilities used by US forces in Iraq and Syria. Most were claimed by the Islamic Resistance in Iraq, an umbrella for several Iran-aligned armed factions, including Kataib Hezbollah and Harakat al-Nujaba.
Tehran denied any role in the attacks. Iranian Foreign Minister Hossein Amir-Abdollahian said the groups acted independently. Last Friday, a US strike hit a vehicle near Jurf al-Sakhar, south of Baghdad, killing five fighters, the Pentagon said.
Lotfi Azzouz, a regional researcher for Amnesty International, said civilians were paying the price of the confrontation. Azzouz added that dozens of families had fled villages near the Syrian border.
Renad Mansour, a senior research fellow at Chatham House, told reporters that Baghdad depended on both Washington's support and Iranian gas. "The government is walking a tightrope," Mansour said. The Popular Mobilization Forces, formally part of the Iraqi state since 2016, denied involvement.
In Erbil, the Kurdistan Regional Government asked Baghdad to protect coalition sites. Masoud Barzani, leader of the Kurdistan Democratic Party, met US diplomats. Read more
`;

const ctxFr: RecognitionContext = { lang: 'fr', referenceDate: new Date(2023, 11, 11), uiLang: 'fr' };
const ctxEn: RecognitionContext = { lang: 'en', referenceDate: new Date(2023, 11, 11), uiLang: 'en' };

function repeatTo(text: string, size: number): string {
  let out = '';
  while (out.length < size) out += text;
  return out.slice(0, size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timing {
  /** Median wall-clock milliseconds. */
  wall: number;
  /** Median and minimum process CPU milliseconds; the minimum is the least disturbed run. */
  cpu: number;
  cpuMin: number;
}

/** Times `fn` over `runs` runs after `warmup` runs. */
function time(fn: () => void, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), cpuMin: Math.min(...cpus) };
}

function yardstick(): Timing {
  const text = repeatTo(FRENCH, 1_000_000);
  return time(() => {
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i) | 0x20;
  }, 9, 2);
}

const kb = loadKnowledgeBase();
const fmt = (ms: number): string => ms.toFixed(1).padStart(7);
const show = (t: Timing, mb = 0): string =>
  mb > 0
    ? `${fmt(t.wall)} ms wall | CPU ${fmt(t.cpu)} median, ${fmt(t.cpuMin)} min | ${fmt(t.cpu / mb)} ms/MB median, ${fmt(t.cpuMin / mb)} ms/MB min`
    : `${fmt(t.wall)} ms wall | CPU ${fmt(t.cpu)} median, ${fmt(t.cpuMin)} min`;

console.log(`Yardstick, one plain pass over 1 MB:       ${show(yardstick())}`);
const build = time(() => createActorMatcher(kb), 15, 3);
console.log(`createActorMatcher (${kb.entries.length} entries):      ${show(build)}`);

const matcher = createActorMatcher(kb);
for (const [label, source, ctx] of [['French', FRENCH, ctxFr], ['English', ENGLISH, ctxEn]] as const) {
  for (const size of [100_000, 1_000_000]) {
    const text = repeatTo(source, size);
    const t = time(() => findActors(text, ctx, matcher), size > 500_000 ? 7 : 15, 2);
    console.log(`findActors ${label.padEnd(7)} ${String(size / 1000).padStart(5)} KB: ${show(t, size / 1_000_000)}`);
  }
}

if (process.argv.includes('--stages')) {
  for (const [label, source, ctx] of [['French', FRENCH, ctxFr], ['English', ENGLISH, ctxEn]] as const) {
    const text = repeatTo(source, 1_000_000);
    const stages = new Map<string, number[]>();
    const record = (name: string, ms: number): void => {
      stages.set(name, [...(stages.get(name) ?? []), ms]);
    };
    for (let run = 0; run < 7; run++) {
      const c0 = process.cpuUsage();
      const tokens = tokenize(text);
      const c = process.cpuUsage(c0);
      record('tokenize', (c.user + c.system) / 1000);
      const keys = new TokenKeys(tokens);
      let state: ActorState = {
        text, ctx, matcher, rules: rulesFor(ctx.lang), tokens, keys, view: new TokenView(tokens, keys), mentions: [], acronyms: [], says: new Map(),
      };
      for (const stage of ACTOR_PIPELINE) {
        const s0 = process.cpuUsage();
        state = stage.run(state);
        const s1 = process.cpuUsage(s0);
        record(stage.name, (s1.user + s1.system) / 1000);
      }
    }
    console.log(`Stages on 1 MB of ${label} (ms CPU, median and min):`);
    for (const [name, values] of stages) console.log(`  ${name.padEnd(14)} ${fmt(median(values))} ${fmt(Math.min(...values))}`);
  }
}
