/**
 * "The browser leaks nothing" (security-and-anonymity.md §D): a whole visit talks to this origin only and leaves
 * no cookie; every page carries a strict CSP that is never violated; user text renders as text, never as markup;
 * a page from another site cannot open the live socket; oversized bodies and socket messages are refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/errors.ts';
import { Limits } from '../../shared/limits.ts';
import { CloseCode, PROTOCOL_VERSION } from '../../shared/protocol.ts';
import { normaliseText } from '../../shared/text.ts';
import { startE2E, type E2E } from '../helpers/e2e.ts';
import { createBoard, INSTANT_RELEASE, postAs, takeSeat } from '../helpers/test-app.ts';

interface Violation {
  directive: string;
  blockedURI: string;
}

interface SeenResponse {
  url: string;
  status: number;
  resourceType: string;
  headers: Record<string, string>;
}

/** Everything one browser profile sent and received, and every CSP violation its pages reported. */
interface Traffic {
  /** URLs of every HTTP request and every WebSocket the pages opened. */
  requests: { url: string; method: string; headers: Record<string, string> }[];
  sockets: string[];
  responses: SeenResponse[];
  violations: Violation[];
  /** Waits for header look-ups still in flight. */
  settle(): Promise<void>;
}

/**
 * Runs before any page script, in the page's own world. Init scripts are injected through DevTools, so the page's
 * CSP does not govern them; each violation goes into a window array and, through a binding, to the test.
 */
function listenForViolations(): void {
  const seen: Violation[] = [];
  (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = { directive: event.effectiveDirective, blockedURI: event.blockedURI };
      seen.push(violation);
      (window as unknown as { __reportCspViolation?: (v: Violation) => void }).__reportCspViolation?.(
        violation,
      );
    },
    true,
  );
}

async function recordTraffic(context: BrowserContext): Promise<Traffic> {
  const pending: Promise<unknown>[] = [];
  const traffic: Traffic = {
    requests: [],
    sockets: [],
    responses: [],
    violations: [],
    async settle() {
      await Promise.all(pending);
    },
  };
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), headers: {} as Record<string, string> };
    traffic.requests.push(entry);
    pending.push(
      request.allHeaders().then(
        (headers) => (entry.headers = headers),
        () => undefined,
      ),
    );
  });
  context.on('response', (response) => {
    pending.push(
      response.allHeaders().then(
        (headers) =>
          traffic.responses.push({
            url: response.url(),
            status: response.status(),
            resourceType: response.request().resourceType(),
            headers,
          }),
        () => undefined,
      ),
    );
  });
  const watchSockets = (page: Page) => page.on('websocket', (socket) => traffic.sockets.push(socket.url()));
  for (const page of context.pages()) watchSockets(page);
  context.on('page', watchSockets);
  await context.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
    traffic.violations.push(violation);
  });
  await context.addInitScript(listenForViolations);
  return traffic;
}

/** The origin a URL talks to, with ws:/wss: folded onto http:/https: (a socket to this host is this origin). */
function originOf(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.replace(/^ws(s?):$/, 'http$1:');
  return `${scheme}//${parsed.host}`;
}

/** `default-src 'self'; …` → { 'default-src': ["'self'"], … } */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What a response's CSP must say; returns the problems found (an empty list passes). */
function cspProblems(header: string | undefined, appHost: string): string[] {
  if (header === undefined) return ['no content-security-policy'];
  const csp = parseCsp(header);
  const problems: string[] = [];
  const exactly = (name: string, expected: string[]) => {
    const actual = csp.get(name);
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      problems.push(`${name} is ${JSON.stringify(actual)}`);
  };
  exactly('default-src', ["'self'"]);
  exactly('object-src', ["'none'"]);
  exactly('base-uri', ["'none'"]);
  exactly('frame-ancestors', ["'none'"]);
  // Scripts and styles come from this origin only: no inline code, no eval, no other host. A missing directive
  // falls back to default-src, which is checked above.
  for (const name of ['script-src', 'style-src']) {
    const sources = csp.get(name);
    if (sources && JSON.stringify(sources) !== JSON.stringify(["'self'"]))
      problems.push(`${name} is ${JSON.stringify(sources)}`);
  }
  // 'self' covers the socket; naming this very host as ws(s):// is the only other thing allowed.
  const connect = csp.get('connect-src');
  if (!connect?.includes("'self'")) problems.push(`connect-src is ${JSON.stringify(connect)}`);
  for (const source of connect ?? []) {
    if (source !== "'self'" && source !== `ws://${appHost}` && source !== `wss://${appHost}`)
      problems.push(`connect-src allows ${source}`);
  }
  for (const [name, sources] of csp) {
    for (const source of sources) {
      if (/^'unsafe-|^\*$|^https?:$|^wss?:$/.test(source)) problems.push(`${name} allows ${source}`);
    }
  }
  return problems;
}

/** A plain HTTP server on another port: another origin, as far as the browser is concerned. */
async function startForeignSite(html: (path: string) => string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html(request.url ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}

interface SocketOutcome {
  opened: boolean;
  messages: number;
  closeCode: number;
}

/** Opens a socket from inside a page (so with that page's Origin), optionally sends a frame, and reports. */
function trySocket(page: Page, url: string, send?: string): Promise<SocketOutcome> {
  return page.evaluate(
    ({ url, send }) =>
      new Promise<SocketOutcome>((resolve) => {
        const outcome = { opened: false, messages: 0, closeCode: 0 };
        const socket = new WebSocket(url);
        socket.addEventListener('open', () => {
          outcome.opened = true;
          socket.send(send ?? JSON.stringify({ type: 'subscribe', version: 1 }));
        });
        socket.addEventListener('message', () => {
          outcome.messages++;
          // A snapshot arrived: the board is readable from here. Close so the outcome is reported at once.
          if (send === undefined) socket.close(1000);
        });
        socket.addEventListener('close', (event) => resolve({ ...outcome, closeCode: event.code }));
      }),
    { url, send },
  );
}

describe('the browser leaks nothing', () => {
  let e2e: E2E;
  let appHost: string;
  beforeAll(async () => {
    e2e = await startE2E();
    appHost = new URL(e2e.baseUrl).host;
  });
  afterAll(async () => e2e?.close());

  const connected = (page: Page) =>
    expect.poll(() => page.getByTestId('connection-status').getAttribute('data-state')).toBe('connected');

  describe("a person's whole visit", () => {
    let traffic: Traffic;
    let cookies: unknown[];
    let documentCookie: string;
    let facilitatorToken: string;
    let finalViolations: Violation[];

    // Landing page → create a board through the form → open it → post and retract a waiting post → a board that
    // releases at once: post, react, retract → switch language → open the facilitator's secret link. The tests
    // below check what this walk recorded.
    it('walks the whole path, recording documents, API calls and live sockets', async () => {
      const page = await e2e.newPage();
      traffic = await recordTraffic(page.context());

      await page.goto('/');
      await page.getByTestId('create-title').fill('Läcker det?');
      await page.getByTestId('create-prompt').fill('Vad ser webbläsaren?');
      await page.getByTestId('create-submit').click();
      const participantLink =
        (await page.getByTestId('created-participant-link').textContent())?.trim() ?? '';
      const boardId = new URL(participantLink).pathname.split('/')[2] ?? '';
      const facilitatorLink =
        (await page.getByTestId('created-facilitator-link').textContent())?.trim() ?? '';
      facilitatorToken = new URL(facilitatorLink).hash.slice(1);
      expect(facilitatorToken).not.toBe('');

      await page.getByTestId('open-board').click();
      await page.waitForURL(`**/b/${boardId}`);
      await connected(page);
      // The form makes a board that waits for others (k = 3): this post waits, and is taken back.
      await page.getByTestId('composer-body').fill('Ett förslag som får vänta');
      await page.getByTestId('composer-submit').click();
      const waiting = page.getByTestId('own-waiting-post');
      await expect.poll(() => waiting.count()).toBe(1);
      await waiting.getByTestId('retract').click();
      await expect.poll(() => waiting.count()).toBe(0);

      const { board } = await createBoard(e2e.t.app, { title: 'Direkt', settings: INSTANT_RELEASE });
      await page.goto(`/b/${board.id}`);
      await connected(page);
      await page.getByTestId('composer-body').fill('Ett förslag som syns direkt');
      await page.getByTestId('composer-submit').click();
      await expect.poll(() => page.getByTestId('post').count()).toBe(1);
      await page.getByTestId('reaction-agree').click();
      await expect.poll(() => page.getByTestId('reaction-agree').getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(async () => (await e2e.t.app.store.visiblePosts(board.id))[0]?.reactions.agree)
        .toBe(1);
      await page.getByTestId('post').getByTestId('retract').click();
      await expect.poll(() => page.getByTestId('post').count()).toBe(0);

      await page.getByTestId('lang-switch').click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');

      await page.goto(facilitatorLink);
      await expect.poll(() => page.url()).toBe(`${e2e.baseUrl}/b/${boardId}/host`);
      await page.waitForLoadState('networkidle');

      finalViolations = await page.evaluate(
        () => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [],
      );
      documentCookie = await page.evaluate(() => document.cookie);
      cookies = await page.context().cookies();
      await traffic.settle();

      // Guards against a recorder that silently records nothing.
      expect(traffic.requests.filter((request) => request.url.includes('/api/')).length).toBeGreaterThan(5);
      expect(traffic.requests.some((request) => request.method === 'POST')).toBe(true);
      expect(traffic.requests.some((request) => request.method === 'DELETE')).toBe(true);
      expect(traffic.sockets.length).toBeGreaterThanOrEqual(2);
      expect(
        traffic.responses.filter((response) => response.resourceType === 'document').length,
      ).toBeGreaterThanOrEqual(3);
    });

    it('sends every request and socket to this origin only', () => {
      const origins = new Set(
        [...traffic.requests.map((request) => request.url), ...traffic.sockets]
          .filter((url) => !url.startsWith('data:'))
          .map(originOf),
      );
      expect([...origins]).toEqual([e2e.baseUrl]);
    });

    it('keeps the secret token out of every URL and sends no Referer', () => {
      const urls = [...traffic.requests.map((request) => request.url), ...traffic.sockets];
      expect(urls.filter((url) => url.includes(facilitatorToken))).toEqual([]);
      expect(traffic.requests.filter((request) => 'referer' in request.headers).map((r) => r.url)).toEqual(
        [],
      );
    });

    it('sets no cookie, ever', () => {
      expect(cookies).toEqual([]);
      expect(documentCookie).toBe('');
      expect(
        traffic.responses.filter((response) => 'set-cookie' in response.headers).map((r) => r.url),
      ).toEqual([]);
    });

    it('sends a strict CSP, no referrer, and no-store API answers on every response', () => {
      const problems: string[] = [];
      for (const response of traffic.responses) {
        const path = new URL(response.url).pathname;
        const isApi = path.startsWith('/api/');
        const isHtml =
          response.resourceType === 'document' || (response.headers['content-type'] ?? '').includes('html');
        if (isApi || isHtml) {
          for (const problem of cspProblems(response.headers['content-security-policy'], appHost))
            problems.push(`${path}: ${problem}`);
        }
        if (response.headers['referrer-policy'] !== 'no-referrer')
          problems.push(`${path}: referrer-policy ${response.headers['referrer-policy']}`);
        if (isApi && !/(^|,)\s*no-store\s*(,|$)/.test(response.headers['cache-control'] ?? ''))
          problems.push(`${path}: cache-control ${response.headers['cache-control']}`);
      }
      expect(problems).toEqual([]);
      // Both kinds were actually checked.
      expect(traffic.responses.some((response) => new URL(response.url).pathname.startsWith('/api/'))).toBe(
        true,
      );
      expect(traffic.responses.some((response) => response.resourceType === 'document')).toBe(true);
    });

    it('never violates its CSP', () => {
      expect(traffic.violations).toEqual([]);
      expect(finalViolations).toEqual([]);
      expect(e2e.pageErrors.filter((error) => /Content[- ]Security[- ]Policy/i.test(error))).toEqual([]);
      expect(e2e.pageErrors).toEqual([]);
    });
  });

  it('the CSP checks themselves catch a violation, and the CSP blocks inline script and eval', async () => {
    // Its own browser profile, so the deliberate violation does not land in e2e.pageErrors.
    const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
    try {
      const traffic = await recordTraffic(context);
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto('/');
      await page.getByTestId('create-title').waitFor();
      expect(traffic.violations).toEqual([]);

      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.head.append(script);
      });
      // A string timer is eval ('unsafe-eval'). It must be the page's own timer: code evaluated through DevTools,
      // like page.evaluate, may itself call eval freely, which is why the listener above is not blocked either.
      await page.evaluate(() => {
        (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaled = 1', 0);
      });
      const inlineHandler = await page.evaluate(() => {
        const image = document.createElement('img');
        image.setAttribute('onerror', 'window.__handler = 1');
        image.src = 'data:,';
        document.body.append(image);
        return new Promise((resolve) => setTimeout(resolve, 100));
      });
      expect(inlineHandler).toBeUndefined();

      await expect
        .poll(() => traffic.violations.map((violation) => violation.directive).sort())
        .toEqual(['script-src', 'script-src-attr', 'script-src-elem']);
      expect(
        await page.evaluate(
          () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations.length,
        ),
      ).toBe(3);
      expect(
        await page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
      ).toBeUndefined();
      expect(
        await page.evaluate(() => (window as unknown as { __handler?: number }).__handler),
      ).toBeUndefined();
      expect(
        await page.evaluate(() => (window as unknown as { __evaled?: number }).__evaled),
      ).toBeUndefined();
      // Chromium also reports each violation as a console error: what e2e.pageErrors would have caught.
      expect(consoleErrors.length).toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });

  it('cannot be framed by another site (frame-ancestors)', async () => {
    const { board } = await createBoard(e2e.t.app, { title: 'Inramad' });
    const foreign = await startForeignSite(
      () => `<!doctype html><title>x</title><iframe src="${e2e.baseUrl}/b/${board.id}"></iframe>`,
    );
    const context = await e2e.browser.newContext();
    try {
      const page = await context.newPage();
      let framedDocumentStatus = 0;
      page.on('response', (response) => {
        if (response.url() === `${e2e.baseUrl}/b/${board.id}`) framedDocumentStatus = response.status();
      });
      await page.goto(foreign.url);
      await page.waitForLoadState('load');
      // The app answered, but the browser refused to show it inside another site's page.
      expect(framedDocumentStatus).toBe(200);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(frame).toBeDefined();
      expect(await frame!.locator('takhojd-app').count()).toBe(0);
      expect(frame!.url()).not.toBe(`${e2e.baseUrl}/b/${board.id}`);
    } finally {
      await context.close();
      foreign.server.close();
    }
  });

  it('renders an XSS battery literally, runs none of it, and inserts no element', async () => {
    const flag = (n: number) => `window.__xss=${n};alert(${n})`;
    // Right-to-left override around markup: the server strips the invisible controls, nothing else.
    const bidi = `\u202E<script>${flag(19)}</script>\u202C gnålk`;
    const throughComposer = [`<script>${flag(1)}</script>`, `<img src=x onerror="${flag(2)}">`];
    const throughHttp = [
      `<svg onload="${flag(3)}">`,
      `<svg><script>${flag(4)}</script></svg>`,
      `javascript:${flag(5)}`,
      `<a href="javascript:${flag(6)}">klicka här</a>`,
      `"><iframe srcdoc="<script>parent.__xss=7</script>"></iframe>`,
      `'><script>${flag(8)}</script>`,
      `{{constructor.constructor('${flag(9)}')()}}`,
      // A template literal and Lit's own part markers, in case anything re-parses text as a template.
      '${' + flag(10) + '}',
      `<!--?lit$123$--><img src=x onerror="${flag(11)}">`,
      `<IMG SRC=JaVaScRiPt:${flag(12)}>`,
      `<body onload=${flag(13)}>`,
      `<details open ontoggle="${flag(14)}">`,
      `<math><mtext><table><mglyph><style><img src=x onerror="${flag(15)}">`,
      `&lt;script&gt;${flag(16)}&lt;/script&gt;`,
      `%3Cscript%3E${flag(17)}%3C/script%3E`,
      `<scr<script>ipt>${flag(18)}</scr</script>ipt>`,
      bidi,
      `<div style="background:url(javascript:${flag(20)})">x</div>`,
      `<object data="data:text/html,<script>parent.__xss=21</script>"></object>`,
      `<input autofocus onfocus="${flag(22)}">`,
      `<!--<img src="--><img src=x onerror="${flag(23)}//">`,
      `<iframe src="javascript:parent.__xss=24"></iframe>`,
    ];
    const all = [...throughComposer, ...throughHttp];
    for (const payload of all) expect([...payload].length).toBeLessThanOrEqual(280);

    const { board } = await createBoard(e2e.t.app, { title: 'XSS', settings: INSTANT_RELEASE });
    for (const payload of throughHttp) {
      // A seat each, as a room of people would: one seat may post only a few times a minute.
      const response = await postAs(e2e.t.app, board.id, await takeSeat(e2e.t.app, board.id), payload);
      expect(response.statusCode, payload).toBe(202);
    }

    const page = await e2e.newPage();
    const traffic = await recordTraffic(page.context());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/b/${board.id}`);
    await connected(page);
    await expect.poll(() => page.getByTestId('post').count()).toBe(throughHttp.length);
    for (const payload of throughComposer) {
      await page.getByTestId('composer-body').fill(payload);
      await page.getByTestId('composer-submit').click();
      await expect.poll(() => page.getByTestId('composer-body').inputValue()).toBe('');
    }
    await expect.poll(() => page.getByTestId('post').count()).toBe(all.length);
    // A moment for anything that would run late (onload, ontoggle, autofocus, timers).
    await page.waitForTimeout(300);

    const stored = await e2e.t.app.store.visiblePosts(board.id);
    // The server stores what was sent (minus invisible controls): no escaping that would show up as &lt;.
    expect(stored.map((post) => post.body).sort()).toEqual(all.map(normaliseText).sort());
    expect(normaliseText(bidi)).toBe(`<script>${flag(19)}</script> gnålk`);

    const rendered = await page.getByTestId('post').evaluateAll((articles) =>
      articles.map((article) => {
        const body = article.querySelector('[data-testid=post-body]');
        return {
          id: article.getAttribute('data-post-id'),
          text: body?.textContent,
          children: body?.children.length,
        };
      }),
    );
    expect(
      rendered.map(({ id, text }) => ({ id, text })).sort((a, b) => String(a.id).localeCompare(String(b.id))),
    ).toEqual(
      stored.map((post) => ({ id: post.id, text: post.body })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(
      await page
        .getByTestId('post-body')
        .evaluateAll((bodies) =>
          bodies
            .filter((body) => body.children.length > 0)
            .map((body) => [...body.children].map((child) => child.tagName)),
        ),
    ).toEqual([]);
    expect(rendered.filter((post) => post.children !== 0)).toEqual([]);

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // Had any payload become markup, its inline handler would at least have tripped the CSP.
    expect(traffic.violations).toEqual([]);
    await traffic.settle();
    expect(new Set([...traffic.requests.map((r) => r.url), ...traffic.sockets].map(originOf))).toEqual(
      new Set([e2e.baseUrl]),
    );
    expect(e2e.pageErrors).toEqual([]);
  });

  describe('the live socket and request sizes', () => {
    it('refuses the live socket to a page on another origin, and serves it to its own', async () => {
      const { board } = await createBoard(e2e.t.app, { title: 'Bara härifrån', settings: INSTANT_RELEASE });
      await postAs(e2e.t.app, board.id, await takeSeat(e2e.t.app, board.id), 'Något som inte får läcka');
      const socketUrl = `ws://${appHost}/api/boards/${board.id}/live`;
      const foreign = await startForeignSite(
        () => '<!doctype html><title>Någon annans sida</title><p>hej</p>',
      );
      const context = await e2e.browser.newContext();
      try {
        const traffic = await recordTraffic(context);
        const page = await context.newPage();
        await page.goto(foreign.url);
        const outcome = await trySocket(page, socketUrl);
        expect(outcome).toEqual({ opened: false, messages: 0, closeCode: 1006 });
        // The recorder sees other origins and sockets when there are any: its "this origin only" is not vacuous.
        await traffic.settle();
        expect(traffic.requests.map((request) => originOf(request.url))).toContain(foreign.url);
        expect(traffic.sockets).toEqual([socketUrl]);

        // Control: the same code on the app's own page reads the board.
        const own = await context.newPage();
        await own.goto(`${e2e.baseUrl}/`);
        const ownOutcome = await trySocket(own, socketUrl);
        expect(ownOutcome.opened).toBe(true);
        expect(ownOutcome.messages).toBeGreaterThan(0);
      } finally {
        await context.close();
        foreign.server.close();
      }
    });

    it('closes the socket with 1009 when a browser sends a message over the limit', async () => {
      const { board } = await createBoard(e2e.t.app, { title: 'Stor', settings: INSTANT_RELEASE });
      const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
      try {
        const page = await context.newPage();
        await page.goto('/');
        const big = JSON.stringify({
          type: 'subscribe',
          version: PROTOCOL_VERSION,
          padding: 'x'.repeat(Limits.socketMessageBytes + 1024),
        });
        const outcome = await trySocket(page, `ws://${appHost}/api/boards/${board.id}/live`, big);
        expect(outcome.opened).toBe(true);
        expect(outcome.closeCode).toBe(CloseCode.tooBig);
      } finally {
        await context.close();
      }
    });

    it('refuses a request body over the limit with 413 PAYLOAD_TOO_LARGE, also from the browser', async () => {
      const { board } = await createBoard(e2e.t.app, { title: 'Stor kropp', settings: INSTANT_RELEASE });
      const seat = await takeSeat(e2e.t.app, board.id);
      const body = JSON.stringify({
        category: 'idea',
        body: 'x'.repeat(Limits.requestBodyBytes + 1024),
        deleteKey: 'AAAAAAAAAAAAAAAAAAAAAA',
      });
      const injected = await e2e.t.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/posts`,
        headers: { 'content-type': 'application/json', 'x-seat': seat },
        payload: body,
      });
      expect(injected.statusCode).toBe(413);
      expect(injected.json().code).toBe(ErrorCode.payloadTooLarge);

      // Its own profile: the browser logs the 413 as a console error, which is expected here.
      const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
      const page = await context.newPage();
      await page.goto('/');
      const fromBrowser = await page.evaluate(
        async ({ url, body, seat }) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-seat': seat },
            body,
          });
          return { status: response.status, code: ((await response.json()) as { code: string }).code };
        },
        { url: `/api/boards/${board.id}/posts`, body, seat },
      );
      await context.close();
      expect(fromBrowser).toEqual({ status: 413, code: ErrorCode.payloadTooLarge });
      // Just under the limit is not refused for its size (it is refused for its content instead).
      const justUnder = await e2e.t.app.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/posts`,
        headers: { 'content-type': 'application/json', 'x-seat': seat },
        payload: JSON.stringify({ category: 'idea', body: 'x'.repeat(Limits.requestBodyBytes - 200) }),
      });
      expect(justUnder.statusCode).not.toBe(413);
    });
  });
});
