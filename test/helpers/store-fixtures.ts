import { randomBytes } from 'node:crypto';
import { BoardPhase, DEFAULT_SETTINGS, type BoardSettings } from '../../shared/board.ts';
import { sha256Hex } from '../../server/domain/hashing.ts';
import { randomId } from '../../server/domain/random.ts';
import type { BoardStore, NewBoard, NewPost } from '../../server/store/board-store.ts';

export function newBoard(settings: Partial<BoardSettings> = {}): NewBoard {
  return {
    id: randomId(),
    title: 'Board',
    prompt: '',
    categories: [{ id: 'idea' }, { id: 'concern' }],
    settings: { ...DEFAULT_SETTINGS, ...settings },
    phase: BoardPhase.open,
    joinCode: randomBytes(4).toString('hex').toUpperCase().slice(0, 6),
    tokenHashes: { facilitator: sha256Hex('f'), moderator: sha256Hex('m'), projector: sha256Hex('p') },
    seatKey: randomBytes(32).toString('base64url'),
    createdDay: '2026-11-30',
  };
}

export function newPost(
  boardId: string,
  body = 'A post',
  deleteKey = randomId(),
): NewPost & { deleteKey: string } {
  return {
    id: randomId(),
    boardId,
    category: 'idea',
    body,
    deleteKeyHash: sha256Hex(deleteKey),
    deleteKey,
    releaseThreshold: 1,
  };
}

export async function boardWithPosts(
  store: BoardStore,
  count: number,
  settings: Partial<BoardSettings> = {},
) {
  const board = newBoard(settings);
  await store.createBoard(board);
  const posts = [];
  for (let i = 0; i < count; i++) {
    const post = newPost(board.id, `Post ${i}`);
    await store.enqueuePost(post);
    posts.push(post);
  }
  return { board, posts };
}
