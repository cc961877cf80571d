/**
 * A seat and a join-code lookup cost proof of work (shared/work.ts). At the instance's default price, a browser pays
 * it without the person noticing: the join form says it is busy, the board takes its seat as soon as it opens, and
 * posting and reacting work as before. The work runs in a worker, so typing never waits for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../server/config.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateBoardReply } from '../../shared/api.ts';
import { launchChromium } from '../helpers/browser.ts';
import { expectNoAxeViolations, seatTaken, startE2E, type E2E } from '../helpers/e2e.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { createBoard } from '../helpers/test-app.ts';

/** The work is real at this price, and the machine running the tests may be busy: be patient, not exact. */
const PATIENCE = { timeout: 20_000 };

describe('proof of work in Chromium, at the default price', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({ SEAT_WORK_BITS: String(loadConfig({}).SEAT_WORK_BITS) });
  });
  afterAll(async () => e2e?.close());

  const paid = (page: Page) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    return requests;
  };

  it('joins by code: the lookup pays its work, and a wrong code is explained', async () => {
    const created = await createBoard(e2e.t.app, { title: 'Kodtavla' });
    const page = await e2e.newPage({ width: 320, height: 640 });
    const requests = paid(page);
    await page.goto('/');
    await page.getByTestId('join-code-input').fill('ZZZZZZ');
    await page.getByTestId('join-submit').click();
    await expect
      .poll(() => page.getByTestId('join-code-input').getAttribute('aria-invalid'), PATIENCE)
      .toBe('true');
    expect(await page.locator('#join-code-error').textContent()).toContain('ingen tavla');

    await page
      .getByTestId('join-code-input')
      .fill(`${created.joinCode.slice(0, 3).toLowerCase()} ${created.joinCode.slice(3)}`);
    await page.getByTestId('join-submit').click();
    await page.waitForURL(`**/b/${created.board.id}`, PATIENCE);
    // Each lookup asked for its own challenge first.
    expect(requests.filter((request) => request === 'POST /api/challenges').length).toBeGreaterThanOrEqual(2);
    // The code goes out as it is normalised (upper case, no space): the work was done for that form.
    expect(requests).toContain(`GET /api/join/${created.joinCode}`);
    // The unknown code's 404 is in the console, as any failed request is; nothing else may be.
    expect(e2e.pageErrors.filter((error) => !error.includes('404'))).toEqual([]);
  });

  it('takes a seat as the board opens, then posts and reacts as before', async () => {
    const { board } = await createBoard(e2e.t.app, {
      title: 'Tavla',
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0] },
    });
    const page = await e2e.newPage({ width: 320, height: 640 });
    const requests = paid(page);
    const errorsBefore = e2e.pageErrors.length;
    await page.goto(`/b/${board.id}`);
    await seatTaken(page, board.id);
    expect(requests).toContain(`POST /api/boards/${board.id}/seats`);

    await page.getByTestId('composer-body').fill('Betald med lite räknande');
    await page.getByTestId('composer-submit').click();
    await expect
      .poll(() => page.getByTestId('post-body').allTextContents(), PATIENCE)
      .toEqual(['Betald med lite räknande']);
    await page.getByTestId('reaction-agree').click();
    await expect
      .poll(() => page.getByTestId('reaction-agree').getAttribute('aria-pressed'), PATIENCE)
      .toBe('true');
    // One seat, paid for once: posting and reacting did not ask for another.
    expect(requests.filter((request) => request.endsWith('/seats'))).toHaveLength(1);
    await expectNoAxeViolations(page, 'board after paying for a seat');
    expect(e2e.pageErrors.slice(errorsBefore)).toEqual([]);
  });

  it('pays again, once, when the server restarted between the challenge and the seat', async () => {
    // A real restart: the server runs as its own process, and the browser's seat request is held back (not
    // answered) until the new process listens on the same port. Its proof is for the old process's key.
    const dir = mkdtempSync(join(tmpdir(), 'takhojd-pow-restart-'));
    let server = await startServerProcess({ SEAT_WORK_BITS: '12' }, { dir });
    const browser = await launchChromium();
    try {
      const { board } = (await (
        await fetch(`${server.baseUrl}/api/boards`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Omstart' }),
        })
      ).json()) as CreateBoardReply;
      const page = await (await browser.newContext({ baseURL: server.baseUrl })).newPage();
      const requests = paid(page);
      const seatResponses: number[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/seats')) seatResponses.push(response.status());
      });
      let restarted: () => void = () => undefined;
      const restart = new Promise<void>((resolve) => (restarted = resolve));
      let held = false;
      await page.route(`**/api/boards/${board.id}/seats`, async (route) => {
        if (!held) {
          held = true;
          await restart;
        }
        await route.continue();
      });
      await page.goto(`/b/${board.id}`);
      await expect.poll(() => held, PATIENCE).toBe(true);
      const port = server.port;
      await server.stop();
      server = await startServerProcess({ SEAT_WORK_BITS: '12' }, { dir, port });
      restarted();
      await seatTaken(page, board.id);
      expect(seatResponses).toEqual([403, 201]);
      expect(requests.filter((request) => request === 'POST /api/challenges')).toHaveLength(2);
    } finally {
      await browser.close();
      await server.stop({ removeData: true });
    }
  });
});
