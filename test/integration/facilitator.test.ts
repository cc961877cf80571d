import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateBoardReply, JsonExport } from '../../shared/api.ts';
import type { BoardSettings } from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { LiveClient } from '../helpers/live-client.ts';
import {
  createBoard,
  newDeleteKey,
  postAs,
  startTestApp,
  takeSeat,
  type TestApp,
  bearer,
} from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

describe('facilitator powers', () => {
  let t: TestApp;
  let created: CreateBoardReply;
  let boardId: string;
  const patch = (payload: object, token = created.tokens.facilitator) =>
    t.app.inject({ method: 'PATCH', url: `/api/boards/${boardId}`, headers: bearer(token), payload });
  async function setUp(settings: Partial<BoardSettings> = {}) {
    created = await createBoard(t.app, {
      settings: { releaseThreshold: 1, releaseDelayMs: [0, 0], ...settings },
    });
    boardId = created.board.id;
  }
  async function released(body: string, category = 'idea') {
    const seat = await takeSeat(t.app, boardId);
    const { id } = (await postAs(t.app, boardId, seat, body, { category })).json().post as { id: string };
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId, [id])).length > 0 ? true : undefined,
    );
    return { id, seat };
  }

  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => t.close());

  it('edits the title, prompt, categories and settings, and sees the custom words only itself', async () => {
    await setUp();
    const changed = await patch({
      title: '  Ny rubrik ',
      prompt: 'Vad hindrar oss från att göra mer?',
      categories: [
        { id: 'idea', label: 'Förslag' },
        { id: 'concern' },
        { id: 'question' },
        { id: 'praise', label: 'Beröm' },
      ],
      settings: { maxPostLength: 500, customWords: ['  budget ', 'budget', '   '] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().board).toMatchObject({
      title: 'Ny rubrik',
      prompt: 'Vad hindrar oss från att göra mer?',
    });
    expect(changed.json().board.settings).not.toHaveProperty('customWords');
    expect(changed.json().settings).toMatchObject({ maxPostLength: 500, customWords: ['budget'] });
    const admin = await t.app.inject({
      url: `/api/boards/${boardId}/admin`,
      headers: bearer(created.tokens.facilitator),
    });
    expect(admin.json().settings.customWords).toEqual(['budget']);
    expect(
      (await t.app.inject({ url: `/api/boards/${boardId}/admin`, headers: bearer(created.tokens.moderator) }))
        .statusCode,
    ).toBe(403);
    const publicBoard = (await t.app.inject({ url: `/api/boards/${boardId}` })).json();
    expect(publicBoard.categories).toContainEqual({ id: 'praise', label: 'Beröm' });
    expect(JSON.stringify(publicBoard)).not.toContain('budget');
  });

  it('refuses to drop a category that has posts, and empty or unknown changes', async () => {
    await setUp();
    await released('En idé');
    const dropped = await patch({ categories: [{ id: 'concern' }] });
    expect(dropped.statusCode).toBe(409);
    expect(dropped.json().code).toBe(ErrorCode.categoryInUse);
    expect((await patch({ categories: [{ id: 'idea' }] })).statusCode).toBe(200);
    expect((await patch({})).statusCode).toBe(400);
    expect((await patch({ colour: 'red' })).statusCode).toBe(400);
    expect((await patch({ title: '   ' })).statusCode).toBe(400);
  });

  it('runs the phases: reactions only, paused (nothing changes), closed (read-only)', async () => {
    await setUp();
    const { id, seat } = await released('Första');
    const react = (kind = 'agree') =>
      t.app.inject({
        method: 'PUT',
        url: `/api/boards/${boardId}/posts/${id}/reactions/${kind}`,
        headers: { 'x-seat': seat },
      });

    expect((await patch({ phase: 'reactions-only' })).statusCode).toBe(200);
    expect((await postAs(t.app, boardId, seat, 'För sent')).json().code).toBe(ErrorCode.postingClosed);
    expect((await react()).statusCode).toBe(204);

    expect((await patch({ phase: 'paused' })).statusCode).toBe(200);
    const paused = await react('heart');
    expect(paused.statusCode).toBe(409);
    expect(paused.json().code).toBe(ErrorCode.boardPaused);

    expect((await patch({ phase: 'closed' })).statusCode).toBe(200);
    expect((await react('heart')).json().code).toBe(ErrorCode.boardClosed);
    expect((await postAs(t.app, boardId, seat, 'Stängt')).statusCode).toBe(409);
    expect((await t.app.inject({ url: `/api/boards/${boardId}` })).json().phase).toBe('closed');
  });

  it('never releases a lone post when posting closes: it waits while paused and is deleted on close', async () => {
    await setUp({ releaseThreshold: 3 });
    const seat = await takeSeat(t.app, boardId);
    const deleteKey = newDeleteKey();
    const { id } = (await postAs(t.app, boardId, seat, 'Ensam i kön', { deleteKey })).json().post;
    await patch({ phase: 'paused' });
    await patch({ settings: { releaseThreshold: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Paused: nothing is released even though one post now meets the threshold.
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
    await patch({ settings: { releaseThreshold: 3 } });
    await patch({ phase: 'closed' });
    const status = await t.app.inject({
      url: `/api/boards/${boardId}/posts/${id}`,
      headers: { 'x-delete-key': deleteKey },
    });
    expect(status.statusCode).toBe(404);
    expect(await t.app.store.countQueued(boardId)).toBe(0);
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
  });

  it('cannot publish a waiting post sooner by lowering the threshold after it was sent', async () => {
    await setUp({ releaseThreshold: 3 });
    const seat = await takeSeat(t.app, boardId);
    await postAs(t.app, boardId, seat, 'Skickad när tre krävdes');
    expect((await patch({ settings: { releaseThreshold: 1 } })).statusCode).toBe(200);
    await postAs(t.app, boardId, seat, 'Skickad när ett räckte');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await t.app.store.visiblePosts(boardId)).toEqual([]);
    await postAs(t.app, boardId, seat, 'Den tredje');
    const released = await eventually('the batch of three', async () => {
      const visible = await t.app.store.visiblePosts(boardId);
      return visible.length > 0 ? visible : undefined;
    });
    expect(released).toHaveLength(3);
  });

  it('releases what was queued when a paused board opens again', async () => {
    await setUp({ releaseThreshold: 1 });
    await patch({ phase: 'paused' });
    await patch({ phase: 'open' });
    const seat = await takeSeat(t.app, boardId);
    await postAs(t.app, boardId, seat, 'Efter pausen');
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId)).length === 1 ? true : undefined,
    );
  });

  it('spotlights a visible post for every screen, clears it, and drops it when the post is hidden', async () => {
    await setUp();
    const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { id } = await released('I rampljuset');
    const client = await LiveClient.connect(baseUrl, boardId);
    client.subscribe();
    await client.next('snapshot');
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.facilitator),
      payload: { postId: id },
    });
    expect(put.json().spotlightPostId).toBe(id);
    expect((await client.next('board')).board.spotlightPostId).toBe(id);
    const byModerator = await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.moderator),
      payload: { postId: id },
    });
    expect(byModerator.statusCode).toBe(403);
    const missing = await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.facilitator),
      payload: { postId: 'AAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(missing.json().code).toBe(ErrorCode.postNotFound);

    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${id}/hide`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });
    const cleared = await client.waitFor(
      (message) => message.type === 'board' && !message.board.spotlightPostId,
    );
    expect(cleared).toBeTruthy();
    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${id}/restore`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.facilitator),
      payload: { postId: id },
    });
    const off = await t.app.inject({
      method: 'DELETE',
      url: `/api/boards/${boardId}/spotlight`,
      headers: bearer(created.tokens.facilitator),
    });
    expect(off.json()).not.toHaveProperty('spotlightPostId');
    client.close();
  });

  it('exports visible posts as CSV with a BOM and safe cells, Markdown by category and JSON that round-trip', async () => {
    await setUp();
    const nasty = '=cmd|"/C calc"!A0, med "citat", radbrytning\noch åäö';
    const a = await released(nasty, 'concern');
    const b = await released('+SUM(1,2) är en formel', 'idea');
    const hidden = await released('Dold text');
    await t.app.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/posts/${hidden.id}/hide`,
      headers: bearer(created.tokens.moderator),
      payload: {},
    });
    for (const seat of [a.seat, b.seat]) {
      await t.app.inject({
        method: 'PUT',
        url: `/api/boards/${boardId}/posts/${a.id}/reactions/agree`,
        headers: { 'x-seat': seat },
      });
    }
    const get = (format: string) =>
      t.app.inject({
        url: `/api/boards/${boardId}/export?format=${format}`,
        headers: bearer(created.tokens.facilitator),
      });

    const csv = await get('csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // A line break inside a post stays inside its quoted cell; rows end with CRLF.
    expect(csv.body).toContain('radbrytning\noch åäö"');
    const rows = parse(csv.body, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]).toEqual(['category', 'text', 'agree', 'heart', 'insight', 'batch']);
    expect(rows).toHaveLength(3);
    const nastyRow = rows.find((row) => row[1]?.includes('radbrytning'));
    expect(nastyRow?.[0]).toBe('Oro');
    // The formula is neutralised with a leading quote; the text is otherwise intact.
    expect(nastyRow?.[1]).toBe(`'${nasty}`);
    expect(nastyRow?.slice(2)).toEqual(['2', '0', '0', '1']);
    expect(rows.some((row) => row[1] === "'+SUM(1,2) är en formel")).toBe(true);
    expect(csv.body).not.toContain('Dold text');

    const md = (await get('md')).body;
    expect(md).toMatch(/^# Workshop/);
    // Grouped in the board's category order.
    // Built-in categories are named in the board's language.
    expect(md.indexOf('## Idé')).toBeGreaterThan(0);
    expect(md.indexOf('## Oro')).toBeGreaterThan(md.indexOf('## Idé'));
    // Markdown characters in posts are escaped, so a post cannot turn into a table, link or heading.
    expect(md).toContain('=cmd\\|"/C calc"\\!A0');
    expect(md).toContain('\\+SUM\\(1,2\\) är en formel (agree 0, heart 0, insight 0)');
    expect(md).not.toContain('Dold text');

    const json = (await get('json')).json() as JsonExport;
    expect(json.posts).toHaveLength(2);
    expect(json.posts[0]).toEqual({ category: 'concern', body: nasty, reactions: { agree: 2 }, batch: 1 });
    expect(Object.keys(json.posts[0] ?? {}).sort()).toEqual(['batch', 'body', 'category', 'reactions']);
    expect((await get('xml')).statusCode).toBe(400);
    expect(
      (
        await t.app.inject({
          url: `/api/boards/${boardId}/export?format=csv`,
          headers: bearer(created.tokens.projector),
        })
      ).statusCode,
    ).toBe(403);
  });
});
