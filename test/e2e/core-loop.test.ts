/**
 * The central scenario, in a real browser: two people on one board; one posts three times, the other sees
 * all three appear together once the batch is released, and sees a reaction count change — with no reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createBoard } from '../helpers/test-app.ts';
import { expectNoAxeViolations, startE2E, type E2E } from '../helpers/e2e.ts';

describe('core loop in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  async function post(page: Page, text: string, category = 'idea') {
    await page.getByTestId(`category-${category}`).check();
    await page.getByTestId('composer-body').fill(text);
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => page.getByTestId('composer-body').inputValue()).toBe('');
  }

  it('two browsers: three posts appear together for the other person, then a reaction count changes', async () => {
    // Threshold 3 as in production, but no waiting, so the test is quick.
    const { board } = await createBoard(e2e.t.app, {
      title: 'Vad hindrar oss?',
      settings: { releaseThreshold: 3, releaseDelayMs: [0, 200] },
    });
    const author = await e2e.newPage();
    const reader = await e2e.newPage();
    await author.goto(`/b/${board.id}`);
    await reader.goto(`/b/${board.id}`);
    for (const page of [author, reader]) {
      await expect
        .poll(() => page.getByTestId('connection-status').getAttribute('data-state'))
        .toBe('connected');
    }
    await expect.poll(() => reader.getByTestId('board-empty').count()).toBe(1);

    await post(author, 'Vi har för många möten.');
    await post(author, 'Jag oroar mig för arbetsbelastningen.', 'concern');
    // Two posts are below the threshold: they wait, visibly to their author only.
    await expect.poll(() => author.getByTestId('own-waiting-post').count()).toBe(2);
    await reader.waitForTimeout(500);
    expect(await reader.getByTestId('post').count()).toBe(0);

    await post(author, 'Kan vi prova kortare möten?', 'question');
    await expect.poll(() => reader.getByTestId('post').count(), { timeout: 10_000 }).toBe(3);
    const bodies = await reader.getByTestId('post-body').allTextContents();
    expect(bodies.sort()).toEqual([
      'Jag oroar mig för arbetsbelastningen.',
      'Kan vi prova kortare möten?',
      'Vi har för många möten.',
    ]);
    await expect.poll(() => author.getByTestId('own-waiting-post').count()).toBe(0);
    await expect.poll(() => author.getByTestId('post').count()).toBe(3);

    // The reader agrees with one post; the author sees the count go to 1 without reloading.
    const target = reader.getByTestId('post').filter({ hasText: 'Vi har för många möten.' });
    await target.getByTestId('reaction-agree').click();
    await expect.poll(() => target.getByTestId('reaction-agree').getAttribute('aria-pressed')).toBe('true');
    const seenByAuthor = author.getByTestId('post').filter({ hasText: 'Vi har för många möten.' });
    await expect.poll(() => seenByAuthor.getByTestId('reaction-agree').textContent()).toMatch(/\b1\b/);
    await expect.poll(() => target.getByTestId('reaction-agree').textContent()).toMatch(/\b1\b/);

    // Nothing was shown twice on either screen.
    for (const page of [author, reader]) {
      const ids = await page
        .getByTestId('post')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')));
      expect(new Set(ids).size).toBe(3);
    }
    await expectNoAxeViolations(reader, 'participant board with posts');
    expect(e2e.pageErrors).toEqual([]);
  });
});
