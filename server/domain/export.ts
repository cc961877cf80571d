import type { ExportFormat, JsonExport } from '../../shared/api.ts';
import { DEFAULT_CATEGORY_NAMES } from '../../shared/board.ts';
import type { Post } from '../../shared/post.ts';
import { spreadsheetCsv } from '../../shared/spreadsheet-csv.ts';
import type { BoardRecord } from '../store/board-store.ts';

/** What a facilitator takes home: visible posts only, with category, text, reaction counts and batch. */
export interface ExportFile {
  contentType: string;
  extension: ExportFormat;
  body: string;
}

export function exportBoard(
  board: BoardRecord,
  posts: Post[],
  format: ExportFormat,
  kinds: string[],
): ExportFile {
  const sorted = [...posts].sort(
    (a, b) => total(b) - total(a) || a.batch - b.batch || a.id.localeCompare(b.id),
  );
  switch (format) {
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', extension: 'csv', body: toCsv(board, sorted, kinds) };
    case 'md':
      return {
        contentType: 'text/markdown; charset=utf-8',
        extension: 'md',
        body: toMarkdown(board, sorted, kinds),
      };
    case 'json':
      return {
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
        body: JSON.stringify(toJson(board, sorted)),
      };
  }
}

function toJson(board: BoardRecord, posts: Post[]): JsonExport {
  return {
    title: board.title,
    prompt: board.prompt,
    categories: board.categories,
    posts: posts.map((post) => ({
      category: post.category,
      body: post.body,
      reactions: post.reactions,
      batch: post.batch,
    })),
  };
}

function toCsv(board: BoardRecord, posts: Post[], kinds: string[]): string {
  const rows = posts.map((post) => [
    categoryName(board, post.category),
    post.body,
    ...kinds.map((kind) => post.reactions[kind] ?? 0),
    post.batch,
  ]);
  return spreadsheetCsv([['category', 'text', ...kinds, 'batch'], ...rows]);
}

function toMarkdown(board: BoardRecord, posts: Post[], kinds: string[]): string {
  const lines = [`# ${escapeMarkdown(board.title)}`, ''];
  if (board.prompt) lines.push(escapeMarkdown(board.prompt), '');
  for (const category of board.categories) {
    const inCategory = posts.filter((post) => post.category === category.id);
    if (inCategory.length === 0) continue;
    lines.push(`## ${escapeMarkdown(categoryName(board, category.id))}`, '');
    for (const post of inCategory) {
      const counts = kinds.map((kind) => `${kind} ${post.reactions[kind] ?? 0}`).join(', ');
      lines.push(`- ${escapeMarkdown(post.body).replace(/\n/g, '  \n  ')} (${counts})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Post text is shown as written, never as Markdown markup, links or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function categoryName(board: BoardRecord, id: string): string {
  const label = board.categories.find((category) => category.id === id)?.label;
  return label ?? DEFAULT_CATEGORY_NAMES[id]?.[board.settings.language] ?? id;
}

function total(post: Post): number {
  return Object.values(post.reactions).reduce((sum, count) => sum + count, 0);
}
