/**
 * The facilitator in Chromium: creating a board with its own categories and rules, steering the phase and the
 * spotlight while participants watch, exports, replacing a secret link, deleting the board, the console's look at
 * projector-room sizes with a QR code that scans, accessibility at 320 and 1280 px, and keyboard-only use.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardReply, FacilitatorBoard, JsonExport } from '../../shared/api.ts';
import type { ModerationView } from '../../shared/moderation.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, startE2E, type E2E } from '../helpers/e2e.ts';
import { createBoard, INSTANT_RELEASE, postAs, takeSeat } from '../helpers/test-app.ts';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/console/', import.meta.url));
const NARROW = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 720 };

/** The focused element, looking through shadow roots. */
function deepActive(page: Page) {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      testId: element?.getAttribute('data-testid') ?? '',
      postId: element?.closest('[data-post-id]')?.getAttribute('data-post-id') ?? '',
    };
  });
}

describe('facilitator console in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  /** Refused requests made on purpose (an old link) are logged by Chromium as failed loads; nothing else may be. */
  const realErrors = () => e2e.pageErrors.filter((error) => !error.includes('Failed to load resource'));

  const connected = (page: Page) =>
    expect
      .poll(() => page.getByTestId('connection-status').first().getAttribute('data-state'))
      .toBe('connected');

  /** A stuck action fails in seconds, naming itself, rather than as a bare test time-out. */
  async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await e2e.newPage(viewport);
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function openParticipant(boardId: string, viewport?: { width: number; height: number }) {
    const page = await newPage(viewport);
    await page.goto(`/b/${boardId}`);
    await connected(page);
    return page;
  }

  async function openConsole(reply: CreateBoardReply, viewport?: { width: number; height: number }) {
    const page = await newPage(viewport);
    await page.goto(`/b/${reply.board.id}/host#${reply.tokens.facilitator}`);
    await connected(page);
    await page.getByTestId('host-phase-open').waitFor();
    return page;
  }

  async function seed(boardId: string, posts: [category: string, body: string][]): Promise<string[]> {
    const seat = await takeSeat(e2e.t.app, boardId);
    const ids: string[] = [];
    for (const [category, body] of posts) {
      const response = await postAs(e2e.t.app, boardId, seat, body, { category });
      expect(response.statusCode).toBe(202);
      ids.push(response.json<{ post: { id: string } }>().post.id);
    }
    return ids;
  }

  const admin = async (boardId: string, token: string) => {
    const response = await e2e.t.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/admin`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    return response.json<FacilitatorBoard>();
  };

  const hostPost = (page: Page, text: string) => page.getByTestId('host-post').filter({ hasText: text });
  const boardPost = (page: Page, text: string) => page.getByTestId('post').filter({ hasText: text });

  it('creates a board in the browser with its own categories and rules, then opens the console', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByTestId('create-title').fill('Planeringsdag');
    expect(await page.getByTestId('create-prompt').getAttribute('placeholder')).toBe(
      'Vad hindrar oss från att…?',
    );
    await page.getByTestId('create-prompt').fill('Vad hindrar oss från att prova nytt?');
    // The simple path: advanced settings start closed.
    expect(await page.getByTestId('create-advanced').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    await page.getByTestId('create-advanced').locator('summary').click();

    await page.getByTestId('category-label-idea').fill('Förslag');
    await page.getByTestId('category-add').click();
    // Focus is on the new, empty name; its id follows what is typed.
    await page.keyboard.type('Beröm');
    await page.getByTestId('category-label-berom').waitFor();
    await page.getByTestId('category-remove-question').click();
    expect(await page.getByTestId('category-label-question').count()).toBe(0);

    // A wrong number is caught in the browser, with its message next to the field.
    await page.getByTestId('setting-releaseThreshold').fill('abc');
    await page.getByTestId('create-submit').click();
    const threshold = page.getByTestId('setting-releaseThreshold');
    await expect.poll(() => threshold.getAttribute('aria-invalid')).toBe('true');
    expect((await deepActive(page)).testId).toBe('setting-releaseThreshold');
    expect(await page.getByTestId('create-error').textContent()).toContain('rättas');

    await threshold.fill('1');
    await page.getByTestId('setting-releaseDelayMin').fill('0');
    await page.getByTestId('setting-releaseDelayMax').fill('0');
    await expect.poll(() => page.getByTestId('weak-anonymity').textContent()).toContain('gissa');
    await page.getByTestId('setting-reactionKinds-heart').uncheck();
    await page.getByTestId('setting-maxPostLength').fill('500');
    // The report threshold scales with the room unless a fixed number is chosen.
    expect(await page.getByTestId('setting-reportThreshold').count()).toBe(0);
    await page.getByTestId('setting-reportThresholdAuto').uncheck();
    await page.getByTestId('setting-reportThreshold').fill('2');
    await page.getByTestId('setting-retentionDays').fill('14');
    await page.getByTestId('setting-expectedHeadcount').fill('40');
    await page.getByTestId('setting-preModeration').check();
    await page.getByTestId('create-submit').click();

    const participantLink = (await page.getByTestId('created-participant-link').textContent())?.trim() ?? '';
    const facilitatorLink = (await page.getByTestId('created-facilitator-link').textContent())?.trim() ?? '';
    const projectorLink = (await page.getByTestId('created-projector-link').textContent())?.trim() ?? '';
    const projectorLinkToken = new URL(projectorLink).hash.slice(1);
    const boardId = new URL(participantLink).pathname.split('/')[2] ?? '';
    const token = new URL(facilitatorLink).hash.slice(1);
    await page.getByTestId('open-host').click();
    await expect.poll(() => page.url()).toBe(`${e2e.baseUrl}/b/${boardId}/host`);
    await connected(page);
    expect(await page.getByTestId('host-phase-open').getAttribute('aria-pressed')).toBe('true');
    expect((await page.getByTestId('host-participant-link').textContent())?.trim()).toBe(participantLink);
    expect(await page.getByTestId('to-moderation').count()).toBe(1);
    // The big screen opens in its own tab with the projector's link (created in this tab, so known here).
    const [projector] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('open-projector').click(),
    ]);
    await expect.poll(() => projector.url()).toBe(`${e2e.baseUrl}/b/${boardId}/present`);
    expect(await projector.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).toContain(
      projectorLinkToken,
    );
    await projector.close();

    const view = await admin(boardId, token);
    expect(view.board.title).toBe('Planeringsdag');
    expect(view.board.prompt).toBe('Vad hindrar oss från att prova nytt?');
    expect(view.board.categories).toEqual([
      { id: 'idea', label: 'Förslag' },
      { id: 'concern' },
      { id: 'berom', label: 'Beröm' },
    ]);
    expect(view.settings).toMatchObject({
      releaseThreshold: 1,
      releaseDelayMs: [0, 0],
      reactionKinds: ['agree', 'insight'],
      maxPostLength: 500,
      reportThreshold: 2,
      retentionDays: 14,
      expectedHeadcount: 40,
      preModeration: true,
      language: 'sv',
    });

    // The console's settings form edits the same board: custom words, a renamed category, a new limit.
    await expect.poll(() => page.getByTestId('category-label-berom').last().inputValue()).toBe('Beröm');
    const form = page.getByTestId('settings-form');
    await form.getByTestId('setting-customWords').fill('budgetnedskärning\n  omorganisation \n');
    await form.getByTestId('category-label-berom').fill('Tack');
    await form.getByTestId('setting-preModeration').uncheck();
    await form.getByTestId('setting-maxPostLength').fill('10');
    await page.getByTestId('settings-save').click();
    await expect
      .poll(() => form.getByTestId('setting-maxPostLength').getAttribute('aria-invalid'))
      .toBe('true');
    expect(await page.getByTestId('settings-status').getAttribute('data-state')).toBe('error');
    await form.getByTestId('setting-maxPostLength').fill('400');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('settings-status').getAttribute('data-state')).toBe('ok');
    expect(await page.getByTestId('settings-status').textContent()).toContain('sparade');
    const edited = await admin(boardId, token);
    expect(edited.settings.customWords).toEqual(['budgetnedskärning', 'omorganisation']);
    expect(edited.settings.maxPostLength).toBe(400);
    expect(edited.settings.preModeration).toBe(false);
    expect(edited.board.categories).toContainEqual({ id: 'berom', label: 'Tack' });

    // A category with posts cannot be removed: the server's code comes back as a plain message.
    await seed(boardId, [['concern', 'Vi hinner inte']]);
    await form.getByTestId('category-remove-concern').click();
    await page.getByTestId('settings-save').click();
    await expect
      .poll(() => page.getByTestId('settings-status').getAttribute('data-code'))
      .toBe('CATEGORY_IN_USE');
    expect((await admin(boardId, token)).board.categories.map((category) => category.id)).toContain(
      'concern',
    );
    expect(realErrors()).toEqual([]);
  });

  it('steers the board: phases reach participants, the spotlight is marked, closing tells a waiting author', async () => {
    const reply = await createBoard(e2e.t.app, {
      title: 'Verksamhetsdag',
      settings: { releaseThreshold: 3, releaseDelayMs: [0, 0] },
    });
    const boardId = reply.board.id;
    const [firstId] = await seed(boardId, [
      ['idea', 'Fler pauser'],
      ['concern', 'Arbetsbelastningen'],
      ['question', 'Vem bestämmer?'],
    ]);
    const participant = await openParticipant(boardId);
    const author = await openParticipant(boardId, NARROW);
    await expect.poll(() => participant.getByTestId('post').count()).toBe(3);
    const host = await openConsole(reply);
    await expect.poll(() => host.getByTestId('host-post').count()).toBe(3);

    // One post from the author: too few for a batch of three, so it waits.
    await author.getByTestId('composer-body').fill('Jag vill jobba hemifrån');
    await author.getByTestId('composer-submit').click();
    const ownStatus = author.getByTestId('own-post-status');
    await expect.poll(() => ownStatus.getAttribute('data-status')).toBe('queued');

    await host.getByTestId('host-phase-reactions-only').click();
    const notice = participant.getByTestId('phase-notice');
    await expect.poll(() => notice.getAttribute('data-phase'), { timeout: 2000 }).toBe('reactions-only');
    expect(await notice.textContent()).toContain('Tavlan tar bara emot reaktioner nu');
    expect(await participant.getByTestId('composer-body').count()).toBe(0);
    expect(await participant.getByTestId('composer-closed').count()).toBe(1);
    expect(
      await boardPost(participant, 'Fler pauser').getByTestId('reaction-agree').getAttribute('aria-disabled'),
    ).toBe('false');
    expect(await host.getByTestId('host-phase-reactions-only').getAttribute('aria-pressed')).toBe('true');
    // The waiting author learns what will become of the post.
    await expect.poll(() => ownStatus.textContent()).toContain('stängs tavlan tas det bort');

    await host.getByTestId('host-phase-paused').click();
    await expect.poll(() => notice.getAttribute('data-phase'), { timeout: 2000 }).toBe('paused');
    expect(await notice.textContent()).toContain('Tavlan är pausad');
    expect(
      await boardPost(participant, 'Fler pauser').getByTestId('reaction-agree').getAttribute('aria-disabled'),
    ).toBe('true');

    await host.getByTestId('host-phase-open').click();
    await expect.poll(() => participant.getByTestId('phase-notice').count(), { timeout: 2000 }).toBe(0);
    await expect.poll(() => participant.getByTestId('composer-body').count()).toBe(1);
    expect(await ownStatus.getAttribute('data-status')).toBe('queued');

    // Spotlight: the participant's board marks the post; clearing removes the mark.
    await hostPost(host, 'Fler pauser').getByTestId('spotlight').click();
    await expect
      .poll(() => boardPost(participant, 'Fler pauser').getByTestId('spotlighted').count(), { timeout: 2000 })
      .toBe(1);
    expect(await participant.getByTestId('spotlighted').count()).toBe(1);
    expect(await hostPost(host, 'Fler pauser').getAttribute('data-spotlighted')).toBe('true');
    expect((await admin(boardId, reply.tokens.facilitator)).board.spotlightPostId).toBe(firstId);
    await host.getByTestId('clear-spotlight').click();
    await expect.poll(() => participant.getByTestId('spotlighted').count(), { timeout: 2000 }).toBe(0);
    // The button that was pressed is gone; focus went back to the post.
    expect(await deepActive(host)).toMatchObject({ testId: 'spotlight', postId: firstId });

    // Closing asks first; cancelling changes nothing.
    await host.getByTestId('host-phase-closed').click();
    const closeDialog = host.getByTestId('confirm-close');
    await expect.poll(() => closeDialog.isVisible()).toBe(true);
    await host.keyboard.press('Escape');
    await expect.poll(() => closeDialog.isVisible()).toBe(false);
    expect(await host.getByTestId('host-phase-open').getAttribute('aria-pressed')).toBe('true');
    expect((await deepActive(host)).testId).toBe('host-phase-closed');

    await host.getByTestId('host-phase-closed').click();
    await closeDialog.click();
    await expect.poll(() => notice.getAttribute('data-phase'), { timeout: 2000 }).toBe('closed');
    expect(await notice.textContent()).toContain('Tavlan är stängd');
    await expect.poll(() => author.getByTestId('phase-notice').getAttribute('data-phase')).toBe('closed');
    // The lone waiting post could not be shown safely: it is deleted, and its author is told so.
    await expect.poll(() => ownStatus.getAttribute('data-status'), { timeout: 8000 }).toBe('discarded');
    expect(await ownStatus.textContent()).toContain(
      'tavlan stängdes innan det fanns tillräckligt många inlägg',
    );
    expect(await participant.getByText('Jag vill jobba hemifrån').count()).toBe(0);
    expect(await host.getByTestId('host-phase-closed').getAttribute('aria-pressed')).toBe('true');
    await author.getByTestId('dismiss-discarded').click();
    await expect.poll(() => author.getByTestId('own-post-status').count()).toBe(0);
    expect(realErrors()).toEqual([]);
  });

  it('exports CSV, Markdown and JSON of the visible posts only', async () => {
    const reply = await createBoard(e2e.t.app, {
      title: 'Export',
      categories: [
        { id: 'idea', label: 'Idé' },
        { id: 'concern', label: 'Oro' },
      ],
      settings: INSTANT_RELEASE,
    });
    const boardId = reply.board.id;
    const [likedId, , hiddenId] = await seed(boardId, [
      ['idea', 'Fler pauser'],
      ['concern', 'Budgeten räcker inte'],
      ['idea', 'Hemlig text som döljs'],
      ['idea', 'Kortare möten, "tack"'],
    ]);
    const seat = await takeSeat(e2e.t.app, boardId);
    const reaction = await e2e.t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/posts/${likedId}/reactions/agree`,
      headers: { 'x-seat': seat },
    });
    expect(reaction.statusCode).toBeLessThan(300);
    const hide = await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${hiddenId}/hide`,
      headers: { authorization: `Bearer ${reply.tokens.moderator}` },
      payload: {},
    });
    expect(hide.statusCode).toBe(200);

    const host = await openConsole(reply);
    await expect.poll(() => host.getByTestId('host-post').count()).toBe(3);
    await expect.poll(() => hostPost(host, 'Fler pauser').textContent()).toMatch(/Håller med\s+1/);

    const download = async (format: 'csv' | 'md' | 'json'): Promise<Buffer> => {
      const [file] = await Promise.all([
        host.waitForEvent('download'),
        host.getByTestId(`export-${format}`).click(),
      ]);
      expect(file.suggestedFilename()).toBe(`takhojd-${boardId}.${format}`);
      const path = await file.path();
      return readFile(path);
    };

    // What the room saw, according to the moderation view.
    const moderation = await e2e.t.app.inject({
      method: 'GET',
      url: `/api/boards/${boardId}/moderation`,
      headers: { authorization: `Bearer ${reply.tokens.moderator}` },
    });
    const visible = moderation
      .json<ModerationView>()
      .posts.filter((post) => post.status === 'visible')
      .map((post) => ({
        category: post.category,
        body: post.body,
        reactions: post.reactions,
        batch: post.batch,
      }));
    expect(visible).toHaveLength(3);
    const byBody = <T extends { body: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.body.localeCompare(b.body));

    const csv = await download('csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.text).sort()).toEqual(visible.map((post) => post.body).sort());
    expect(csv.toString('utf8')).not.toContain('Hemlig');
    expect(rows.find((row) => row.text === 'Fler pauser')).toMatchObject({ category: 'Idé', agree: '1' });
    await expect.poll(() => host.getByTestId('export-status').textContent()).toContain('nerladdad');

    const json = JSON.parse((await download('json')).toString('utf8')) as JsonExport;
    expect(json.title).toBe('Export');
    expect(byBody(json.posts)).toEqual(byBody(visible));

    const md = (await download('md')).toString('utf8');
    expect(md).not.toContain('Hemlig');
    const ideaAt = md.indexOf('## Idé');
    const concernAt = md.indexOf('## Oro');
    expect(ideaAt).toBeGreaterThan(-1);
    expect(concernAt).toBeGreaterThan(ideaAt);
    const ideaSection = md.slice(ideaAt, concernAt);
    expect(ideaSection).toContain('Fler pauser');
    expect(ideaSection).toContain('Kortare möten');
    expect(md.slice(concernAt)).toContain('Budgeten räcker inte');
    expect(realErrors()).toEqual([]);
  });

  it('replaces a secret link: the old one is refused at once, the new one works; so does its own', async () => {
    const reply = await createBoard(e2e.t.app, { title: 'Länkar' });
    const boardId = reply.board.id;
    const host = await openConsole(reply);
    const moderation = (token: string) =>
      e2e.t.app.inject({
        method: 'GET',
        url: `/api/boards/${boardId}/moderation`,
        headers: { authorization: `Bearer ${token}` },
      });

    await host.getByTestId('rotate-moderator').click();
    await host.getByTestId('confirm-rotate').click();
    const link = host.getByTestId('rotated-link');
    await link.waitFor();
    const url = new URL((await link.textContent())?.trim() ?? '');
    expect(url.pathname).toBe(`/b/${boardId}/moderate`);
    const fresh = url.hash.slice(1);
    expect(fresh).not.toBe(reply.tokens.moderator);
    expect((await moderation(reply.tokens.moderator)).statusCode).toBe(401);
    expect((await moderation(fresh)).statusCode).toBe(200);

    // The facilitator's own link: this tab carries on with the new token.
    await host.getByTestId('rotate-facilitator').click();
    await host.getByTestId('confirm-rotate').click();
    await expect
      .poll(async () => new URL((await link.textContent())?.trim() ?? '').pathname)
      .toBe(`/b/${boardId}/host`);
    const ownToken = new URL((await link.textContent())?.trim() ?? '').hash.slice(1);
    expect(await host.evaluate((id) => sessionStorage.getItem(`takhojd.token.${id}.host`), boardId)).toBe(
      ownToken,
    );
    expect((await moderation(reply.tokens.facilitator)).statusCode).toBe(401);
    await host.getByTestId('host-phase-paused').click();
    await expect.poll(() => host.getByTestId('host-phase-paused').getAttribute('aria-pressed')).toBe('true');
    expect((await admin(boardId, ownToken)).board.phase).toBe('paused');
    await connected(host);
    expect(realErrors()).toEqual([]);
  });

  it('deletes the board after confirmation and lands on the start page with a message', async () => {
    const reply = await createBoard(e2e.t.app, { title: 'Radera mig' });
    const boardId = reply.board.id;
    await seed(boardId, [['idea', 'Något']]);
    const participant = await openParticipant(boardId);
    const host = await openConsole(reply);

    await host.getByTestId('delete-board').click();
    await host.getByTestId('confirm-cancel').last().click();
    expect((await e2e.t.app.inject({ method: 'GET', url: `/api/boards/${boardId}` })).statusCode).toBe(200);
    expect((await deepActive(host)).testId).toBe('delete-board');

    await host.getByTestId('delete-board').click();
    await host.getByTestId('confirm-delete').click();
    await expect.poll(() => host.url()).toBe(`${e2e.baseUrl}/`);
    await expect.poll(() => host.getByTestId('landing-notice').textContent()).toContain('Tavlan är raderad');
    expect((await e2e.t.app.inject({ method: 'GET', url: `/api/boards/${boardId}` })).statusCode).toBe(404);
    expect(await host.evaluate(() => JSON.stringify(Object.keys(sessionStorage)))).not.toContain(boardId);
    // Participants see the board go.
    await expect.poll(() => participant.locator('h1').textContent()).toContain('Sidan finns inte');
    expect(realErrors()).toEqual([]);
  });

  it('looks right at 1280×720 and 1920×1080, and its QR code scans to the participant link', async () => {
    const reply = await createBoard(e2e.t.app, { title: 'Storbildsmöte i Stora salen' });
    const boardId = reply.board.id;
    await seed(boardId, [
      ['idea', 'Fler pauser under eftermiddagen'],
      ['concern', 'Vi hinner inte med allt som ska göras före sommaren'],
      ['question', 'Hur följer vi upp det här?'],
    ]);
    await mkdir(ARTIFACTS, { recursive: true });
    for (const viewport of [WIDE, { width: 1920, height: 1080 }, NARROW]) {
      const host = await openConsole(reply, viewport);
      await expect.poll(() => host.getByTestId('host-post').count()).toBe(3);
      await expectNoHorizontalScroll(host);
      if (viewport !== NARROW) {
        await host.screenshot({ path: `${ARTIFACTS}console-${viewport.width}x${viewport.height}.png` });
        await host.screenshot({
          path: `${ARTIFACTS}console-${viewport.width}x${viewport.height}-full.png`,
          fullPage: true,
        });
      }
      const qr = host.getByTestId('host-qr');
      expect(await qr.getAttribute('role')).toBe('img');
      expect(await qr.getAttribute('aria-label')).toBeTruthy();
      const shot = await qr.screenshot();
      await writeFile(`${ARTIFACTS}qr-${viewport.width}.png`, shot);
      const png = PNG.sync.read(shot);
      const code = jsQR.default(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${e2e.baseUrl}/b/${boardId}`);
      expect((await host.getByTestId('host-participant-link').textContent())?.trim()).toBe(code?.data);
      expect((await host.getByTestId('host-join-code').textContent())?.trim()).toBe(reply.board.joinCode);
      expect(await host.getByTestId('open-projector').count()).toBe(1);
    }
    expect(realErrors()).toEqual([]);
  });

  it('is axe-clean: the creation form with its settings open, the console, and the console with a dialog', async () => {
    const reply = await createBoard(e2e.t.app, { title: 'Tillgänglig' });
    await seed(reply.board.id, [['idea', 'En idé']]);
    for (const viewport of [NARROW, WIDE]) {
      const landing = await newPage(viewport);
      await landing.goto('/');
      await landing.getByTestId('create-advanced').locator('summary').click();
      await landing.getByTestId('setting-releaseThreshold').fill('1');
      await expectNoAxeViolations(landing, `creation form at ${viewport.width}px`);
      await landing.getByTestId('setting-releaseThreshold').fill('x');
      await landing.getByTestId('create-title').fill('Med fel');
      await landing.getByTestId('create-submit').click();
      await expect
        .poll(() => landing.getByTestId('setting-releaseThreshold').getAttribute('aria-invalid'))
        .toBe('true');
      await expectNoAxeViolations(landing, `creation form with an error at ${viewport.width}px`);
      await expectNoHorizontalScroll(landing);

      const host = await openConsole(reply, viewport);
      await expect.poll(() => host.getByTestId('host-post').count()).toBe(1);
      await hostPost(host, 'En idé').getByTestId('spotlight').click();
      await host.getByTestId('clear-spotlight').waitFor();
      await expectNoAxeViolations(host, `console at ${viewport.width}px`);
      await host.getByTestId('delete-board').click();
      await host.getByTestId('confirm-delete').waitFor();
      await expectNoAxeViolations(host, `console with the delete dialog at ${viewport.width}px`);
      await host.keyboard.press('Escape');
      await host.getByTestId('host-phase-closed').click();
      await host.getByTestId('confirm-close').waitFor();
      await expectNoAxeViolations(host, `console with the close dialog at ${viewport.width}px`);
      await host.keyboard.press('Escape');
      // One h1 and the shell's landmarks.
      expect(await host.locator('h1').count()).toBe(1);
      expect(await host.locator('main').count()).toBe(1);
      await host.getByTestId('clear-spotlight').click();
    }

    const participant = await openParticipant(reply.board.id);
    const host = await openConsole(reply);
    await host.getByTestId('host-phase-paused').click();
    await participant.getByTestId('phase-notice').waitFor();
    await expectNoAxeViolations(participant, 'participant page while paused');
    await host.getByTestId('host-phase-open').click();
    expect(realErrors()).toEqual([]);
    // Two viewports, seven axe runs and three pages: more than the default 30 s on a busy two-core machine.
  }, 90_000);

  it('changes the phase and the spotlight with the keyboard alone', async () => {
    const reply = await createBoard(e2e.t.app, { title: 'Tangentbord' });
    const [postId] = await seed(reply.board.id, [['idea', 'Bara tangentbord']]);
    const participant = await openParticipant(reply.board.id);
    const host = await openConsole(reply);
    await expect.poll(() => host.getByTestId('host-post').count()).toBe(1);

    /** Tabs forward until the element with this test id (and post, if given) has focus. */
    async function tabTo(testId: string, post?: string): Promise<void> {
      for (let i = 0; i < 80; i++) {
        await host.keyboard.press('Tab');
        const active = await deepActive(host);
        if (active.testId === testId && (post === undefined || active.postId === post)) return;
      }
      throw new Error(`Tab never reached ${testId}`);
    }

    await tabTo('host-phase-reactions-only');
    await host.keyboard.press('Enter');
    await expect
      .poll(() => participant.getByTestId('phase-notice').getAttribute('data-phase'), { timeout: 2000 })
      .toBe('reactions-only');
    expect((await deepActive(host)).testId).toBe('host-phase-reactions-only');

    // Closing by keyboard: the dialog opens on Cancel, Tab reaches the confirm button.
    await tabTo('host-phase-closed');
    await host.keyboard.press('Enter');
    await expect.poll(async () => (await deepActive(host)).testId).toBe('confirm-cancel');
    await host.keyboard.press('Tab');
    expect((await deepActive(host)).testId).toBe('confirm-close');
    await host.keyboard.press('Enter');
    await expect
      .poll(() => participant.getByTestId('phase-notice').getAttribute('data-phase'), { timeout: 2000 })
      .toBe('closed');
    expect((await deepActive(host)).testId).toBe('host-phase-closed');

    await tabTo('spotlight', postId);
    await host.keyboard.press('Space');
    await expect.poll(() => participant.getByTestId('spotlighted').count(), { timeout: 2000 }).toBe(1);
    // The console ignores presses while a spotlight change is on its way; press again once it has landed here.
    const button = host.locator(
      `[data-testid="host-post"][data-post-id="${postId}"] [data-testid="spotlight"]`,
    );
    await expect
      .poll(async () => [
        await button.getAttribute('aria-pressed'),
        await button.getAttribute('aria-disabled'),
      ])
      .toEqual(['true', 'false']);
    await host.keyboard.press('Space');
    await expect.poll(() => participant.getByTestId('spotlighted').count(), { timeout: 2000 }).toBe(0);
    expect(await deepActive(host)).toMatchObject({ testId: 'spotlight', postId });
    expect(realErrors()).toEqual([]);
  });
});
