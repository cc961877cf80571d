/**
 * The privacy parts of the UI in Chromium: the personal-data warning (computed in the browser, nothing sent while
 * typing), the "Vad sparas?" and accessibility pages linked from every page, and a 429 that loses nothing.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SeatLimits } from '../../server/plugins/rate-limit.ts';
import { createBoard } from '../helpers/test-app.ts';
import {
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  seatTaken,
  startE2E,
  type E2E,
} from '../helpers/e2e.ts';

const NOW: { releaseThreshold: number; releaseDelayMs: [number, number] } = {
  releaseThreshold: 1,
  releaseDelayMs: [0, 0],
};

const connected = (page: Page) =>
  expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');
const warningKinds = (page: Page) => page.getByTestId('personal-data-warning').getAttribute('data-kinds');
const warningText = async (page: Page) =>
  ((await page.getByTestId('personal-data-warning').textContent()) ?? '').trim();
const h1Text = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim();

/** Clears the composer the way a person would, with the keyboard. */
async function clearComposer(page: Page): Promise<void> {
  await page.getByTestId('composer-body').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

describe('privacy UI in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  async function openBoard(settings = {}, viewport = { width: 320, height: 640 }) {
    const created = await createBoard(e2e.t.app, { title: 'Tavla', settings });
    const page = await e2e.newPage(viewport);
    await page.goto(`/b/${created.board.id}`);
    await connected(page);
    return { ...created, page };
  }

  describe('personal-data warning', () => {
    it('warns about an e-mail address, a phone number and a personnummer without sending anything', async () => {
      const created = await createBoard(e2e.t.app, { title: 'Tavla', settings: NOW });
      const page = await e2e.newPage({ width: 320, height: 640 });
      // Socket frames are not "requests" to Playwright, so they are watched separately, from the start.
      const framesSent: string[] = [];
      page.on('websocket', (socket) =>
        socket.on('framesent', (frame) => framesSent.push(String(frame.payload))),
      );
      await page.goto(`/b/${created.board.id}`);
      await connected(page);
      await seatTaken(page, created.board.id);

      // The live region is there, empty, and describes the text area before anything is typed.
      const warning = page.getByTestId('personal-data-warning');
      expect(await warning.getAttribute('role')).toBe('status');
      expect(await warningKinds(page)).toBe('');
      expect(await warningText(page)).toBe('');
      expect(await page.getByTestId('composer-body').getAttribute('aria-describedby')).toContain(
        'personal-data-warning',
      );

      const requests: string[] = [];
      page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
      const framesBefore = framesSent.length;
      await page.getByTestId('composer-body').focus();

      await page.keyboard.type('Mejla mig på anna.andersson@example.se om du undrar');
      await expect.poll(() => warningKinds(page)).toBe('email');
      expect(await warningText(page)).toBe(
        'Ditt inlägg ser ut att innehålla en e-postadress. Ta bort den om du vill vara anonym.',
      );

      await clearComposer(page);
      await expect.poll(() => warningKinds(page)).toBe('');
      expect(await warningText(page)).toBe('');

      await page.keyboard.type('Ring 070-123 45 67');
      await expect.poll(() => warningKinds(page)).toBe('phone');
      expect(await warningText(page)).toContain('telefonnummer');

      await clearComposer(page);
      await page.keyboard.type('Mitt personnummer är 811218-9876');
      await expect.poll(() => warningKinds(page)).toBe('personalIdentityNumber');
      expect(await warningText(page)).toBe(
        'Ditt inlägg ser ut att innehålla ett personnummer. Ta bort det om du vill vara anonym.',
      );
      await expectNoAxeViolations(page, 'composer with a personal-data warning');
      await expectNoHorizontalScroll(page);

      // A wrong check digit is not a personnummer: the warning goes and stays away.
      await clearComposer(page);
      await page.keyboard.type('Ärendet har nummer 811218-9875');
      await expect.poll(() => warningKinds(page)).toBe('');
      await page.waitForTimeout(1_500);
      expect(await warningKinds(page)).toBe('');
      expect(await warningText(page)).toBe('');
      // The check is still running: the same text with a valid number warns again.
      await page.keyboard.press('Backspace');
      await page.keyboard.type('6');
      await expect.poll(() => warningKinds(page)).toBe('personalIdentityNumber');

      // Several kinds are listed together, in a fixed order.
      await page.keyboard.type(' eller 08-123 456 78 eller a@b.se');
      await expect.poll(() => warningKinds(page)).toBe('email,phone,personalIdentityNumber');
      expect(await warning.locator('li').count()).toBe(3);

      expect(requests).toEqual([]);
      const typed = framesSent.slice(framesBefore);
      // Only the socket's keep-alive may go out; nothing about the draft.
      for (const frame of typed) expect(JSON.parse(frame)).toEqual({ type: 'ping' });
      expect(typed.join('')).not.toContain('811218');

      // The warning never blocks: the post can still be sent, and the warning goes with the text.
      await page.getByTestId('composer-submit').click();
      await expect.poll(() => page.getByTestId('composer-body').inputValue()).toBe('');
      await expect.poll(() => page.getByTestId('post').count()).toBe(1);
      expect(await warningKinds(page)).toBe('');
      expect(e2e.pageErrors).toEqual([]);
    });

    it('says it in English too', async () => {
      const { page } = await openBoard();
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByTestId('composer-body').fill('Call me on +46 70 123 45 67');
      await expect.poll(() => warningKinds(page)).toBe('phone');
      expect(await warningText(page)).toBe(
        'Your post seems to contain a phone number. Remove it if you want to stay anonymous.',
      );
      await expectNoAxeViolations(page, 'English composer with a personal-data warning');
    });

    it('keeps a draft and its warning when the person reads "Vad sparas?" and comes back', async () => {
      const { page } = await openBoard();
      await page.getByTestId('composer-body').fill('Skriv till anna@example.se');
      await expect.poll(() => warningKinds(page)).toBe('email');
      await page.getByTestId('what-is-stored-link').click();
      await expect.poll(() => page.getByTestId('what-is-stored-page').count()).toBe(1);
      await page.goBack();
      await connected(page);
      expect(await page.getByTestId('composer-body').inputValue()).toBe('Skriv till anna@example.se');
      await expect.poll(() => warningKinds(page)).toBe('email');
    });
  });

  describe('"Vad sparas?" and the accessibility statement', () => {
    type Language = 'sv' | 'en';
    const facts: Record<Language, { stored: Record<string, string[]>; status: string; h1: string[] }> = {
      sv: {
        h1: ['Vad sparas?', 'Tillgänglighet för Takhöjd'],
        stored: {
          'stored-kept': ['Texten i ditt inlägg', 'omgång', 'kontrollsumma'],
          'stored-never': ['IP-adresser', 'User-Agent', 'samma person'],
          'stored-retention': ['30 dagar', 'raderas det för gott'],
          'stored-official-document': ['allmän handling'],
          'stored-not-whistleblowing': ['visselblåsning', '2021:890'],
          'stored-writing-style': ['detaljer'],
        },
        status: 'delvis förenlig',
      },
      en: {
        h1: ['What is stored', 'Accessibility of Takhöjd'],
        stored: {
          'stored-kept': ['The text of your post', 'round', 'checksum'],
          'stored-never': ['IP addresses', 'User-Agent', 'same person'],
          'stored-retention': ['30 days', 'deleted for good'],
          'stored-official-document': ['official document', 'allmän handling'],
          'stored-not-whistleblowing': ['whistleblowing', '2021:890'],
          'stored-writing-style': ['details'],
        },
        status: 'partially compliant',
      },
    };

    async function expectWhatIsStored(page: Page, language: Language): Promise<void> {
      await expect.poll(() => page.getByTestId('what-is-stored-page').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/vad-sparas');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await h1Text(page)).toBe(facts[language].h1[0]);
      for (const [testId, phrases] of Object.entries(facts[language].stored)) {
        const text = (await page.getByTestId(testId).textContent()) ?? '';
        for (const phrase of phrases) expect(text, `${language} ${testId}`).toContain(phrase);
      }
    }

    async function expectAccessibilityStatement(page: Page, language: Language): Promise<void> {
      await expect.poll(() => page.getByTestId('accessibility-page').count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe('/tillganglighet');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await h1Text(page)).toBe(facts[language].h1[1]);
      expect(await h1Text(page)).toContain('Takhöjd');
      expect(await page.getByTestId('compliance-status').textContent()).toContain(facts[language].status);
      expect(await page.getByTestId('known-gaps').locator('li').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('accessibility-method').textContent()).toContain('axe-core');
      expect(await page.getByTestId('accessibility-date').textContent()).toMatch(/20\d\d/);
      expect((await page.getByTestId('accessibility-feedback').textContent())?.trim()).not.toBe('');
      expect(await page.getByTestId('digg-report-link').getAttribute('href')).toBe(
        'https://www.digg.se/tdosanmalan',
      );
    }

    it.each(['sv', 'en'] as const)(
      'are linked from the landing page, a board and the host view (%s)',
      async (language) => {
        const { board, tokens } = await createBoard(e2e.t.app, { title: 'Länktavla' });
        const starts = {
          landing: '/',
          board: `/b/${board.id}`,
          host: `/b/${board.id}/host#${tokens.facilitator}`,
        };
        for (const [name, start] of Object.entries(starts)) {
          const page = await e2e.newPage();
          await page.goto(start);
          await expect.poll(() => page.locator('h1').count()).toBe(1);
          if (language === 'en') await page.getByTestId('lang-switch').click();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);

          await page.getByTestId('what-is-stored-link').click();
          await expectWhatIsStored(page, language);
          // Every page has the footer, these pages included.
          await page.getByTestId('accessibility-link').click();
          await expectAccessibilityStatement(page, language);
          await page.goBack();
          await expectWhatIsStored(page, language);
          expect(e2e.pageErrors, name).toEqual([]);
        }
      },
    );

    it.each(['sv', 'en'] as const)('pass axe at 320 px and 1280 px (%s)', async (language) => {
      const page = await e2e.newPage({ width: 320, height: 640 });
      await page.goto('/');
      if (language === 'en') await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
      for (const link of ['what-is-stored-link', 'accessibility-link']) {
        await page.getByTestId(link).click();
        await expect.poll(() => page.locator('article h1').count()).toBe(1);
        await page.setViewportSize({ width: 320, height: 640 });
        await expectNoAxeViolations(page, `${link} page, ${language}, 320 px`);
        await expectNoHorizontalScroll(page);
        await page.setViewportSize({ width: 1280, height: 800 });
        await expectNoAxeViolations(page, `${link} page, ${language}, 1280 px`);
        // Landmarks: a banner, a main and a footer with the links in a named navigation.
        expect(await page.locator('header.site-header').count()).toBe(1);
        expect(await page.locator('main#main').count()).toBe(1);
        expect(await page.locator('footer nav[aria-label]').count()).toBe(1);
      }
    });

    it('load directly from their addresses (the server serves both paths)', async () => {
      const page = await e2e.newPage();
      for (const [path, testId] of [
        ['/vad-sparas', 'what-is-stored-page'],
        ['/tillganglighet', 'accessibility-page'],
      ] as const) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect.poll(() => page.getByTestId(testId).count()).toBe(1);
      }
    });
  });

  describe('a rate-limited send', () => {
    it('undoes a rate-limited reaction and says how long to wait', async () => {
      const { page, board } = await openBoard(NOW, { width: 1280, height: 800 });
      await page.getByTestId('composer-body').fill('Reagera på mig');
      await page.getByTestId('composer-submit').click();
      await expect.poll(() => page.getByTestId('post').count()).toBe(1);
      await page.route(`**/api/boards/${board.id}/posts/*/reactions/*`, (route) =>
        route.fulfill({
          status: 429,
          headers: { 'retry-after': '7', 'content-type': 'application/json' },
          body: JSON.stringify({ code: 'RATE_LIMITED', message: 'Too many requests' }),
        }),
      );
      const agree = page.getByTestId('post').getByTestId('reaction-agree');
      await agree.click();
      const notice = page.getByTestId('board-notice');
      await expect.poll(() => notice.getAttribute('data-code')).toBe('RATE_LIMITED');
      expect((await notice.textContent())?.trim()).toBe('Du skickar för snabbt, vänta 7 sekunder.');
      expect(await agree.getAttribute('aria-pressed')).toBe('false');
    });

    it('keeps the text and resends it with the same delete key after the wait', async () => {
      const { page, board } = await openBoard(NOW, { width: 1280, height: 800 });
      const deleteKeys: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/posts')) {
          deleteKeys.push((request.postDataJSON() as { deleteKey: string }).deleteKey);
        }
      });
      // The first attempt is answered as a proxy or the server would when the room sends too much.
      let refused = false;
      await page.route(`**/api/boards/${board.id}/posts`, async (route) => {
        if (refused) return route.continue();
        refused = true;
        await route.fulfill({
          status: 429,
          headers: { 'retry-after': '1', 'content-type': 'application/json' },
          body: JSON.stringify({ code: 'RATE_LIMITED', message: 'Too many requests' }),
        });
      });
      const text = 'Ett inlägg som skickades för snabbt';
      await page.getByTestId('composer-body').fill(text);
      await page.getByTestId('composer-submit').click();
      await expect
        .poll(() => page.getByTestId('composer-error').getAttribute('data-code'))
        .toBe('RATE_LIMITED');
      expect(await page.getByTestId('composer-error').textContent()).toBe(
        'Du skickar för snabbt, vänta 1 sekund. Din text finns kvar, så du kan skicka den sedan.',
      );
      expect(await page.getByTestId('composer-body').inputValue()).toBe(text);

      await page.waitForTimeout(1_100);
      await page.getByTestId('composer-submit').click();
      await expect.poll(() => page.getByTestId('composer-body').inputValue()).toBe('');
      await expect.poll(() => page.getByTestId('post-body').allTextContents()).toEqual([text]);
      expect(await page.getByTestId('composer-error').textContent()).toBe('');
      expect(deleteKeys).toHaveLength(2);
      expect(deleteKeys[1]).toBe(deleteKeys[0]);
      // The author can still take it back: the server knows the post by the key the first attempt carried.
      await page.getByTestId('post').getByTestId('retract').click();
      await expect.poll(() => page.getByTestId('post').count()).toBe(0);
    });
  });
});

describe('the real limits in Chromium', () => {
  // Each test gets its own app: the address ceiling is per minute and low enough that page assets count, so one
  // test's spent minute would trip the next.
  let e2e: E2E | undefined;
  beforeEach(async () => {
    e2e = await startE2E({ RATE_LIMIT_PER_MINUTE: '25' });
  });
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  const rateLimitedMessage = /^Du skickar för snabbt, vänta \d+ sekund(er)?\. Din text finns kvar/;

  it('taking a seat when the address ceiling is spent: says to wait, and keeps the text', async () => {
    const { board } = await createBoard(e2e!.t.app, { title: 'Bråttom', settings: NOW });
    const page = await e2e!.newPage({ width: 1280, height: 800 });
    await page.goto(`/b/${board.id}`);
    await connected(page);
    await seatTaken(page, board.id);
    // As if this browser had never been here: the next post needs a new seat, and the ceiling is spent.
    const spent = await page.evaluate(async (boardId) => {
      localStorage.removeItem(`takhojd.seat.${boardId}`);
      for (let i = 0; i < 100; i++) {
        const response = await fetch(`/api/boards/${boardId}`, { cache: 'no-store' });
        if (response.status === 429)
          return { requests: i + 1, retryAfter: response.headers.get('retry-after') };
      }
      return undefined;
    }, board.id);
    expect(spent?.requests).toBeLessThan(25);
    expect(Number(spent?.retryAfter)).toBeGreaterThan(0);

    const text = 'Mitt första inlägg, men platsen dröjer';
    await page.getByTestId('composer-body').fill(text);
    const challenge = page.waitForResponse((response) => response.url().endsWith('/api/challenges'));
    await page.getByTestId('composer-submit').click();
    expect((await challenge).status()).toBe(429);
    const error = page.getByTestId('composer-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await error.textContent()).toMatch(rateLimitedMessage);
    expect(await page.getByTestId('composer-body').inputValue()).toBe(text);
    expect(await page.getByTestId('composer-body').getAttribute('aria-describedby')).toContain(
      'composer-error',
    );
    await expectNoAxeViolations(page, 'composer with a rate-limit message');
  });

  it('posting and reacting past the seat’s own budget: say to wait, keep the text and the delete key', async () => {
    const { board } = await createBoard(e2e!.t.app, { title: 'Bråttom', settings: NOW });
    const page = await e2e!.newPage({ width: 1280, height: 800 });
    await page.goto(`/b/${board.id}`);
    await connected(page);
    await page.getByTestId('composer-body').fill('Det första inlägget');
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => page.getByTestId('post').count()).toBe(1);
    const postId = (await page.getByTestId('post').getAttribute('data-post-id')) ?? '';
    // The seat spends its own budgets from inside the page, as a script in the room would.
    const refused = await page.evaluate(
      async ({ boardId, postId, posts, reactions }) => {
        const seat = localStorage.getItem(`takhojd.seat.${boardId}`) ?? '';
        const headers = { 'x-seat': seat };
        const statuses: number[] = [];
        for (let i = 0; i < posts; i++) {
          const body = JSON.stringify({
            category: 'idea',
            body: `Skript ${i} skickar`,
            deleteKey: `k${'x'.repeat(24)}${i}`,
          });
          const init = { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body };
          statuses.push((await fetch(`/api/boards/${boardId}/posts`, init)).status);
        }
        for (let i = 0; i < reactions; i++) {
          const url = `/api/boards/${boardId}/posts/${postId}/reactions/heart`;
          statuses.push((await fetch(url, { method: i % 2 ? 'DELETE' : 'PUT', headers })).status);
        }
        return statuses.filter((status) => status === 429).length;
      },
      {
        boardId: board.id,
        postId,
        posts: SeatLimits.postsPerMinute,
        reactions: SeatLimits.reactionsPerMinute,
      },
    );
    // The page's own first post used one place of the posting budget: the script's last post is one too many.
    expect(refused).toBe(1);

    const deleteKeys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/posts')) {
        deleteKeys.push((request.postDataJSON() as { deleteKey: string }).deleteKey);
      }
    });
    const text = 'Det andra inlägget, skickat för snabbt';
    await page.getByTestId('composer-body').fill(text);
    await page.getByTestId('composer-submit').click();
    const error = page.getByTestId('composer-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await error.textContent()).toMatch(rateLimitedMessage);
    expect(await page.getByTestId('composer-body').inputValue()).toBe(text);
    // Trying again too soon is refused the same way, and is still the same post.
    await page.getByTestId('composer-submit').click();
    await expect.poll(() => deleteKeys.length).toBe(2);
    expect(deleteKeys[1]).toBe(deleteKeys[0]);
    expect(await page.getByTestId('composer-body').inputValue()).toBe(text);

    const agree = page.locator(`[data-post-id="${postId}"]`).getByTestId('reaction-agree');
    await agree.click();
    const notice = page.getByTestId('board-notice');
    await expect.poll(() => notice.getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await notice.textContent()).toMatch(/Du skickar för snabbt, vänta \d+ sekund/);
    await expect.poll(() => agree.getAttribute('aria-pressed')).toBe('false');
  });
});
