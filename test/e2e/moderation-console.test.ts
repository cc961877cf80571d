/**
 * The moderator console in Chromium: a hide reaches every participant's screen within a second and can be undone,
 * pre-moderation and reports hold posts for review, bulk actions, keyboard-only use with focus never lost, the audit
 * log and its exports, and links that may not moderate.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreateBoardReply } from '../../shared/api.ts';
import { auditCsv, auditRows } from '../../client/audit-export.ts';
import { spreadsheetCsv } from '../../shared/spreadsheet-csv.ts';
import { createBoard, INSTANT_RELEASE, postAs, takeSeat } from '../helpers/test-app.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, startE2E, type E2E } from '../helpers/e2e.ts';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF): enough to check the export is well-formed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The focused element, looking through shadow roots: `document.activeElement` alone stops at the first host. */
function deepActive(page: Page) {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      testId: element?.getAttribute('data-testid') ?? '',
      postId: element?.closest('[data-post-id]')?.getAttribute('data-post-id') ?? '',
    };
  });
}

describe('moderator console in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  const connected = (page: Page) =>
    expect
      .poll(() => page.getByTestId('connection-status').first().getAttribute('data-state'))
      .toBe('connected');

  async function newBoard(settings: Record<string, unknown> = {}): Promise<CreateBoardReply> {
    return createBoard(e2e.t.app, {
      title: 'Arbetsplatsträff',
      settings: { ...INSTANT_RELEASE, ...settings },
    });
  }

  /** Posts from one HTTP seat; with k = 1 each is its own batch, so the order on screen is fixed. */
  async function seed(boardId: string, bodies: string[], category = 'idea'): Promise<void> {
    const seat = await takeSeat(e2e.t.app, boardId);
    for (const body of bodies) {
      const response = await postAs(e2e.t.app, boardId, seat, body, { category });
      expect(response.statusCode).toBe(202);
    }
  }

  async function openParticipant(boardId: string, viewport?: { width: number; height: number }) {
    const page = await e2e.newPage(viewport);
    await page.goto(`/b/${boardId}`);
    await connected(page);
    return page;
  }

  async function openConsole(
    reply: CreateBoardReply,
    posts: number,
    viewport?: { width: number; height: number },
  ) {
    const page = await e2e.newPage(viewport);
    await page.goto(`/b/${reply.board.id}/moderate#${reply.tokens.moderator}`);
    await connected(page);
    await expect.poll(() => page.getByTestId('moderation-post').count()).toBe(posts);
    return page;
  }

  const row = (page: Page, text: string) => page.getByTestId('moderation-post').filter({ hasText: text });
  const boardPost = (page: Page, text: string) => page.getByTestId('post').filter({ hasText: text });
  const boardOrder = (page: Page) => page.getByTestId('post-body').allTextContents();
  /** Failed requests the console was told to make (a 403 on purpose) are logged by Chromium; nothing else may be. */
  const realErrors = () => e2e.pageErrors.filter((error) => !error.includes('Failed to load resource'));

  it('hides a post from the participant page and the projector within a second, logs it, and undo brings it back', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Vi har för många möten', 'Chefen är en idiot', 'Kortare möten på fredagar']);
    const participant = await openParticipant(boardId);
    const projector = await e2e.newPage({ width: 1920, height: 1080 });
    await projector.goto(`/b/${boardId}/present#${reply.tokens.projector}`);
    const onProjector = (text: string) => projector.getByTestId('projector-post').filter({ hasText: text });
    await expect.poll(() => participant.getByTestId('post').count()).toBe(3);
    await expect.poll(() => projector.getByTestId('projector-post').count()).toBe(3);
    const orderBefore = await boardOrder(participant);

    const modPage = await openConsole(reply, 3);
    expect(await modPage.getByTestId('moderation-post').first().getAttribute('data-status')).toBe('visible');
    await expect.poll(() => modPage.getByTestId('moderation-empty').count()).toBe(0);
    await modPage.getByTestId('moderator-name').fill('Moa');
    const target = row(modPage, 'Chefen är en idiot');
    await target.getByTestId('action-reason').fill('Kränkande');
    await target.getByTestId('action-hide').click();

    await expect.poll(() => boardPost(participant, 'Chefen').count(), { timeout: 1000 }).toBe(0);
    await expect.poll(() => onProjector('Chefen').count(), { timeout: 1000 }).toBe(0);
    await expect.poll(() => target.getAttribute('data-status')).toBe('hidden');
    const audit = modPage.getByTestId('audit-entry');
    await expect.poll(() => audit.count()).toBe(1);
    expect(await audit.first().getAttribute('data-action')).toBe('hide');
    const entry = await audit.first().textContent();
    expect(entry).toContain('Kränkande');
    expect(entry).toContain('Moa');
    expect(entry).toContain('Chefen är en idiot');
    // The name is remembered for this tab only.
    expect(await modPage.evaluate(() => sessionStorage.getItem('takhojd.moderatorName'))).toBe('Moa');

    await modPage.getByTestId('undo').click();
    await expect.poll(() => boardPost(participant, 'Chefen').count(), { timeout: 1000 }).toBe(1);
    await expect.poll(() => onProjector('Chefen').count(), { timeout: 1000 }).toBe(1);
    // Back in its own batch, so in the same place as before. (The projector adds it where it moves nothing.)
    expect(await boardOrder(participant)).toEqual(orderBefore);
    await expect.poll(() => target.getAttribute('data-status')).toBe('visible');
    await expect.poll(() => audit.count()).toBe(2);
    expect(await audit.first().getAttribute('data-action')).toBe('restore');

    // Filters: by status and by category, with counts.
    await target.getByTestId('action-hide').click();
    await expect.poll(() => target.getAttribute('data-status')).toBe('hidden');
    await modPage.getByTestId('moderation-status-filter-hidden').check();
    await expect.poll(() => modPage.getByTestId('moderation-post').count()).toBe(1);
    await modPage.getByTestId('moderation-status-filter-held').check();
    await expect.poll(() => modPage.getByTestId('moderation-empty').count()).toBe(1);
    await modPage.getByTestId('moderation-status-filter-all').check();
    await modPage.getByTestId('moderation-category-filter-question').check();
    await expect.poll(() => modPage.getByTestId('moderation-empty').count()).toBe(1);
    await modPage.getByTestId('moderation-category-filter-idea').check();
    await expect.poll(() => modPage.getByTestId('moderation-post').count()).toBe(3);
    expect(realErrors()).toEqual([]);
  });

  it('pre-moderation: the author sees "awaiting review", nobody else sees the post until it is approved', async () => {
    const reply = await newBoard({ preModeration: true });
    const boardId = reply.board.id;
    const author = await openParticipant(boardId);
    const other = await openParticipant(boardId);
    await expect.poll(() => author.getByTestId('premoderation-notice').count()).toBe(1);
    const modPage = await openConsole(reply, 0);
    await expect
      .poll(() => modPage.getByTestId('moderation-empty').textContent())
      .toContain('Inget att granska');

    await author.getByTestId('composer-body').fill('Kan vi få höj- och sänkbara skrivbord?');
    await author.getByTestId('composer-submit').click();
    const status = author.getByTestId('own-post-status');
    // The author's browser learns of the hold from its own status checks (the first one a second after sending).
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 5000 }).toBe('held');
    expect(await status.textContent()).toContain('Väntar på granskning');

    const held = row(modPage, 'skrivbord');
    await expect.poll(() => held.getAttribute('data-status')).toBe('held');
    expect(await held.getByTestId('held-reason').getAttribute('data-reason')).toBe('premoderation');
    await other.waitForTimeout(300);
    expect(await other.getByTestId('post').count()).toBe(0);
    expect(await author.getByTestId('post').count()).toBe(0);

    await held.getByTestId('action-approve').click();
    await expect.poll(() => other.getByTestId('post').count(), { timeout: 1000 }).toBe(1);
    await expect.poll(() => author.getByTestId('post').count(), { timeout: 1000 }).toBe(1);
    await expect.poll(() => author.getByTestId('own-post-status').count()).toBe(0);
    await expect.poll(() => held.getAttribute('data-status')).toBe('visible');
    expect(await modPage.getByTestId('audit-entry').first().getAttribute('data-action')).toBe('approve');

    // Hidden later: the author (only) is told a moderator hid it.
    await held.getByTestId('action-hide').click();
    await expect.poll(() => other.getByTestId('post').count(), { timeout: 1000 }).toBe(0);
    await expect.poll(() => author.getByTestId('own-post-status').getAttribute('data-status')).toBe('hidden');
    expect(await author.getByTestId('own-post-status').textContent()).toContain('dolt');
    expect(await other.getByTestId('own-post-status').count()).toBe(0);
    expect(realErrors()).toEqual([]);
  });

  it('three reports hold a post: it leaves the board and waits in the console with its count and reasons', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Ring mig på 070-123 45 67', 'En helt vanlig idé']);
    const first = await openParticipant(boardId);
    const second = await openParticipant(boardId);
    const modPage = await openConsole(reply, 2);

    for (const page of [first, second]) {
      const post = boardPost(page, 'Ring mig');
      await post.getByTestId('report').click();
      await page.getByTestId('report-reason-personal-data').check();
      await page.getByTestId('report-submit').click();
      await expect.poll(() => post.getByTestId('reported').count()).toBe(1);
      await expect.poll(() => page.getByTestId('board-notice').textContent()).toContain('anmält');
      // One report per browser: the button is gone, and it stays gone after a reload.
      expect(await post.getByTestId('report').count()).toBe(0);
    }
    await first.reload();
    await connected(first);
    await expect.poll(() => boardPost(first, 'Ring mig').getByTestId('reported').count()).toBe(1);
    await expect
      .poll(() => row(modPage, 'Ring mig').getByTestId('report-count').getAttribute('data-count'))
      .toBe('2');
    expect(await boardPost(second, 'Ring mig').count()).toBe(1);

    // The third report comes from a seat outside any browser.
    const seat = await takeSeat(e2e.t.app, boardId);
    const postId = await row(modPage, 'Ring mig').getAttribute('data-post-id');
    const response = await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${postId}/reports`,
      headers: { 'x-seat': seat },
      payload: { reason: 'spam' },
    });
    expect(response.statusCode).toBe(204);

    await expect.poll(() => boardPost(second, 'Ring mig').count(), { timeout: 1000 }).toBe(0);
    await expect.poll(() => boardPost(first, 'Ring mig').count(), { timeout: 1000 }).toBe(0);
    const held = row(modPage, 'Ring mig');
    await expect.poll(() => held.getAttribute('data-status')).toBe('held');
    expect(await held.getByTestId('held-reason').getAttribute('data-reason')).toBe('reports');
    expect(await held.getByTestId('report-count').getAttribute('data-count')).toBe('3');
    expect(await held.getByTestId('report-count').textContent()).toMatch(
      /3 anmälningar.*personuppgifter 2.*spam 1/s,
    );
    expect(await boardPost(second, 'En helt vanlig idé').count()).toBe(1);

    // Approved, it stands: a fourth report reaches the console at once but no longer takes it off the board.
    await held.getByTestId('action-approve').click();
    await expect.poll(() => boardPost(second, 'Ring mig').count(), { timeout: 1000 }).toBe(1);
    await expect.poll(() => held.getByTestId('reviewed').count()).toBe(1);
    const fourth = await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${postId}/reports`,
      headers: { 'x-seat': await takeSeat(e2e.t.app, boardId) },
      payload: { reason: 'abusive' },
    });
    expect(fourth.statusCode).toBe(204);
    await expect.poll(() => held.getByTestId('report-count').getAttribute('data-count')).toBe('4');
    expect(await held.getAttribute('data-status')).toBe('visible');
    expect(await boardPost(second, 'Ring mig').count()).toBe(1);
    expect(realErrors()).toEqual([]);
  });

  it('bulk: hides three selected posts at once, and approves held posts on a pre-moderated board', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Bulk ett', 'Bulk två', 'Bulk tre', 'Bulk fyra']);
    const participant = await openParticipant(boardId);
    await expect.poll(() => participant.getByTestId('post').count()).toBe(4);
    const modPage = await openConsole(reply, 4);
    for (const text of ['Bulk ett', 'Bulk två', 'Bulk tre'])
      await row(modPage, text).getByTestId('select-post').check();
    await expect.poll(() => modPage.getByTestId('selected-count').textContent()).toContain('3');
    await modPage.getByTestId('bulk-hide').click();
    await expect.poll(() => participant.getByTestId('post').count(), { timeout: 1000 }).toBe(1);
    expect(await participant.getByTestId('post-body').allTextContents()).toEqual(['Bulk fyra']);
    await modPage.getByTestId('moderation-status-filter-hidden').check();
    await expect.poll(() => modPage.getByTestId('moderation-post').count()).toBe(3);
    await expect.poll(() => modPage.getByTestId('audit-entry').count()).toBe(3);

    const premoderated = await newBoard({ preModeration: true });
    await seed(premoderated.board.id, ['Granska ett', 'Granska två', 'Granska tre']);
    const reader = await openParticipant(premoderated.board.id);
    const modPage2 = await openConsole(premoderated, 3);
    await modPage2.getByTestId('moderation-status-filter-held').check();
    await modPage2.getByTestId('select-all').check();
    await expect.poll(() => modPage2.getByTestId('selected-count').textContent()).toContain('3');
    await modPage2.getByTestId('bulk-approve').click();
    await expect.poll(() => reader.getByTestId('post').count(), { timeout: 1000 }).toBe(3);
    await expect.poll(() => modPage2.getByTestId('moderation-empty').count()).toBe(1);
    expect(realErrors()).toEqual([]);
  });

  it('keyboard only: hide moves focus to the next post, undo is reachable, remove asks first; focus never falls to body', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Tangent ett', 'Tangent två', 'Tangent tre']);
    const participant = await openParticipant(boardId);
    const modPage = await openConsole(reply, 3);
    const ids = await modPage
      .getByTestId('moderation-post')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')));

    // Tab from the name field to the first post's first action.
    await modPage.getByTestId('moderator-name').focus();
    for (let i = 0; i < 40 && (await deepActive(modPage)).testId !== 'action-hide'; i++) {
      await modPage.keyboard.press('Tab');
    }
    expect(await deepActive(modPage)).toMatchObject({ testId: 'action-hide', postId: ids[0] });
    await modPage.keyboard.press('Enter');
    await expect
      .poll(() => modPage.getByTestId('moderation-post').first().getAttribute('data-status'))
      .toBe('hidden');
    await expect.poll(() => deepActive(modPage)).toMatchObject({ testId: 'action-hide', postId: ids[1] });
    await expect.poll(() => participant.getByTestId('post').count(), { timeout: 1000 }).toBe(2);

    // The undo button is a few Shift+Tabs back, in the status line above the list.
    for (let i = 0; i < 20 && (await deepActive(modPage)).testId !== 'undo'; i++) {
      await modPage.keyboard.press('Shift+Tab');
    }
    expect((await deepActive(modPage)).testId).toBe('undo');
    await modPage.keyboard.press('Enter');
    await expect.poll(() => participant.getByTestId('post').count(), { timeout: 1000 }).toBe(3);
    await expect.poll(() => deepActive(modPage)).toMatchObject({ postId: ids[0] });
    expect((await deepActive(modPage)).tag).not.toBe('body');

    // Remove for good: the dialog opens, Escape closes it and focus returns to the button.
    for (let i = 0; i < 10 && (await deepActive(modPage)).testId !== 'action-remove'; i++) {
      await modPage.keyboard.press('Tab');
    }
    expect(await deepActive(modPage)).toMatchObject({ testId: 'action-remove', postId: ids[0] });
    await modPage.keyboard.press('Enter');
    await expect
      .poll(() => modPage.getByTestId('confirm-dialog').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    expect((await deepActive(modPage)).testId).toBe('confirm-cancel');
    await modPage.keyboard.press('Escape');
    await expect
      .poll(() => modPage.getByTestId('confirm-dialog').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    await expect.poll(() => deepActive(modPage)).toMatchObject({ testId: 'action-remove', postId: ids[0] });

    await modPage.keyboard.press('Enter');
    await modPage.keyboard.press('Tab');
    expect((await deepActive(modPage)).testId).toBe('confirm-remove');
    await modPage.keyboard.press('Enter');
    await expect.poll(() => modPage.getByTestId('moderation-post').count()).toBe(2);
    await expect.poll(() => participant.getByTestId('post').count(), { timeout: 1000 }).toBe(2);
    const after = await deepActive(modPage);
    expect(after.tag).not.toBe('body');
    expect(after.postId).toBe(ids[1]);
    await expect
      .poll(() => modPage.getByTestId('audit-entry').first().getAttribute('data-action'))
      .toBe('remove');
    // Removed means gone: the log names it by a short id only.
    expect(await modPage.getByTestId('audit-entry').first().textContent()).not.toContain('Tangent ett');
    expect(realErrors()).toEqual([]);
  });

  it('is axe-clean at 320 and 1280 px, with posts and with the remove dialog open; so is the report menu', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['En idé om fika', 'En oro om budgeten']);
    await seed(boardId, ['En fråga om semestern'], 'question');
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      const modPage = await openConsole(reply, 3, viewport);
      await row(modPage, 'fika').getByTestId('action-hide').click();
      await expect.poll(() => modPage.getByTestId('audit-entry').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(modPage, `console at ${viewport.width}px`);
      await expectNoHorizontalScroll(modPage);
      const sizes = await modPage.evaluate(() => {
        const buttons: Element[] = [];
        const collect = (root: Document | ShadowRoot) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.tagName === 'BUTTON') buttons.push(element);
            if (element.shadowRoot) collect(element.shadowRoot);
          }
        };
        collect(document);
        return buttons
          .map((button) => button.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => Math.min(box.width, box.height));
      });
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
      await row(modPage, 'budgeten').getByTestId('action-remove').click();
      await expect.poll(() => modPage.getByTestId('confirm-remove').isVisible()).toBe(true);
      await expectNoAxeViolations(modPage, `console with the remove dialog at ${viewport.width}px`);
      await modPage.keyboard.press('Escape');
      // Undo the hide so the next viewport starts from the same board.
      await row(modPage, 'fika').getByTestId('action-restore').click();
      await expect.poll(() => row(modPage, 'fika').getAttribute('data-status')).toBe('visible');
    }

    const participant = await openParticipant(boardId, { width: 320, height: 640 });
    await boardPost(participant, 'fika').getByTestId('report').click();
    await expect.poll(() => participant.getByTestId('report-submit').count()).toBe(1);
    await expectNoAxeViolations(participant, 'participant page with the report menu open');
    await expectNoHorizontalScroll(participant);
    // Escape closes the menu and returns focus to its button.
    await participant.getByTestId('report-reason-spam').focus();
    await participant.keyboard.press('Escape');
    await expect.poll(() => participant.getByTestId('report-submit').count()).toBe(0);
    expect((await deepActive(participant)).testId).toBe('report');
    expect(realErrors()).toEqual([]);
  });

  it('exports the audit log as CSV (BOM, quoted, one row per action, no author data) and as JSON', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Export ett', 'Export två']);
    const modPage = await openConsole(reply, 2);
    await modPage.getByTestId('moderator-name').fill('=Moa, "moderator"');
    const first = row(modPage, 'Export ett');
    await first.getByTestId('action-reason').fill('=HYPERLINK("http://example.com")');
    await first.getByTestId('action-hide').click();
    await modPage.getByTestId('undo').click();
    await expect.poll(() => first.getAttribute('data-status')).toBe('visible');
    await row(modPage, 'Export två').getByTestId('action-hide').click();
    await expect.poll(() => modPage.getByTestId('audit-entry').count()).toBe(3);

    const [download] = await Promise.all([
      modPage.waitForEvent('download'),
      modPage.getByTestId('export-audit-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(['at', 'action', 'postId', 'post', 'reason', 'role', 'moderatorName']);
    expect(rows.map((cells) => cells[1])).toEqual(['hide', 'restore', 'hide']);
    for (const cells of rows) {
      expect(cells).toHaveLength(header!.length);
      expect(cells[5]).toBe('moderator');
      // Formula injection: the cell is text, not a formula.
      expect(cells[6]).toBe(`'=Moa, "moderator"`);
    }
    expect(rows[0]![4]).toBe(`'=HYPERLINK("http://example.com")`);
    expect(rows[0]![3]).toBe('Export ett');
    // Nothing about authors: no seat, delete key, address or agent in any form.
    expect(header!.join(' ')).not.toMatch(/seat|author|ip|agent|key/i);
    expect(csv).not.toMatch(/127\.0\.0\.1|Mozilla|HeadlessChrome/);

    const [jsonDownload] = await Promise.all([
      modPage.waitForEvent('download'),
      modPage.getByTestId('export-audit-json').click(),
    ]);
    const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8')) as Record<string, string>[];
    expect(json.map((entry) => entry.action)).toEqual(['hide', 'restore', 'hide']);
    expect(Object.keys(json[0]!).sort()).toEqual([
      'action',
      'at',
      'moderatorName',
      'post',
      'postId',
      'reason',
      'role',
    ]);
    expect(realErrors()).toEqual([]);
  });

  it('builds CSV that spreadsheets read as text', () => {
    const cells = spreadsheetCsv([['plain', 'say "hi", then', '=1+1', '+1', '-1', '@1', 'rad ett\nrad två']]);
    expect(cells).toBe(`\uFEFF"plain","say ""hi"", then","'=1+1","'+1","'-1","'@1","rad ett\nrad två"\r\n`);
    const csv = auditCsv(
      auditRows(
        [
          {
            id: 'a'.repeat(22),
            action: 'hide',
            postId: 'b'.repeat(22),
            role: 'facilitator',
            at: '2026-03-05T13:07:00Z',
          },
        ],
        () => undefined,
      ),
    );
    expect(parseCsv(csv.slice(1))).toHaveLength(2);
  });

  it('a projector link, an unknown link or no link at all cannot moderate, and says so', async () => {
    const reply = await newBoard();
    const boardId = reply.board.id;
    await seed(boardId, ['Hemligt']);

    const projector = await e2e.newPage();
    await projector.goto(`/b/${boardId}/moderate#${reply.tokens.projector}`);
    const denied = projector.getByTestId('moderation-denied');
    await expect.poll(() => denied.getAttribute('data-reason')).toBe('projector');
    expect(await projector.locator('h1').textContent()).toContain('kan inte moderera');
    expect(await projector.evaluate(() => location.hash)).toBe('');
    expect(await projector.getByTestId('moderation-post').count()).toBe(0);
    await expectNoAxeViolations(projector, 'console refusing a projector link');

    // The projector's link kept in this tab's storage, and none for moderating: the same clear answer.
    const stored = await e2e.newPage();
    await stored.goto(`/b/${boardId}/present#${reply.tokens.projector}`);
    await stored.goto(`/b/${boardId}/moderate`);
    await expect
      .poll(() => stored.getByTestId('moderation-denied').getAttribute('data-reason'))
      .toBe('projector');

    const unknown = await e2e.newPage();
    await unknown.goto(`/b/${boardId}/moderate#${'x'.repeat(43)}`);
    await expect
      .poll(() => unknown.getByTestId('moderation-denied').getAttribute('data-reason'))
      .toBe('invalid');

    const none = await e2e.newPage();
    await none.goto(`/b/${boardId}/moderate`);
    await expect
      .poll(() => none.getByTestId('moderation-denied').getAttribute('data-reason'))
      .toBe('missing');
    expect(realErrors()).toEqual([]);
  });

  it('the facilitator link leads to the console, which moderates with the facilitator token', async () => {
    const reply = await newBoard();
    await seed(reply.board.id, ['Från ledaren']);
    const page = await e2e.newPage();
    await page.goto(`/b/${reply.board.id}/host#${reply.tokens.facilitator}`);
    await page.getByTestId('to-moderation').click();
    await connected(page);
    await expect.poll(() => page.getByTestId('moderation-post').count()).toBe(1);
    await row(page, 'Från ledaren').getByTestId('action-hide').click();
    await expect.poll(() => page.getByTestId('audit-entry').count()).toBe(1);
    expect(await page.getByTestId('audit-entry').textContent()).toContain('Ledare');
    expect(realErrors()).toEqual([]);
  });
});
