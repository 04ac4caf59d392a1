import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../e2e/browser.ts';

/**
 * A page of the built app in a browser context of its own, with what it did on the way:
 * every request it sent, every breach of the page's Content-Security-Policy and every page
 * error, and every dialog it tried to open (dismissed).
 */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  violations: string[];
  dialogs: string[];
}

export const DESKTOP = { width: 1280, height: 800 };

/** Opens `path` of the app in a new page of `context`, watching it from before its first script runs. */
export async function openIn(context: BrowserContext, path = '/'): Promise<OpenedPage> {
  const page = await context.newPage();
  const opened: OpenedPage = { page, context, requests: [], violations: [], dialogs: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) opened.violations.push(message.text());
  });
  page.on('pageerror', (error) => opened.violations.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${baseUrl()}${path}`);
  return opened;
}

export interface BrowserSession {
  /** The file's Chromium (started before the first test). */
  readonly browser: Browser;
  /** A fresh browser context (nothing stored, nothing cached), closed when the test ends. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** `path` of the app in a fresh context of its own, closed when the test ends. */
  open(path?: string, options?: BrowserContextOptions): Promise<OpenedPage>;
}

/**
 * One Chromium for a whole test file, and a browser context of its own for every page a test
 * opens: no test sees the storage, page or network state another left, so each runs alone
 * (`vitest run <file> -t <name>`) exactly as it runs in the file. Starting Chromium costs about
 * a second; a context costs a few milliseconds. Call once, at the top of the file: it adds the
 * file's beforeAll, afterEach and afterAll.
 */
export function browserSession(defaults: BrowserContextOptions = {}): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const session: BrowserSession = {
    get browser() {
      if (!browser) throw new Error('Chromium has not started: use the session inside a test');
      return browser;
    },
    async context(options = {}) {
      const context = await session.browser.newContext({ viewport: DESKTOP, ...defaults, ...options });
      contexts.push(context);
      return context;
    },
    async open(path = '/', options = {}) {
      return openIn(await session.context(options), path);
    },
  };
  return session;
}
