/**
 * Headless Chromium for the view's end-to-end test and benchmark: Debian's `chromium` package driven by
 * playwright-core, offline, with a fresh profile every time. Not used when writing a view.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Throws, with the command that fixes it, when Chromium is not installed: a missing browser must fail, not skip. */
export async function launchChromium(
  options: { executablePath?: string; viewport?: { width: number; height: number } } = {},
): Promise<Browser> {
  const { executablePath = CHROMIUM_PATH, viewport = { width: 1400, height: 900 } } = options;
  if (!existsSync(executablePath)) {
    throw new Error(
      `newsgraph view: Chromium is not installed at ${executablePath}; ` +
        "install Debian's package as root: apt-get update && apt-get install -y chromium",
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      offline: true,
      viewport,
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
