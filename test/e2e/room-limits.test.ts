/**
 * Issue 8 in Chromium: the facilitator watches seats fill up and raises the cap for a refused participant; the
 * report control is quieter than the reactions but still works by keyboard; a full board and a full instance say
 * so in the composer and the creation form.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import type { BoardSettings } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, startE2E, type E2E } from '../helpers/e2e.ts';
import { bearer, createBoard, INSTANT_RELEASE, postAs, takeSeat } from '../helpers/test-app.ts';

const MAX_BOARDS = 6;
const MAX_POSTS_PER_BOARD = 4;
const NARROW = { width: 320, height: 640 };

/** The focused element's test id, looking through shadow roots. */
function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.getAttribute('data-testid') ?? '';
  });
}

describe('room limits in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E({
      MAX_BOARDS: String(MAX_BOARDS),
      MAX_POSTS_PER_BOARD: String(MAX_POSTS_PER_BOARD),
    });
  });
  afterAll(async () => e2e?.close());

  /** Refusals made on purpose (a full board) are logged by Chromium as failed loads; nothing else may be. */
  const realErrors = () => e2e.pageErrors.filter((error) => !error.includes('Failed to load resource'));

  const connected = (page: Page) =>
    expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');

  async function newBoard(settings: Partial<BoardSettings> = {}): Promise<CreateBoardReply> {
    return createBoard(e2e.t.app, { title: 'Storträff', settings: { ...INSTANT_RELEASE, ...settings } });
  }

  async function openParticipant(boardId: string, viewport = NARROW): Promise<Page> {
    const page = await e2e.newPage(viewport);
    page.setDefaultTimeout(10_000);
    await page.goto(`/b/${boardId}`);
    await connected(page);
    return page;
  }

  async function send(page: Page, text: string): Promise<void> {
    await page.getByTestId('composer-body').fill(text);
    await page.getByTestId('composer-submit').click();
  }

  const sent = (page: Page) => expect.poll(() => page.getByTestId('composer-body').inputValue()).toBe('');

  it('shows the facilitator seats filling up, the full board, and a raised cap letting a refused participant in', async () => {
    // Two expected: 1.25 seats each, so three seats.
    const reply = await newBoard({ expectedHeadcount: 2 });
    const boardId = reply.board.id;
    const host = await e2e.newPage({ width: 1280, height: 800 });
    host.setDefaultTimeout(10_000);
    await host.goto(`/b/${boardId}/host#${reply.tokens.facilitator}`);
    await connected(host);
    const count = host.getByTestId('seat-count');
    await expect.poll(() => count.textContent()).toMatch(/Platser: 0 av 3 \(förväntat 2\)/);
    expect(await host.getByTestId('seats-full').count()).toBe(0);

    // People join when they first do something: here, by posting.
    const participants: Page[] = [];
    for (let i = 1; i <= 3; i++) {
      const page = await openParticipant(boardId);
      participants.push(page);
      await send(page, `Deltagare ${i} skriver`);
      await sent(page);
    }
    // The console catches up on its own, without a reload.
    await expect.poll(() => count.getAttribute('data-issued'), { timeout: 15_000 }).toBe('3');
    expect(await count.textContent()).toMatch(/Platser: 3 av 3 \(förväntat 2\)/);
    await expect.poll(() => count.getAttribute('data-state')).toBe('full');
    expect(await host.getByTestId('seats-full').textContent()).toContain('Alla platser är tagna');
    await expectNoAxeViolations(host, 'console with a full board');

    // The fourth is refused and told why; the text stays.
    const late = await openParticipant(boardId);
    await send(late, 'Jag kom sent');
    const error = late.getByTestId('composer-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe(ErrorCode.boardFull);
    expect(await error.textContent()).toContain('alla platser är tagna');
    expect(await late.getByTestId('composer-body').inputValue()).toBe('Jag kom sent');

    // The facilitator raises the expected headcount right there.
    await host.getByTestId('seat-headcount').fill('4');
    await host.getByTestId('seat-headcount-save').click();
    await expect.poll(() => host.getByTestId('seat-status').textContent()).toContain('5 platser');
    await expect.poll(() => count.textContent()).toMatch(/Platser: 3 av 5 \(förväntat 4\)/);
    expect(await count.getAttribute('data-state')).toBe('open');

    await late.getByTestId('composer-submit').click();
    await sent(late);
    await expect.poll(() => count.getAttribute('data-issued'), { timeout: 15_000 }).toBe('4');
    expect(await count.textContent()).toMatch(/Platser: 4 av 5 \(förväntat 4\)/);
    // Nobody but the facilitator sees the count.
    for (const page of [...participants, late])
      expect(await page.locator('body').innerText()).not.toMatch(/Platser/);
    expect(realErrors()).toEqual([]);
  }, 60_000); // Two waits for the console's refresh and five browsers: longer than most tests on a busy machine.

  it('keeps the report control quieter than a reaction, yet usable by keyboard, with a name, at 320 px', async () => {
    const { board } = await newBoard();
    const seat = await takeSeat(e2e.t.app, board.id);
    expect((await postAs(e2e.t.app, board.id, seat, 'En idé om kaffet')).statusCode).toBe(202);
    const page = await openParticipant(board.id);
    const post = page.getByTestId('post');
    await expect.poll(() => post.count()).toBe(1);

    const box = async (locator: Locator) => {
      const found = await locator.boundingBox();
      if (!found) throw new Error('not shown');
      return found;
    };
    const report = post.getByTestId('report');
    const reaction = post.getByTestId('reaction-agree');
    const reportBox = await box(report);
    const reactionBox = await box(reaction);
    // Smaller than a reaction button…
    expect(reportBox.width).toBeLessThan(reactionBox.width);
    expect(reportBox.height).toBeLessThanOrEqual(reactionBox.height);
    expect(reportBox.width * reportBox.height).toBeLessThan(reactionBox.width * reactionBox.height);
    // …and drawn as quiet text, not as a button…
    const look = (locator: Locator) =>
      locator.evaluate((element) => {
        const style = getComputedStyle(element);
        return { border: style.borderTopColor, background: style.backgroundColor, weight: style.fontWeight };
      });
    const reportLook = await look(report);
    const reactionLook = await look(reaction);
    expect(reportLook.border).toBe('rgba(0, 0, 0, 0)');
    expect(reportLook.background).toBe('rgba(0, 0, 0, 0)');
    expect(reportLook.border).not.toBe(reactionLook.border);
    // …but still a full-size touch target with a name that says which post it reports.
    expect(Math.min(reportBox.width, reportBox.height)).toBeGreaterThanOrEqual(44);
    expect(await report.evaluate((element) => element.tagName)).toBe('BUTTON');
    expect((await report.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Anmäl: En idé om kaffet');
    await expectNoAxeViolations(page, 'post card at 320 px');
    await expectNoHorizontalScroll(page);

    // Keyboard only: Tab reaches it after the reactions, Enter opens it, the reasons and Send follow.
    await reaction.focus();
    for (let i = 0; i < 6 && (await focusedTestId(page)) !== 'report'; i++) await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('report');
    await page.keyboard.press('Enter');
    await expect.poll(() => report.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedTestId(page)).toBe('report-reason-abusive');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId(page)).toBe('report-reason-personal-data');
    await expectNoAxeViolations(page, 'report menu open at 320 px');
    for (let i = 0; i < 6 && (await focusedTestId(page)) !== 'report-submit'; i++)
      await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('report-submit');
    await page.keyboard.press('Enter');
    await expect.poll(() => post.getByTestId('reported').count()).toBe(1);
    const moderation = await e2e.t.app.store.moderatedPosts(board.id);
    expect(moderation[0]).toMatchObject({ reportCount: 1, reportReasons: { 'personal-data': 1 } });
    expect(realErrors()).toEqual([]);
  });

  it('says in the composer that a full board takes no more posts, and keeps the text', async () => {
    const { board } = await newBoard({ releaseThreshold: 10 });
    const seat = await takeSeat(e2e.t.app, board.id);
    for (let i = 0; i < MAX_POSTS_PER_BOARD; i++)
      expect((await postAs(e2e.t.app, board.id, seat, `Fyller tavlan ${i}`)).statusCode).toBe(202);
    const page = await openParticipant(board.id);
    await send(page, 'Ett inlägg för mycket');
    const error = page.getByTestId('composer-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe(ErrorCode.postLimitReached);
    expect(await error.textContent()).toContain('Tavlan rymmer inte fler inlägg');
    expect(await page.getByTestId('composer-body').inputValue()).toBe('Ett inlägg för mycket');
    await expectNoAxeViolations(page, 'composer on a full board');
    expect(realErrors()).toEqual([]);
  });

  it('says on the landing page that the instance takes no more boards', async () => {
    // Fill the instance, whatever the tests before left on it, and empty it again afterwards.
    const fillers: CreateBoardReply[] = [];
    for (;;) {
      const response = await e2e.t.app.inject({
        method: 'POST',
        url: '/api/boards',
        payload: { title: 'Fyllnad' },
      });
      if (response.statusCode === 409) break;
      expect(response.statusCode).toBe(201);
      fillers.push(response.json<CreateBoardReply>());
      expect(fillers.length).toBeLessThanOrEqual(MAX_BOARDS);
    }
    try {
      const page = await e2e.newPage(NARROW);
      await page.goto('/');
      await page.getByTestId('create-title').fill('En tavla till');
      await page.getByTestId('create-submit').click();
      await expect
        .poll(() => page.getByTestId('create-error').textContent())
        .toContain('Det går inte att skapa fler tavlor här just nu');
      expect(await page.getByTestId('create-title').inputValue()).toBe('En tavla till');
      await expectNoAxeViolations(page, 'creation form on a full instance');
      await expectNoHorizontalScroll(page);
    } finally {
      for (const filler of fillers) {
        await e2e.t.app.inject({
          method: 'DELETE',
          url: `/api/boards/${filler.board.id}`,
          headers: bearer(filler.tokens.facilitator),
        });
      }
    }
    expect(realErrors()).toEqual([]);
  });
});
