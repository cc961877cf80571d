/**
 * A board too large for one message, in Chromium: the participant page shows the newest posts and loads older
 * ones on request; the composer says at once when a character carries more than any script needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Limits } from '../../shared/limits.ts';
import { heavyPost } from '../helpers/heavy-text.ts';
import { createBoard, postAs, takeSeat } from '../helpers/test-app.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, startE2E, type E2E } from '../helpers/e2e.ts';

/** Each about 32 kB, so a snapshot holds only a few of them. */
const POSTS = 12;

describe('a large board in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  const connected = (page: Page) =>
    expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');
  const shownIds = (page: Page) =>
    page.getByTestId('post').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')));

  it('shows the newest posts, then older ones page by page until every post is there once', async () => {
    const { board } = await createBoard(e2e.t.app, {
      title: 'Stor tavla',
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], maxPostLength: Limits.postLengthMax },
    });
    const ids: string[] = [];
    let seat = '';
    for (let i = 0; i < POSTS; i++) {
      if (i % 10 === 0) seat = await takeSeat(e2e.t.app, board.id);
      const response = await postAs(e2e.t.app, board.id, seat, heavyPost(i));
      ids.push(response.json<{ post: { id: string } }>().post.id);
    }
    await expect.poll(async () => (await e2e.t.app.store.visiblePosts(board.id)).length).toBe(POSTS);

    const page = await e2e.newPage({ width: 390, height: 844 });
    await page.goto(`/b/${board.id}`);
    await connected(page);
    const more = page.getByTestId('show-older-posts');
    await expect.poll(() => more.count()).toBe(1);
    expect((await more.textContent())?.trim()).toBe('Visa äldre inlägg');
    const first = await shownIds(page);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(POSTS);
    // The newest post is among the first shown.
    expect(first).toContain(ids.at(-1));
    await expectNoAxeViolations(page, 'large board with older posts to show');
    await expectNoHorizontalScroll(page);

    for (let clicks = 0; (await more.count()) > 0; clicks++) {
      expect(clicks).toBeLessThan(POSTS);
      const before = (await shownIds(page)).length;
      await more.click();
      await expect
        .poll(async () => (await shownIds(page)).length > before || (await more.count()) === 0)
        .toBe(true);
    }
    const all = await shownIds(page);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...ids].sort());
    // With the button gone, focus is on the board's heading rather than lost.
    const focused = await page.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element?.id;
    });
    expect(focused).toBe('board-heading');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('says while typing that a character is too complex, and does not send it', async () => {
    const { board } = await createBoard(e2e.t.app, { title: 'Tavla' });
    const page = await e2e.newPage({ width: 320, height: 640 });
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/posts')) posted = true;
    });
    await page.goto(`/b/${board.id}`);
    await connected(page);
    const body = page.getByTestId('composer-body');
    const complex = page.getByTestId('composer-complex');

    await body.fill('Vanlig text med å, ä, ö, Tiếng Việt och 👩🏻‍❤️‍💋‍👨🏼');
    expect((await complex.textContent()) ?? '').toBe('');
    expect(await body.getAttribute('aria-invalid')).toBe('false');

    await body.fill('Z' + '\u0336\u0321\u035B\u0317\u0353'.repeat(4) + 'algo');
    await expect.poll(() => complex.textContent()).toContain('för många tecken ovanpå sig');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect((await body.getAttribute('aria-describedby')) ?? '').toContain('composer-complex');
    await expectNoAxeViolations(page, 'composer with a too complex character');

    await page.getByTestId('composer-submit').click();
    await expect.poll(() => page.getByTestId('composer-error').getAttribute('data-code')).toBe('too-complex');
    expect(await page.getByTestId('composer-error').textContent()).toContain('för många tecken ovanpå sig');
    expect(posted).toBe(false);

    // Taking the marks away clears the message at once.
    await body.fill('Zalgo');
    await expect.poll(() => page.getByTestId('composer-error').textContent()).toBe('');
    expect((await complex.textContent()) ?? '').toBe('');
    expect(await body.getAttribute('aria-invalid')).toBe('false');

    // The same message in English.
    await page.getByTestId('lang-switch').click();
    await body.fill('Z' + '\u0336\u0321\u035B\u0317\u0353'.repeat(4) + 'algo');
    await expect.poll(() => complex.textContent()).toContain('too many marks stacked on it');
    expect(e2e.pageErrors).toEqual([]);
  });
});
