/**
 * `npm run demo`: builds the extension, serves the demo articles on 127.0.0.1 and opens them in
 * Chromium with Contexte loaded. With a display the browser stays open for you; without one
 * (headless) it saves screenshots of the annotated articles, a hover card and the popup to
 * `demo-output/` and prints a summary.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, chromiumInstallHint } from './lib/find-chromium';
import { launchWithExtension } from './lib/launch-chromium';
import { startStaticServer } from './lib/static-server';
import { getAnnotations, pointOfMention, tabIdOf, waitForAnnotation, highlightSizes } from './lib/extension-driver';

const demoArticles = [
  { lang: 'fr', path: '/articles/demo-fr.html' },
  { lang: 'en', path: '/articles/demo-en.html' },
];
const outputDir = 'demo-output';

async function main(): Promise<number> {
  if (!findChromium()) {
    console.error(chromiumInstallHint);
    return 1;
  }
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  console.log('Building the extension…');
  execSync('npm run build --silent', { stdio: 'inherit' });

  const server = await startStaticServer('tests/fixtures');
  const browser = await launchWithExtension({ headless });
  console.log(`Serving the demo articles at ${server.origin}/articles/ — Chromium ${headless ? 'headless' : 'window open'}.`);
  try {
    mkdirSync(outputDir, { recursive: true });
    const summary: string[] = [];
    for (const article of demoArticles) {
      const page = await browser.context.newPage();
      await page.goto(server.origin + article.path);
      const timings = await waitForAnnotation(browser.serviceWorker, page);
      const annotations = await getAnnotations(browser.serviceWorker, page);
      const highlights = await highlightSizes(page);
      summary.push(
        `${article.lang.toUpperCase()}  ${annotations.title ?? article.path}\n` +
          `    ${annotations.actors.length} actors (${annotations.actors.filter((actor) => actor.known).length} from the knowledge base), ` +
          `${annotations.dates.length} dates, ${Object.values(highlights).reduce((a, b) => a + b, 0)} highlighted ranges; ` +
          `annotated in ${timings.total.toFixed(1)} ms (recognise ${timings.recognize.toFixed(1)} ms)`,
      );
      if (!headless) continue;
      await page.screenshot({ path: join(outputDir, `article-${article.lang}.png`) });
      const first = annotations.actors.find((actor) => actor.known && actor.kind === 'person') ?? annotations.actors[0];
      if (first?.mentions[0]) {
        const point = await pointOfMention(page, first.mentions[0].text);
        await page.mouse.move(point.x, point.y);
        await page.waitForSelector('[data-contexte]', { state: 'attached' });
        await page.waitForTimeout(600);
        await page.screenshot({ path: join(outputDir, `card-${article.lang}.png`) });
        await page.mouse.move(5, 5);
      }
      const tabId = await tabIdOf(browser.serviceWorker, page.url());
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 640 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForTimeout(800);
      await popup.screenshot({ path: join(outputDir, `popup-${article.lang}.png`), fullPage: true });
      await popup.close();
    }
    console.log(`\n${summary.join('\n')}`);
    if (headless) {
      console.log(`\nScreenshots saved in ${outputDir}/: article-*.png, card-*.png, popup-*.png`);
      return 0;
    }
    console.log('\nHover a highlighted name or date to see its card. Press Ctrl+C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      browser.context.once('close', () => resolve());
    });
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

process.exitCode = await main();
