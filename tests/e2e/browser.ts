import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; browser downloads cannot work on these machines. */
export const CHROMIUM = process.env.SECPATH_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium"`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export function foreignRequests(requests: string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
