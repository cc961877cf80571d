/**
 * The reference for bench/hall.ts: a bare Fastify server and a bare `ws` server that answer every request of the
 * hall with canned replies of the same shape — no database, no work, no limits, no rules. What the room costs
 * Takhöjd beyond this is its own doing. Run as its own process: `node --import tsx bench/hall-reference.ts <port>`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { WebSocketServer } from 'ws';
import type { PublicBoard } from '../shared/board.ts';
import type { Post } from '../shared/post.ts';

const port = Number(process.argv[2]);
const CLIENT = fileURLToPath(new URL('../dist/client/', import.meta.url));
const index = readFileSync(`${CLIENT}index.html`);
const assets = new Map(
  readdirSync(`${CLIENT}assets`).map((name) => [`/assets/${name}`, readFileSync(`${CLIENT}assets/${name}`)]),
);
const board: PublicBoard = {
  id: 'A'.repeat(22),
  title: 'Referens',
  prompt: 'Vad vill ni säga?',
  categories: [{ id: 'idea' }, { id: 'concern' }, { id: 'question' }],
  phase: 'open',
  settings: {
    releaseThreshold: 3,
    releaseDelayMs: [5000, 15000],
    maxPostLength: 280,
    reactionKinds: ['agree', 'heart', 'insight'],
    language: 'sv',
    retentionDays: 30,
    expectedHeadcount: 0,
    preModeration: false,
    reportThreshold: 'auto',
  },
  joinCode: 'ABCDEF',
};
const posts: Post[] = Array.from({ length: 20 }, (_, i) => ({
  id: randomBytes(16).toString('base64url'),
  category: 'idea',
  body: `Referensinlägg ${i} med ungefär lika mycket text som ett riktigt inlägg brukar ha`,
  reactions: {},
  batch: 1,
  day: '2026-12-01',
}));
const snapshot = Buffer.from(JSON.stringify({ type: 'snapshot', seq: 1, board, posts }));

const app = Fastify({ logger: false });
app.get('/b/:boardId', (_request, reply) => reply.type('text/html').send(index));
app.get('/assets/:name', (request, reply) => {
  const asset = assets.get(request.url);
  return asset
    ? reply.type(request.url.endsWith('.css') ? 'text/css' : 'text/javascript').send(asset)
    : reply.code(404).send();
});
app.get('/favicon.svg', (_request, reply) =>
  reply.type('image/svg+xml').send('<svg xmlns="http://www.w3.org/2000/svg"/>'),
);
app.get('/health', () => ({ status: 'ok' }));
app.get('/api/boards/:boardId', () => board);
app.post('/api/challenges', (_request, reply) =>
  reply.code(201).send({ challenge: `${'c'.repeat(22)}.${'m'.repeat(22)}`, bits: 0 }),
);
app.post('/api/boards/:boardId/seats', (_request, reply) => reply.code(201).send({ seat: 's'.repeat(43) }));
app.post('/api/boards/:boardId/posts', (_request, reply) =>
  reply
    .code(202)
    .send({ post: { id: randomBytes(16).toString('base64url'), status: 'queued', review: false } }),
);
app.put('/api/boards/:boardId/posts/:postId/reactions/:kind', (_request, reply) => reply.code(204).send());
app.get('/api/boards/:boardId/posts/:postId', (request) => ({
  post: { id: (request.params as { postId: string }).postId, status: 'visible' },
}));

const sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false });
app.server.on('upgrade', (request, socket, head) =>
  sockets.handleUpgrade(request, socket, head, (ws) => ws.on('message', () => ws.send(snapshot))),
);
await app.listen({ port, host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    for (const ws of sockets.clients) ws.close(1001);
    void app.close().then(() => process.exit(0));
  });
}
