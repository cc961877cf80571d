/**
 * The projector view in Chromium: screenshots at 1920×1080 and 1280×720 with 0, 12 and 120 posts that are checked
 * (no scrolling, nothing clipped, text sizes, the QR code decodes to the join link), paging on a timer with pause
 * and manual turns, the blank screen, live moderation and the spotlight, axe (AA and the 7:1 contrast rule),
 * reduced motion, no counts that leak who is in the room, and both languages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateBoardReply } from '../../shared/api.ts';
import { expectNoAxeViolations, startE2E, type E2E } from '../helpers/e2e.ts';
import { createBoard, INSTANT_RELEASE, postAs, takeSeat } from '../helpers/test-app.ts';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/projector/', import.meta.url));
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/**
 * jsqr is CommonJS with an ES-style `default` in its types; under NodeNext a default import types as the whole
 * module, so it is required directly (module.exports is the decoder).
 */
const jsQR = require('jsqr') as (typeof import('jsqr'))['default'];

const FULL_HD = { width: 1920, height: 1080 };
const HD = { width: 1280, height: 720 };
const CATEGORIES = ['idea', 'concern', 'question'] as const;
/** Posts per seat: the server allows 12 a minute per seat. */
const POSTS_PER_SEAT = 10;

/** Words without digits, so that any digit on screen must come from the join link, the code, a page or a count. */
const WORDS = (
  'vi borde ha kortare möten och tydligare mål för varje vecka så att alla vet vad som gäller när ' +
  'arbetet fördelas mellan enheterna och ingen behöver gissa vad chefen egentligen menar med sina beslut ' +
  'jag undrar varför det tar så lång tid att få svar från ledningen om budgeten för nästa år'
).split(' ');

/** A post of exactly `length` characters (or fewer for very short ones), made of whole words. */
function bodyOfLength(length: number, seed: number): string {
  let text = '';
  for (let i = seed; text.length < length; i++) text += (text ? ' ' : '') + WORDS[i % WORDS.length];
  text = text.slice(0, length).trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Mixed lengths up to the 280-character limit, including the worst case and a long unbroken "word". */
const LENGTHS = [280, 40, 140, 220, 12, 90, 275, 60, 180, 25, 250, 110];
function bodies(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    if (i % 37 === 5) return `Läs mer på https://intranat.exempel.se/${'mycketlangadress'.repeat(8)}`;
    return bodyOfLength(LENGTHS[i % LENGTHS.length]!, i);
  });
}

/** Collects, through every open shadow root, what a check needs about the elements matching `selector`. */
function deepQuery<T>(page: Page, selector: string, pick: string): Promise<T[]> {
  return page.evaluate(
    ({ selector, pick }) => {
      const found: Element[] = [];
      const walk = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.matches(selector)) found.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      // The picker is test code, passed as text because page.evaluate cannot take closures.
      const picker = new Function('element', `return (${pick})(element)`) as (element: Element) => unknown;
      return found.map((element) => picker(element));
    },
    { selector, pick },
  ) as Promise<T[]>;
}

/** The text a person sees: visible text nodes, through shadow roots, skipping anything hidden from everyone. */
function visibleTexts(page: Page): Promise<{ text: string; marked: boolean }[]> {
  return page.evaluate(() => {
    const results: { text: string; marked: boolean }[] = [];
    const markers = new Set(['join-url', 'join-site', 'join-code', 'page-indicator']);
    const walk = (node: Node, marked: boolean): void => {
      if (node instanceof Element) {
        if (node.getAttribute('aria-hidden') === 'true') return;
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return;
        const testId = node.getAttribute('data-testid');
        // Reaction counts are numbers by design; a list of them is marked as such.
        const isMarked =
          marked || (testId !== null && markers.has(testId)) || node.classList.contains('reactions');
        if (node.shadowRoot) walk(node.shadowRoot, isMarked);
        for (const child of node.childNodes) walk(child, isMarked);
        return;
      }
      if (node instanceof ShadowRoot) {
        for (const child of node.childNodes) walk(child, marked);
        return;
      }
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        results.push({ text: node.textContent.trim(), marked });
      }
    };
    walk(document.body, false);
    return results;
  });
}

/** Waits (up to about three seconds) until no animation runs any more (the fade of new cards), so colours are final. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // document.getAnimations() does not look into shadow roots, so each element is asked.
    const running = (): Animation[] => {
      const found: Animation[] = [];
      const walk = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          found.push(...element.getAnimations().filter((animation) => animation.playState === 'running'));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    };
    // Polled rather than awaited: a card replaced mid-fade cancels its animation, whose promise then never resolves.
    for (let i = 0; i < 30 && running().length > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

/** axe's AAA contrast rule (7:1), run on its own. */
async function contrastEnhancedViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'rule', values: ['color-contrast-enhanced'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

describe('projector view in Chromium', () => {
  let e2e: E2E;
  /** Boards with 0, 12 and 120 posts, shared by the read-only checks. */
  const boards = new Map<number, CreateBoardReply>();

  async function newBoard(title = 'Arbetsplatsträff om arbetsmiljön'): Promise<CreateBoardReply> {
    return createBoard(e2e.t.app, {
      title,
      prompt: 'Vad gör vårt arbete svårare än det behöver vara?',
      settings: INSTANT_RELEASE,
    });
  }

  /** Posts over HTTP, across all three categories, with a fresh seat every ten posts. */
  async function seed(boardId: string, texts: string[]): Promise<string[]> {
    const ids: string[] = [];
    let seat = '';
    for (const [i, text] of texts.entries()) {
      if (i % POSTS_PER_SEAT === 0) seat = await takeSeat(e2e.t.app, boardId);
      const response = await postAs(e2e.t.app, boardId, seat, text, { category: CATEGORIES[i % 3] });
      expect(response.statusCode, response.body).toBe(202);
      ids.push(response.json<{ post: { id: string } }>().post.id);
    }
    return ids;
  }

  function bearer(token: string) {
    return { authorization: `Bearer ${token}` };
  }

  async function openProjector(
    reply: CreateBoardReply,
    viewport = FULL_HD,
    options: { reducedMotion?: 'reduce'; query?: string; beforeLoad?: (page: Page) => Promise<void> } = {},
  ): Promise<Page> {
    const page = await e2e.newPage(viewport, options.reducedMotion ? { reducedMotion: 'reduce' } : {});
    await options.beforeLoad?.(page);
    await page.goto(`/b/${reply.board.id}/present${options.query ?? ''}#${reply.tokens.projector}`);
    await expect
      .poll(() => page.getByTestId('connection-status').getAttribute('data-state'))
      .toBe('connected');
    await expect.poll(() => page.getByTestId('projector-title').count()).toBe(1);
    return page;
  }

  /** Waits until the first page shows posts (when there are any) and the page count has settled. */
  async function waitForPosts(page: Page, posts: number): Promise<void> {
    if (posts > 0) await expect.poll(() => page.getByTestId('projector-post').count()).toBeGreaterThan(0);
    // Measuring runs after the cards render; two equal readings in a row mean it is done.
    let last = '';
    await expect
      .poll(async () => {
        const now = `${await page.getByTestId('projector-post').count()}|${await page
          .getByTestId('page-indicator')
          .allTextContents()}`;
        const stable = now === last;
        last = now;
        return stable;
      })
      .toBe(true);
  }

  const joinUrl = (reply: CreateBoardReply) => `${e2e.baseUrl}/b/${reply.board.id}`;
  const shownIds = (page: Page) =>
    deepQuery<string>(page, '[data-testid="projector-post"]', '(e) => e.getAttribute("data-post-id")');

  beforeAll(async () => {
    e2e = await startE2E();
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const count of [0, 12, 120]) {
      const reply = await newBoard();
      await seed(reply.board.id, bodies(count));
      boards.set(count, reply);
    }
  }, 120_000);
  afterAll(async () => e2e?.close());

  describe.each([
    { viewport: FULL_HD, scale: 1 },
    { viewport: HD, scale: 2 / 3 },
  ])('at $viewport.width×$viewport.height', ({ viewport, scale }) => {
    it.each([0, 12, 120])(
      'with %i posts: fits one screen, large text, a QR code that decodes (screenshot kept)',
      async (count) => {
        const reply = boards.get(count)!;
        const page = await openProjector(reply, viewport);
        await waitForPosts(page, count);
        await settle(page);
        await page.screenshot({
          path: `${ARTIFACTS}present-${viewport.width}x${viewport.height}-${count}-posts.png`,
        });

        // Never a scrollbar, in either direction.
        const scroll = await page.evaluate(() => ({
          scrollHeight: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
          innerHeight: window.innerHeight,
          innerWidth: window.innerWidth,
        }));
        expect(scroll.scrollHeight).toBeLessThanOrEqual(scroll.innerHeight);
        expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.innerWidth);

        // No card clips its text, and every card lies wholly inside its lane, on screen, left of the join panel.
        const cards = await deepQuery<{
          scrollHeight: number;
          clientHeight: number;
          scrollWidth: number;
          clientWidth: number;
          bottom: number;
          right: number;
          laneBottom: number;
          panelLeft: number;
        }>(
          page,
          '[data-testid="projector-post"]',
          `(e) => {
            const host = e.getRootNode().host;
            const lane = host.closest('.cards');
            const panel = host.getRootNode().host.getRootNode().querySelector('.panel');
            const r = e.getBoundingClientRect();
            return { scrollHeight: e.scrollHeight, clientHeight: e.clientHeight, scrollWidth: e.scrollWidth,
              clientWidth: e.clientWidth, bottom: r.bottom, right: r.right,
              laneBottom: lane.getBoundingClientRect().bottom, panelLeft: panel.getBoundingClientRect().left };
          }`,
        );
        if (count > 0) expect(cards.length).toBeGreaterThan(0);
        for (const card of cards) {
          expect(card.scrollHeight).toBeLessThanOrEqual(card.clientHeight);
          expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
          expect(card.bottom).toBeLessThanOrEqual(card.laneBottom + 0.5);
          expect(card.bottom).toBeLessThanOrEqual(viewport.height);
          expect(card.right).toBeLessThanOrEqual(card.panelLeft);
        }

        // Nothing at all runs off the screen (the unseen measuring copy aside): not the join panel, not a button.
        const offScreen = await deepQuery<string>(
          page,
          '*',
          `(e) => {
            for (let n = e; n; n = n.parentElement ?? n.getRootNode().host) {
              if (n.classList.contains('measure') || n.classList.contains('visually-hidden')) return '';
            }
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) return '';
            const out = r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.left < -0.5;
            return out ? (e.getAttribute('data-testid') || e.tagName.toLowerCase() + '.' + e.className) : '';
          }`,
        );
        expect(offScreen.filter(Boolean)).toEqual([]);
        // And the regions hold what is in them (an overflowing child would make them scrollable).
        const regions = await deepQuery<{ name: string; over: number }>(
          page,
          '.screen, .head, .panel, .stage, join-panel, projector-controls, projector-status',
          `(e) => ({ name: e.className || e.tagName,
            over: Math.max(e.scrollHeight - e.clientHeight, e.scrollWidth - e.clientWidth) })`,
        );
        expect(regions.length).toBeGreaterThanOrEqual(7);
        for (const region of regions) expect(region.over, region.name).toBeLessThanOrEqual(0);

        // Readable from the back row: posts ≥ 36 px and headings ≥ 54 px at 1920×1080, in proportion below.
        const postSizes = await deepQuery<number>(
          page,
          '[data-testid="projector-post-body"]',
          '(e) => parseFloat(getComputedStyle(e).fontSize)',
        );
        for (const size of postSizes) expect(size).toBeGreaterThanOrEqual(36 * scale);
        const [h1Size] = await deepQuery<number>(
          page,
          'h1',
          '(e) => parseFloat(getComputedStyle(e).fontSize)',
        );
        expect(h1Size).toBeGreaterThanOrEqual(54 * scale);
        expect(await deepQuery(page, 'h1', '(e) => 1')).toHaveLength(1);
        const [codeSize] = await deepQuery<number>(
          page,
          '[data-testid="join-code"]',
          '(e) => parseFloat(getComputedStyle(e).fontSize)',
        );
        expect(codeSize).toBeGreaterThanOrEqual(64 * scale);

        // Pages: more than one at 120 posts, none needed for fewer.
        if (count === 120) {
          await expect
            .poll(() => page.getByTestId('page-indicator').textContent())
            .toMatch(/^\s*Sida 1 av \d+\s*$/);
          const total = Number(
            /av (\d+)/.exec((await page.getByTestId('page-indicator').textContent()) ?? '')?.[1],
          );
          expect(total).toBeGreaterThan(1);
        }
        if (count === 0) {
          expect(await page.getByTestId('page-indicator').count()).toBe(0);
        }

        // The join link as text, the code, and a QR code made in the page that decodes to the same link.
        expect((await page.getByTestId('join-url').textContent())?.trim()).toBe(joinUrl(reply));
        expect((await page.getByTestId('join-code').textContent())?.trim()).toBe(reply.joinCode);
        const qr = page.getByTestId('qr-code');
        expect(await qr.getAttribute('role')).toBe('img');
        expect(await qr.getAttribute('aria-label')).toContain(joinUrl(reply));
        const png = PNG.sync.read(await qr.screenshot({ type: 'png' }));
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(decoded?.data).toBe(joinUrl(reply));
        await page.close();
      },
    );
  });

  it('every post is on exactly one page, and each page fits', async () => {
    const reply = boards.get(120)!;
    const page = await openProjector(reply, HD, { beforeLoad: (p) => p.clock.install() });
    await waitForPosts(page, 120);
    const total = Number(
      /av (\d+)/.exec((await page.getByTestId('page-indicator').textContent()) ?? '')?.[1],
    );
    const seen = new Map<string, number>();
    for (let pageIndex = 0; pageIndex < total; pageIndex++) {
      if (pageIndex > 0) {
        await page.keyboard.press('ArrowRight');
        await expect
          .poll(() => page.getByTestId('page-indicator').textContent())
          .toContain(`Sida ${pageIndex + 1} av`);
        await waitForPosts(page, 120);
      }
      for (const id of await shownIds(page)) {
        expect(seen.has(id), `post ${id} on pages ${seen.get(id)} and ${pageIndex}`).toBe(false);
        seen.set(id, pageIndex);
      }
      const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
      expect(fits).toBe(true);
    }
    expect(seen.size).toBe(120);
  });

  it('turns pages on a timer; Space pauses, arrows turn by hand, B blanks and restores the screen', async () => {
    const reply = boards.get(120)!;
    const page = await openProjector(reply, FULL_HD, { beforeLoad: (p) => p.clock.install() });
    await waitForPosts(page, 120);
    const indicator = page.getByTestId('page-indicator');
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 1 av/);
    const firstPage = await shownIds(page);

    await page.clock.fastForward(12_000);
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 2 av/);
    await expect.poll(async () => (await shownIds(page))[0]).not.toBe(firstPage[0]);

    // Space pauses: time passes, the page stays, and the screen says so.
    await page.keyboard.press('Space');
    await expect(page.getByTestId('paused-indicator').textContent()).resolves.toContain('Pausad');
    await page.clock.fastForward(36_000);
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 2 av/);

    // Arrow keys still turn pages by hand while paused.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 3 av/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 1 av/);
    // Left from the first page wraps round to the last.
    await page.keyboard.press('ArrowLeft');
    const total = /av (\d+)/.exec((await indicator.textContent()) ?? '')?.[1];
    await expect.poll(() => indicator.textContent()).toMatch(new RegExp(`Sida ${total} av ${total}`));

    // Space again resumes.
    await page.keyboard.press('Space');
    expect(await page.getByTestId('paused-indicator').count()).toBe(0);
    await page.clock.fastForward(12_000);
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 1 av/);

    // B blanks the screen completely (nothing else visible) and B again brings it back.
    await page.keyboard.press('b');
    const blank = page.getByTestId('blank-screen');
    await expect.poll(() => blank.isVisible()).toBe(true);
    expect(await blank.textContent()).toContain('tryck B');
    expect(await page.getByTestId('projector-title').isVisible()).toBe(false);
    const blankPng = PNG.sync.read(await page.screenshot({ type: 'png' }));
    // Apart from the small note in a corner, the screen is black.
    let dark = 0;
    for (let i = 0; i < blankPng.data.length; i += 4) if (blankPng.data[i]! < 16) dark++;
    expect(dark / (blankPng.width * blankPng.height)).toBeGreaterThan(0.98);
    await page.screenshot({ path: `${ARTIFACTS}present-blank.png` });
    await page.keyboard.press('B');
    await expect.poll(() => blank.count()).toBe(0);
    expect(await page.getByTestId('projector-title').isVisible()).toBe(true);

    // The buttons do the same for a mouse.
    await page.getByTestId('pause-button').click();
    await expect.poll(() => page.getByTestId('paused-indicator').count()).toBe(1);
    await page.getByTestId('pause-button').click();
    await expect.poll(() => page.getByTestId('paused-indicator').count()).toBe(0);
    await page.getByTestId('next-page').click();
    await expect.poll(() => indicator.textContent()).toMatch(/Sida 2 av/);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('columns by category and a grid, newest first or most reactions first', async () => {
    const reply = await newBoard();
    const ids = await seed(reply.board.id, ['Första idén', 'Första oron', 'Första frågan']);
    // Three reactions on the oldest post make it first when sorting by reactions.
    for (const kind of ['agree', 'heart', 'insight']) {
      const seat = await takeSeat(e2e.t.app, reply.board.id);
      const response = await e2e.t.app.inject({
        method: 'PUT',
        url: `/api/boards/${reply.board.id}/posts/${ids[0]}/reactions/${kind}`,
        headers: { 'x-seat': seat },
      });
      expect(response.statusCode).toBeLessThan(300);
    }
    const page = await openProjector(reply);
    await waitForPosts(page, 3);
    // Posts sent together may share a batch (shuffled); this one is sent after the others are out, so it is newest.
    ids.push(...(await seed(reply.board.id, ['Andra idén'])));
    await expect.poll(() => page.getByTestId('projector-post').count()).toBe(4);
    // Columns: category names as text, posts under their own heading.
    const headings = await deepQuery<string>(page, 'h2.lane-heading', '(e) => e.textContent.trim()');
    expect(headings).toEqual(['Idé', 'Oro', 'Fråga']);

    await page.keyboard.press('s');
    await expect.poll(() => page.getByTestId('sort-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('g');
    await expect.poll(() => page.getByTestId('layout-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await shownIds(page))[0]).toBe(ids[0]);
    // In the grid each card names its category itself.
    await expect
      .poll(() => deepQuery<string>(page, 'p.category', '(e) => e.textContent.trim()'))
      .toEqual(expect.arrayContaining(['Idé', 'Oro', 'Fråga']));
    await settle(page);
    await page.screenshot({ path: `${ARTIFACTS}present-grid-by-reactions.png` });
    await page.getByTestId('sort-toggle').click();
    // Newest first: the last post made leads.
    await expect.poll(async () => (await shownIds(page))[0]).toBe(ids[3]);
  });

  it('shows a new post live, drops a hidden one within a second, and brings it back on restore', async () => {
    const reply = await newBoard();
    await seed(reply.board.id, ['Något som redan fanns']);
    const page = await openProjector(reply);
    await waitForPosts(page, 1);

    const rects = () =>
      deepQuery<string>(
        page,
        '[data-testid="projector-post"]',
        `(e) => { const r = e.getBoundingClientRect();
          return e.getAttribute('data-post-id') + '@' + [r.x, r.y, r.width, r.height].map(Math.round).join(','); }`,
      );
    const before = await rects();

    const [postId] = await seed(reply.board.id, ['Ett alldeles nytt inlägg']);
    const card = page.getByTestId('projector-post').filter({ hasText: 'Ett alldeles nytt inlägg' });
    await expect.poll(() => card.count()).toBe(1);
    // The new batch lands in free space: the post already on screen has not moved or changed size.
    expect(await rects()).toEqual(expect.arrayContaining(before));

    const hide = await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${reply.board.id}/posts/${postId}/hide`,
      headers: bearer(reply.tokens.moderator),
      payload: { reason: 'Test' },
    });
    expect(hide.statusCode, hide.body).toBe(200);
    const hiddenAt = Date.now();
    await expect.poll(() => card.count(), { timeout: 1000, interval: 50 }).toBe(0);
    expect(Date.now() - hiddenAt).toBeLessThan(1000);

    const restore = await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${reply.board.id}/posts/${postId}/restore`,
      headers: bearer(reply.tokens.moderator),
      payload: {},
    });
    expect(restore.statusCode, restore.body).toBe(200);
    await expect.poll(() => card.count()).toBe(1);
  });

  it('shows the spotlight large over the board, and removes it when cleared or when the post leaves', async () => {
    const reply = await newBoard();
    const [first, second] = await seed(reply.board.id, [
      'Vi behöver prata om hur schemat läggs',
      'Kan vi ha fler pauser under långa möten',
    ]);
    const page = await openProjector(reply);
    await waitForPosts(page, 2);

    const put = await e2e.t.app.inject({
      method: 'PUT',
      url: `/api/boards/${reply.board.id}/spotlight`,
      headers: bearer(reply.tokens.facilitator),
      payload: { postId: first },
    });
    expect(put.statusCode, put.body).toBe(200);
    const body = page.getByTestId('spotlight-body');
    await expect.poll(() => body.textContent()).toBe('Vi behöver prata om hur schemat läggs');
    const [size] = await deepQuery<number>(
      page,
      '[data-testid="spotlight-body"]',
      '(e) => parseFloat(getComputedStyle(e).fontSize)',
    );
    expect(size).toBeGreaterThanOrEqual(56);
    await settle(page);
    await page.screenshot({ path: `${ARTIFACTS}present-spotlight.png` });
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

    const cleared = await e2e.t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${reply.board.id}/spotlight`,
      headers: bearer(reply.tokens.facilitator),
    });
    expect(cleared.statusCode).toBe(200);
    await expect.poll(() => page.getByTestId('spotlight').count()).toBe(0);

    // A spotlit post that a moderator hides leaves the spotlight too.
    await e2e.t.app.inject({
      method: 'PUT',
      url: `/api/boards/${reply.board.id}/spotlight`,
      headers: bearer(reply.tokens.facilitator),
      payload: { postId: second },
    });
    await expect.poll(() => body.textContent()).toBe('Kan vi ha fler pauser under långa möten');
    await e2e.t.app.inject({
      method: 'POST',
      url: `/api/boards/${reply.board.id}/posts/${second}/hide`,
      headers: bearer(reply.tokens.moderator),
      payload: {},
    });
    await expect.poll(() => page.getByTestId('spotlight').count()).toBe(0);
  });

  it.each([0, 12])('has no axe violations and 7:1 contrast with %i posts', async (count) => {
    const page = await openProjector(boards.get(count)!);
    await waitForPosts(page, count);
    await settle(page);
    await expectNoAxeViolations(page, `projector with ${count} posts`);
    expect(await contrastEnhancedViolations(page)).toEqual([]);
    // The blank screen's note for the operator is readable too.
    await page.keyboard.press('b');
    expect(await contrastEnhancedViolations(page)).toEqual([]);
    await expectNoAxeViolations(page, `blank projector with ${count} posts`);
  });

  it('is keyboard operable: every control is reachable by Tab and shows its focus', async () => {
    const page = await openProjector(boards.get(12)!);
    await waitForPosts(page, 12);
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        if (!element) return { testId: '', outline: '' };
        return {
          testId: element.getAttribute('data-testid') ?? '',
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      if (focused.testId) {
        reached.add(focused.testId);
        expect(focused.outline, focused.testId).not.toBe('none');
      }
    }
    for (const id of [
      'pause-button',
      'previous-page',
      'next-page',
      'layout-toggle',
      'sort-toggle',
      'blank-button',
    ]) {
      expect(reached, id).toContain(id);
    }
    // Enter on a focused button presses it; Space there presses the button rather than pausing twice.
    await page.getByTestId('pause-button').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('paused-indicator').count()).toBe(1);
  });

  it('under reduced motion a new post arrives without animation; otherwise it only fades in', async () => {
    const reply = await newBoard();
    await seed(reply.board.id, ['Det första inlägget']);
    const calm = await openProjector(reply, FULL_HD, { reducedMotion: 'reduce' });
    const moving = await openProjector(reply, FULL_HD);
    await waitForPosts(calm, 1);
    await waitForPosts(moving, 1);
    await seed(reply.board.id, ['Ett inlägg som kommer nu']);
    const animationOf = (page: Page) =>
      deepQuery<{ text: string; name: string; transition: string }>(
        page,
        '[data-testid="projector-post"]',
        `(e) => { const s = getComputedStyle(e);
          return { text: e.textContent, name: s.animationName, transition: s.transitionDuration }; }`,
      );
    await expect.poll(async () => (await animationOf(calm)).length).toBe(2);
    for (const card of await animationOf(calm)) {
      expect(card.name).toBe('none');
      expect(card.transition).toBe('0s');
    }
    await expect.poll(async () => (await animationOf(moving)).length).toBe(2);
    const fresh = (await animationOf(moving)).find((card) => card.text?.includes('kommer nu'));
    // An opacity fade: nothing around the new card moves (the keyframes change no position or size).
    expect(fresh?.name).toBe('projector-post-in');
  });

  it('never shows counts of people, queues or typing: the only digits are the link, code, pages and reactions', async () => {
    const page = await openProjector(boards.get(120)!);
    await waitForPosts(page, 120);
    const texts = await visibleTexts(page);
    const all = texts.map((entry) => entry.text).join('\n');
    expect(all).not.toMatch(/deltagare|participants|i kö|queued|skriver|typing|ansluten[a-z]* \d/i);
    const unmarkedDigits = texts.filter((entry) => !entry.marked && /\d/.test(entry.text));
    expect(unmarkedDigits).toEqual([]);
  });

  it('speaks Swedish first and English on request; <html lang> follows', async () => {
    const reply = boards.get(12)!;
    const page = await openProjector(reply);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.getByTestId('keyboard-help').textContent()).toContain('Mellanslag: paus');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('keyboard-help').textContent()).toContain('Space: pause');
    await expectNoAxeViolations(page, 'projector in English');

    const viaQuery = await openProjector(reply, HD, { query: '?lang=en' });
    expect(await viaQuery.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForPosts(viaQuery, 12);
    const headings = await deepQuery<string>(viaQuery, 'h2.lane-heading', '(e) => e.textContent.trim()');
    expect(headings).toEqual(['Idea', 'Concern', 'Question']);
    await settle(viaQuery);
    await viaQuery.screenshot({ path: `${ARTIFACTS}present-1280x720-12-posts-en.png` });
  });

  it('says plainly when the link is missing or no longer valid, and keeps the token out of the address bar', async () => {
    const reply = boards.get(0)!;
    const missing = await e2e.newPage(FULL_HD);
    await missing.goto(`/b/${reply.board.id}/present`);
    await expect
      .poll(() => missing.getByTestId('projector-message').textContent())
      .toContain('Länken till storskärmen saknas');

    const wrong = await e2e.newPage(FULL_HD);
    await wrong.goto(`/b/${reply.board.id}/present#${'A'.repeat(22)}`);
    await expect
      .poll(() => wrong.getByTestId('projector-message').textContent())
      .toContain('Länken gäller inte längre');
    expect(new URL(wrong.url()).hash).toBe('');

    const right = await openProjector(reply);
    expect(new URL(right.url()).hash).toBe('');
  });
});
