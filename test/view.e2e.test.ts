/**
 * The view in a real browser: headless Chromium (Debian's package, /usr/bin/chromium) opens the written page from
 * disk, offline; a user searches, filters, clicks a place on the canvas and opens a person. Without Chromium this
 * test fails with the install command (launchChromium throws); it never skips.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from '../pipeline/view/chromium.js';
import { writeView } from '../pipeline/view.js';
import type {} from '../view/handle.js';
import { FOMIN_EN_STATEMENT, FOMIN_NB_QUOTE, fixtureGraph } from './view-fixture.js';

// The README's picture, docs/view.png, is a copy of this file from a passing run; tests never write tracked files.
const SCREENSHOT = join(process.cwd(), 'output', 'view-e2e.png');

let dir: string;
let browser: Browser;
let page: Page;
let pageUrl: string;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-view-e2e-'));
  const graphPath = join(dir, 'graph.json');
  await writeFile(graphPath, JSON.stringify(fixtureGraph()));
  const { out } = await writeView({ graph: graphPath, out: join(dir, 'graph.html') });
  pageUrl = pathToFileURL(out).href;
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function searchFor(query: string): Promise<string[]> {
  await page.fill('#search', query);
  return page.locator('#results li').allTextContents();
}

async function setChecked(selector: string, checked: boolean): Promise<void> {
  await page.locator(selector).setChecked(checked);
}

test('the page opens offline from disk, with no request but the file itself and no error', () => {
  expect(requests).toEqual([pageUrl]);
  expect(errors).toEqual([]);
});

test('shows the graph summary and one filter per entity type and article language', async () => {
  await expect(page.locator('#summary').textContent()).resolves.toBe(
    '3 people, 3 places, 3 organizations · 4 statements · 4 articles',
  );
  await expect(page.locator('#types label').allTextContents()).resolves.toEqual([
    'people (3)',
    'places (3)',
    'organizations (3)',
  ]);
  await expect(page.locator('#langs label').allTextContents()).resolves.toEqual([
    'nb · Norwegian Bokmål (1)',
    'da · Danish (1)',
    'en · English (2)',
  ]);
  await expect(page.locator('#graph canvas').count()).resolves.toBeGreaterThan(0);
});

test('search finds an entity by an alias: "Kijev" finds Kyiv', async () => {
  await expect(searchFor('Kijev')).resolves.toEqual(['Kyiv (Kijev) · place · 3×']);
});

test('clicking a place on the canvas shows its country, coordinates and the statements about it', async () => {
  await page.fill('#search', '');
  const position = await page.evaluate(() => window.newsgraphView!.positionOf('place:kyiv'));
  const box = await page.locator('#graph').boundingBox();
  expect(position).not.toBeNull();
  await page.mouse.click(box!.x + position!.x, box!.y + position!.y);
  await expect(page.locator('#details h2').textContent()).resolves.toBe('Kyiv');
  await expect(page.locator('#details [data-fact="Country"]').textContent()).resolves.toBe('UA');
  await expect(page.locator('#details [data-fact="Coordinates"]').textContent()).resolves.toBe('50.4501, 30.5234');
  await expect(page.locator('#details ol.about blockquote').allTextContents()).resolves.toEqual([
    FOMIN_EN_STATEMENT,
    'the promise by Fomin to scale down around Kyiv was a regrouping',
    FOMIN_NB_QUOTE,
  ]);
  await page.keyboard.press('Escape');
  await expect(page.locator('#details').isHidden()).resolves.toBe(true);
});

test('filters by article language and date hide an entity from the search', async () => {
  // Fomin is named in a Norwegian and an English article, both of 2022-03-29.
  await setChecked('#langs input[value="nb"]', false);
  await expect(searchFor('Fomin')).resolves.toEqual(['Alexander Fomin (Fomin) · person · 3×']);
  await setChecked('#langs input[value="en"]', false);
  await expect(searchFor('Fomin')).resolves.toEqual(['No match']);
  await setChecked('#langs input[value="nb"]', true);
  await setChecked('#langs input[value="en"]', true);
  await page.fill('#from', '2022-04-01');
  await page.locator('#from').dispatchEvent('change');
  await expect(searchFor('Fomin')).resolves.toEqual(['No match']);
  await expect(searchFor('Zelenskyj')).resolves.toEqual(['Volodymyr Zelensky (Zelenskyj) · person · 1×']);
  await page.fill('#from', '');
  await page.locator('#from').dispatchEvent('change');
  await setChecked('#types input[value="person"]', false);
  await expect(searchFor('Fomin')).resolves.toEqual(['No match']);
  await setChecked('#types input[value="person"]', true);
});

test('searching "Fomin" and opening him shows his aliases, roles and statements with language, article and relays', async () => {
  await expect(searchFor('Fomin')).resolves.toEqual(['Alexander Fomin (Fomin) · person · 3×']);
  await page.locator('#results button').first().click();

  const details = page.locator('#details');
  await expect(details.locator('h2').textContent()).resolves.toBe('Alexander Fomin');
  await expect(details.locator('[data-fact="Also written"]').textContent()).resolves.toBe('Alexandr Fomin, Fomin');
  await expect(details.locator('[data-fact="Roles"]').textContent()).resolves.toBe(
    'viseforsvarsminister (nb); Deputy Defence Minister (en)',
  );
  await expect(details.locator('h3').allTextContents()).resolves.toEqual([
    'Statements by Alexander Fomin (2)',
    'Statements about Alexander Fomin (1)',
    'Articles (2)',
    'Named with (7)',
  ]);

  const said = details.locator('ol.said > li');
  await expect(said.count()).resolves.toBe(2);
  const norwegian = said.nth(1);
  await expect(norwegian.locator('blockquote').textContent()).resolves.toBe(FOMIN_NB_QUOTE);
  await expect(norwegian.locator('blockquote').getAttribute('lang')).resolves.toBe('nb');
  await expect(norwegian.locator('.statement-meta').textContent()).resolves.toBe(
    'directnbAlexander Fominvia BBC › TASS',
  );
  await expect(norwegian.locator('.statement-about').textContent()).resolves.toBe('about Kyiv, Chernihiv');
  await expect(norwegian.locator('.statement-article').textContent()).resolves.toBe(
    'Russland lover å trappe ned rundt Kijev — nrk/2022-03-29-fomin.txt · 2022-03-29 · nb',
  );
  await expect(said.nth(0).locator('blockquote').textContent()).resolves.toBe(FOMIN_EN_STATEMENT);
  await expect(said.nth(0).locator('.relay').count()).resolves.toBe(0);
  await expect(details.locator('ol.about blockquote').allTextContents()).resolves.toEqual([
    'the promise by Fomin to scale down around Kyiv was a regrouping',
  ]);

  // The language filter applies to his statements too.
  await setChecked('#langs input[value="en"]', false);
  await expect(details.locator('ol.said blockquote').allTextContents()).resolves.toEqual([FOMIN_NB_QUOTE]);
  await expect(details.locator('section p.muted').first().textContent()).resolves.toBe('1 more hidden by the filters');
  await setChecked('#langs input[value="en"]', true);

  // Point at an empty corner of the canvas (ending the hover left by the click on Kyiv) and let the camera settle on
  // him before the picture for the README.
  const graphBox = (await page.locator('#graph').boundingBox())!;
  await page.mouse.move(graphBox.x + 4, graphBox.y + 4);
  await page.waitForTimeout(600);
  await mkdir(join(process.cwd(), 'output'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(errors).toEqual([]);
});

test('a link in the details opens that entity', async () => {
  await page.locator('#details .relay button', { hasText: 'TASS' }).click();
  await expect(page.locator('#details h2').textContent()).resolves.toBe('TASS');
  await expect(page.locator('#details h3').allTextContents()).resolves.toEqual([
    'Statements relayed by TASS (1)',
    'Articles (1)',
    'Named with (6)',
  ]);
});
