/** The participant page: compose by keyboard, clear errors, retract, reconnect without losing or doubling posts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CloseCode } from '../../shared/protocol.ts';
import { createBoard } from '../helpers/test-app.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, startE2E, type E2E } from '../helpers/e2e.ts';

describe('participant page in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  async function openBoard(settings = {}, viewport = { width: 320, height: 640 }) {
    const { board } = await createBoard(e2e.t.app, { title: 'Tavla', prompt: 'Vad hindrar oss?', settings });
    const page = await e2e.newPage(viewport);
    await page.goto(`/b/${board.id}`);
    await connected(page);
    return { board, page };
  }
  const connected = (page: Page) =>
    expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');
  const postIds = (page: Page) =>
    page.getByTestId('post').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')));

  it('posts by keyboard alone on a 320 px phone, says the post is anonymous, and counts characters', async () => {
    const { page } = await openBoard({ releaseThreshold: 1, releaseDelayMs: [0, 0] });
    await expectNoAxeViolations(page, 'empty participant board');
    await expectNoHorizontalScroll(page);
    const description = await page.getByTestId('composer-body').evaluate((element) => {
      const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const root = element.getRootNode() as ShadowRoot;
      return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(description).toContain('anonym');

    await page.getByTestId('composer-body').focus();
    await page.keyboard.type('Hej från tangentbordet 👩‍👩‍👧');
    expect(await page.getByTestId('composer-counter').textContent()).toContain(String(280 - 24));
    // Tab out of the text area to the send button and press it.
    for (let i = 0; i < 5; i++) {
      const onSubmit = await page
        .getByTestId('composer-submit')
        .evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button);
      if (onSubmit) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('post-body').allTextContents())
      .toEqual(['Hej från tangentbordet 👩‍👩‍👧']);
    await expectNoAxeViolations(page, 'participant board with an own post');
    await expectNoHorizontalScroll(page);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('refuses an empty post without sending it and explains why', async () => {
    const { page } = await openBoard();
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/posts')) posted = true;
    });
    await page.getByTestId('composer-body').fill('   ');
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => page.getByTestId('composer-body').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('composer-error').textContent()).toContain('Skriv något');
    expect(posted).toBe(false);
    await expectNoAxeViolations(page, 'composer with an error');
  });

  it('shows an own post as waiting for others, and retracts it before anyone saw it', async () => {
    const { board, page } = await openBoard({ releaseThreshold: 3, releaseDelayMs: [0, 0] });
    await page.getByTestId('composer-body').fill('Jag ångrar mig nog');
    await page.getByTestId('composer-submit').click();
    const waiting = page.getByTestId('own-waiting-post');
    await expect.poll(() => waiting.count()).toBe(1);
    // The waiting post survives a reload: its delete key is kept in this browser.
    await page.reload();
    await expect.poll(() => waiting.count()).toBe(1);
    await waiting.getByTestId('retract').click();
    await expect.poll(() => waiting.count()).toBe(0);
    expect(await e2e.t.app.store.countQueued(board.id)).toBe(0);
  });

  it('retracts a released own post from every screen', async () => {
    const { board, page } = await openBoard({ releaseThreshold: 1, releaseDelayMs: [0, 0] });
    const other = await e2e.newPage();
    await other.goto(`/b/${board.id}`);
    await connected(other);
    await page.getByTestId('composer-body').fill('Det här tar jag tillbaka');
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => other.getByTestId('post').count()).toBe(1);
    // Only the author's browser offers to retract.
    expect(await other.getByTestId('post').getByTestId('retract').count()).toBe(0);
    await page.getByTestId('post').getByTestId('retract').click();
    await expect.poll(() => other.getByTestId('post').count()).toBe(0);
    await expect.poll(() => page.getByTestId('post').count()).toBe(0);
  });

  it('reconnects after the connection drops, shows it, and misses or doubles nothing', async () => {
    const { board, page } = await openBoard(
      { releaseThreshold: 1, releaseDelayMs: [0, 0] },
      { width: 1280, height: 800 },
    );
    const author = await e2e.newPage();
    await author.goto(`/b/${board.id}`);
    await connected(author);
    const send = async (text: string) => {
      await author.getByTestId('composer-body').fill(text);
      await author.getByTestId('composer-submit').click();
      await expect.poll(() => author.getByTestId('composer-body').inputValue()).toBe('');
    };
    await send('före avbrottet');
    await expect.poll(() => page.getByTestId('post').count()).toBe(1);

    // Drop every socket as a flaky network would; posts keep arriving while the reader is away.
    // Record every state the status shows: the reconnect may be quicker than a poll.
    await page.getByTestId('connection-status').evaluate((status) => {
      const seen: string[] = [];
      (window as unknown as { __states: string[] }).__states = seen;
      new MutationObserver(() => seen.push(status.getAttribute('data-state') ?? '')).observe(status, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });
    e2e.t.app.liveHub.closeAll(CloseCode.goingAway, 'test: network drop');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __states: string[] }).__states))
      .toContain('connecting');
    await send('under avbrottet 1');
    await send('under avbrottet 2');
    await connected(page);
    await expect.poll(() => page.getByTestId('post').count(), { timeout: 10_000 }).toBe(3);
    await send('efter avbrottet');
    await expect.poll(() => page.getByTestId('post').count()).toBe(4);
    const ids = await postIds(page);
    expect(new Set(ids).size).toBe(4);
    expect((await page.getByTestId('post-body').allTextContents()).sort()).toEqual(
      ['efter avbrottet', 'före avbrottet', 'under avbrottet 1', 'under avbrottet 2'].sort(),
    );
  });

  it('shows user text as text, never as markup', async () => {
    const { page } = await openBoard({ releaseThreshold: 1, releaseDelayMs: [0, 0] });
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.getByTestId('composer-body').fill(payload);
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => page.getByTestId('post-body').textContent()).toBe(payload);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
