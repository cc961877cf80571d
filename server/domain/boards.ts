import { randomBytes } from 'node:crypto';
import type { CreateBoardBody, CreateBoardReply, RoleTokens } from '../../shared/api.ts';
import {
  BoardPhase,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_SETTINGS,
  type BoardSettings,
  type Category,
  type PublicBoard,
} from '../../shared/board.ts';
import { ErrorCode } from '../../shared/errors.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from '../../shared/ids.ts';
import { normaliseText } from '../../shared/text.ts';
import type { BoardRecord, BoardStore } from '../store/board-store.ts';
import { dayOf, type Clock } from './clock.ts';
import { DomainError } from './domain-error.ts';
import { sha256Hex } from './hashing.ts';
import { randomId, type RandomSource } from './random.ts';

const JOIN_CODE_ATTEMPTS = 8;

export class BoardService {
  constructor(
    private readonly store: BoardStore,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    private readonly maxRetentionDays: number,
    /** Boards the instance keeps at once (MAX_BOARDS). */
    private readonly maxBoards: number,
  ) {}

  async create(input: CreateBoardBody): Promise<CreateBoardReply> {
    const tokens: RoleTokens = { facilitator: randomId(), moderator: randomId(), projector: randomId() };
    const categories = checkCategories(input.categories ?? DEFAULT_CATEGORY_IDS.map((id) => ({ id })));
    const settings = this.checkSettings({
      ...DEFAULT_SETTINGS,
      retentionDays: Math.min(DEFAULT_SETTINGS.retentionDays, this.maxRetentionDays),
      ...input.settings,
    });
    const board = {
      id: randomId(),
      title: normaliseText(input.title),
      prompt: normaliseText(input.prompt ?? ''),
      categories,
      settings,
      phase: BoardPhase.open,
      tokenHashes: {
        facilitator: sha256Hex(tokens.facilitator),
        moderator: sha256Hex(tokens.moderator),
        projector: sha256Hex(tokens.projector),
      },
      seatKey: randomBytes(32).toString('base64url'),
      createdDay: dayOf(this.clock.now()),
    };
    if (board.title === '') throw new DomainError(ErrorCode.validationFailed, 400, 'The title is empty.');
    for (let attempt = 1; ; attempt++) {
      const joinCode = this.newJoinCode();
      // Codes are short, so collisions are possible; the unique index decides.
      if (attempt < JOIN_CODE_ATTEMPTS && (await this.store.findBoardIdByJoinCode(joinCode))) continue;
      const result = await this.store.createBoard({ ...board, joinCode }, this.maxBoards);
      if (result.outcome === 'limit-reached') {
        // 409, not 5xx: nothing failed, the instance is at the size its operator chose, and a retry will not help
        // until a board is deleted. 5xx would also invite proxies and clients to retry and wake the on-call person.
        throw new DomainError(
          ErrorCode.boardLimitReached,
          409,
          'This instance keeps as many boards as it allows; delete one or ask its operator.',
        );
      }
      const created = await this.require(board.id);
      return { board: toPublicBoard(created), joinCode, tokens };
    }
  }

  async require(boardId: string): Promise<BoardRecord> {
    const board = await this.store.getBoard(boardId);
    if (!board) throw new DomainError(ErrorCode.boardNotFound, 404, 'There is no such board.');
    return board;
  }

  async boardIdForJoinCode(code: string): Promise<string> {
    const boardId = await this.store.findBoardIdByJoinCode(normaliseJoinCode(code));
    if (!boardId) throw joinCodeNotFound();
    return boardId;
  }

  /** Rules a schema cannot express: the instance's retention maximum and tidy custom words. */
  checkSettings(settings: BoardSettings): BoardSettings {
    if (settings.retentionDays > this.maxRetentionDays) {
      throw new DomainError(
        ErrorCode.validationFailed,
        400,
        `This instance keeps boards at most ${this.maxRetentionDays} days after they close.`,
      );
    }
    const customWords = [...new Set(settings.customWords.map(normaliseText).filter((word) => word !== ''))];
    return { ...settings, customWords };
  }

  private newJoinCode(): string {
    let code = '';
    for (let i = 0; i < JOIN_CODE_LENGTH; i++)
      code += JOIN_CODE_ALPHABET[this.random.int(0, JOIN_CODE_ALPHABET.length)];
    return code;
  }
}

export function checkCategories(categories: Category[]): Category[] {
  if (new Set(categories.map((category) => category.id)).size !== categories.length) {
    throw new DomainError(ErrorCode.validationFailed, 400, 'Category ids must be unique.');
  }
  return categories.map((category) => {
    const label = category.label === undefined ? undefined : normaliseText(category.label);
    return label ? { id: category.id, label } : { id: category.id };
  });
}

/** The participant-facing view of a board: no tokens, keys, counters or custom filter words. */
export function toPublicBoard(board: BoardRecord): PublicBoard {
  const { customWords: _hidden, ...settings } = board.settings;
  return {
    id: board.id,
    title: board.title,
    prompt: board.prompt,
    categories: board.categories,
    phase: board.phase,
    settings,
    joinCode: board.joinCode,
    ...(board.spotlightPostId ? { spotlightPostId: board.spotlightPostId } : {}),
  };
}

export function joinCodeNotFound(): DomainError {
  return new DomainError(ErrorCode.joinCodeNotFound, 404, 'No board has this join code.');
}
