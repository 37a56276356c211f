/**
 * Headless Chromium (Debian's package, driven by playwright-core) for the HTML report's tests and
 * benchmark: open a report from file://, record console errors, page errors and every request
 * other than the file itself — and abort those, so a report that tried to fetch would also break.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium), as .ci/run does.`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenedReport {
  page: Page;
  /** console.error messages and uncaught exceptions (a CSP violation is reported as a console error). */
  errors: string[];
  /** Requests for anything but the report file. */
  requests: string[];
  /** Milliseconds from goto until the client script marked the page ready. */
  readyMs: number;
  close: () => Promise<void>;
}

export async function openReport(browser: Browser, file: string): Promise<OpenedReport> {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await context.route('**', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const started = performance.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 10_000 });
  const readyMs = performance.now() - started;
  return { page, errors, requests, readyMs, close: () => context.close() };
}
