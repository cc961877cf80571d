import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fake-clock.ts';
import { createBoard, postAs, startTestApp, takeSeat } from '../helpers/test-app.ts';

describe('queued posts survive a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'takhojd-restart-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('releases after the restart what was queued before it', async () => {
    const firstClock = new FakeClock();
    const before = await startTestApp({}, { dir, clock: firstClock });
    const boardId = (
      await createBoard(before.app, { settings: { releaseThreshold: 2, releaseDelayMs: [60_000, 60_000] } })
    ).board.id;
    const seat = await takeSeat(before.app, boardId);
    const acknowledged = [];
    for (const body of ['före omstart 1', 'före omstart 2']) {
      const response = await postAs(before.app, boardId, seat, body);
      expect(response.statusCode).toBe(202);
      acknowledged.push(response.json().post.id);
    }
    // The server stops before the delay has passed: nothing has been published yet.
    await before.close();

    const secondClock = new FakeClock();
    const after = await startTestApp({}, { dir, clock: secondClock });
    try {
      expect(await after.app.store.visiblePosts(boardId)).toEqual([]);
      await secondClock.advance(60_000);
      const visible = await after.app.store.visiblePosts(boardId);
      expect(visible.map((post) => post.id).sort()).toEqual(acknowledged.sort());
    } finally {
      await after.close();
    }
  });
});
