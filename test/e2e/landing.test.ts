/** The landing page: create a board, see its links once, join by code; in Swedish and English; accessible. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  startE2E,
  type E2E,
} from '../helpers/e2e.ts';
import { lookUpJoinCode } from '../helpers/test-app.ts';

describe('landing page in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('creates a board and shows the participant link, join code and three secret links once', async () => {
    const page = await e2e.newPage({ width: 320, height: 640 });
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await expectNoAxeViolations(page, 'landing page');
    await expectNoHorizontalScroll(page);

    await page.getByTestId('create-title').fill('Arbetsplatsträff');
    await page.getByTestId('create-submit').click();
    const joinCode = (await page.getByTestId('created-join-code').textContent())?.trim() ?? '';
    expect(joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    const participantLink = (await page.getByTestId('created-participant-link').textContent())?.trim() ?? '';
    const boardId = new URL(participantLink).pathname.split('/')[2] ?? '';
    expect(participantLink).toBe(`${e2e.baseUrl}/b/${boardId}`);
    for (const [role, testId] of [
      ['host', 'created-facilitator-link'],
      ['moderate', 'created-moderator-link'],
      ['present', 'created-projector-link'],
    ] as const) {
      const link = (await page.getByTestId(testId).textContent())?.trim() ?? '';
      expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/b/${boardId}/${role}#[A-Za-z0-9_-]{22}$`));
    }
    // The board exists on the server with that code.
    const joined = await lookUpJoinCode(e2e.t.app, joinCode);
    expect(joined.json()).toEqual({ boardId });
    await expectNoAxeViolations(page, 'created board panel');
    await expectNoHorizontalScroll(page);

    // A reload shows the form again: the secret links were shown once.
    await page.reload();
    expect(await page.getByTestId('created-facilitator-link').count()).toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('joins a board by typing its code, in any case, by keyboard', async () => {
    const created = await e2e.t.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'Kodtavla' },
    });
    const { joinCode, board } = created.json();
    const page = await e2e.newPage({ width: 320, height: 640 });
    await page.goto('/');
    await page.getByTestId('join-code-input').focus();
    await page.keyboard.type(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/b/${board.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Kodtavla');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('explains an unknown join code next to the field', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByTestId('join-code-input').fill('ZZZZZZ');
    await page.getByTestId('join-submit').click();
    await expect.poll(() => page.getByTestId('join-code-input').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toBe(`${e2e.baseUrl}/`);
    await expectNoAxeViolations(page, 'join form with an error');
  });

  it('switches to English and back, and <html lang> follows', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'landing page in English');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  it('moves a secret token from the address bar into session storage', async () => {
    const created = await e2e.t.app.inject({
      method: 'POST',
      url: '/api/boards',
      payload: { title: 'Hemlig' },
    });
    const { board, tokens } = created.json();
    const page = await e2e.newPage();
    await page.goto(`/b/${board.id}/host#${tokens.facilitator}`);
    await expect.poll(() => page.url()).toBe(`${e2e.baseUrl}/b/${board.id}/host`);
    const stored = await page.evaluate(() => JSON.stringify(Object.values(sessionStorage)));
    expect(stored).toContain(tokens.facilitator);
  });

  it('the accessibility check itself catches a violation', async () => {
    // Guards against an axe harness that silently checks nothing.
    const page = await e2e.newPage();
    await page.goto('/');
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('img'), { src: 'data:,' })),
    );
    expect((await axeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
  });
});
