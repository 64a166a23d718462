/**
 * Renders `assets/icon.svg` to the PNG sizes the stores and browsers ask for
 * (`public/icon/<size>.png`, picked up by WXT). Run after editing the SVG:
 * `npx tsx scripts/render-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium, chromiumInstallHint } from './lib/find-chromium';
import { quietChromiumFlags } from './lib/launch-chromium';

const sizes = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHint);
  const svg = readFileSync('assets/icon.svg', 'utf8');
  const browser = await chromium.launch({ executablePath, args: quietChromiumFlags });
  try {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
