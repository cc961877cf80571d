/**
 * DESIGN.md §2.4–2.5: two posts and two reactions from the same browser share no stored value but the board and
 * the batch, and neither the seat nor a delete key is stored in clear.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFiles, filesContaining } from '../helpers/database-files.ts';
import { createBoard, newDeleteKey, postAs, startTestApp, takeSeat } from '../helpers/test-app.ts';
import { eventually } from '../helpers/wait.ts';

/** Columns whose sharing is expected: every post of a board and batch has them. */
const SHARED_BY_DESIGN = new Set([
  'board_id',
  'batch',
  'released_day',
  'status',
  'held_reason',
  'release_threshold',
  // Moderation state, like status: whether a moderator let the post stand.
  'reviewed',
]);

describe('unlinkability', () => {
  it('posts and reactions of one seat share nothing that links them, and no secret is stored in clear', async () => {
    const t = await startTestApp();
    const boardId = (await createBoard(t.app, { settings: { releaseThreshold: 2, releaseDelayMs: [0, 0] } }))
      .board.id;
    const seat = await takeSeat(t.app, boardId);
    const keys = [newDeleteKey(), newDeleteKey()];
    const ids = [
      (await postAs(t.app, boardId, seat, 'Första tanken', { category: 'idea', deleteKey: keys[0] })).json()
        .post.id,
      (await postAs(t.app, boardId, seat, 'Andra tanken', { category: 'concern', deleteKey: keys[1] })).json()
        .post.id,
    ];
    await eventually('the release', async () =>
      (await t.app.store.visiblePosts(boardId)).length === 2 ? true : undefined,
    );
    for (const [postId, kind] of [
      [ids[0], 'agree'],
      [ids[1], 'heart'],
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `/api/boards/${boardId}/posts/${postId}/reactions/${kind}`,
        headers: { 'x-seat': seat },
      });
      expect(response.statusCode).toBe(204);
    }
    await t.app.close();

    const db = new Database(t.dataFile, { readonly: true });
    try {
      const posts = db.prepare('SELECT * FROM posts').all() as Record<string, unknown>[];
      expect(posts).toHaveLength(2);
      const [a, b] = posts as [Record<string, unknown>, Record<string, unknown>];
      const shared = Object.keys(a).filter((column) => a[column] === b[column]);
      expect(shared.filter((column) => !SHARED_BY_DESIGN.has(column))).toEqual([]);

      const reactions = db.prepare('SELECT * FROM reactions').all() as Record<string, unknown>[];
      expect(reactions).toHaveLength(2);
      const [r1, r2] = reactions as [Record<string, unknown>, Record<string, unknown>];
      expect(Object.keys(r1).filter((column) => r1[column] === r2[column])).toEqual([]);
    } finally {
      db.close();
    }
    const files = databaseFiles(t.dataFile);
    for (const secret of [seat, ...keys]) expect(filesContaining(files, secret)).toEqual([]);
    await t.close();
  });
});
