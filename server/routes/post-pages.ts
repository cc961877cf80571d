import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { BoardParams, ErrorBodySchema, PostsPageQuery, PostsPageReplySchema } from '../../shared/api.ts';
import { LONGEST_CURSOR, newestPosts, positionOf, postsBudget } from '../live/post-pages.ts';

/** Older posts than a snapshot carries, for boards too large to send whole (shared/limits.ts). */
export const postPageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/boards/:boardId/posts',
    {
      schema: {
        summary: 'Visible posts, newest first, one page at a time',
        description:
          'Without `before`, the newest posts; with it, the posts older than that cursor (from a snapshot or an ' +
          'earlier page). Each page stays within one message budget, lists its posts oldest first, and carries ' +
          '`older` while older posts remain. `seq` is the board’s seq when the page was read: a client that has ' +
          'applied later events asks again rather than show what may have left the board since.',
        params: BoardParams,
        querystring: PostsPageQuery,
        response: { 200: PostsPageReplySchema, 400: ErrorBodySchema, 404: ErrorBodySchema },
      },
    },
    async (request) => {
      const { boardId } = request.params;
      // The seq is read before the posts, so a page is never labelled newer than what it shows.
      const board = await app.domain.boards.require(boardId);
      const before = request.query.before;
      const slice = await newestPosts(app.store, boardId, {
        before: before === undefined ? undefined : positionOf(before),
        budget: postsBudget({ seq: board.seq, posts: [], older: LONGEST_CURSOR }),
      });
      return { seq: board.seq, posts: slice.posts, ...(slice.older ? { older: slice.older } : {}) };
    },
  );
};
