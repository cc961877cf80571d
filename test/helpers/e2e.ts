import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { startTestApp, type TestApp } from './test-app.ts';

const CLIENT_INDEX = fileURLToPath(new URL('../../dist/client/index.html', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface E2E {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile: its own storage, like a second person's phone. */
  newPage(
    viewport?: { width: number; height: number },
    options?: { reducedMotion?: 'reduce' },
  ): Promise<Page>;
  /** Script errors, console errors and CSP violations seen on any page so far. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The real app on a real port with the built client, and a real Chromium. */
export async function startE2E(env: Record<string, string> = {}): Promise<E2E> {
  if (!existsSync(CLIENT_INDEX))
    throw new Error('The client is not built: run `npm run build` (npm test does).');
  const t = await startTestApp(env);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    t,
    baseUrl,
    browser,
    pageErrors,
    async newPage(viewport = { width: 1280, height: 800 }, options = {}) {
      const context = await browser.newContext({ viewport, baseURL: baseUrl, ...options });
      contexts.push(context);
      const page = await context.newPage();
      recordPageErrors(page, pageErrors);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await t.close();
    },
  };
}

/**
 * Collects what a person would never see but a broken page shows in its console: script errors and CSP
 * violations (Chromium reports those as console errors). Tests assert the list is empty.
 */
function recordPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** axe-core's WCAG 2.1 A/AA rules; returns the violations (an empty list passes). */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  // The page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol, which CSP does not
  // govern; the page itself keeps its real policy.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }
    ).axe;
    interface AxeResult {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    }
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations;
}

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

/** No horizontal scrolling: the WCAG reflow check at 320 px. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/**
 * Resolves once the participant page has taken its seat: it does so as soon as it opens (the seat costs a moment of
 * proof of work), so tests that watch what typing sends wait for this first.
 */
export async function seatTaken(page: Page, boardId: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, `takhojd.seat.${boardId}`), {
      timeout: 15_000,
    })
    .toBe(true);
}
