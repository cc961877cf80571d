/** Hard limits of the wire. Board settings choose values inside these bounds. */
export const Limits = {
  titleMax: 120,
  promptMax: 500,
  categoryLabelMax: 40,
  categoriesMax: 8,
  /** Upper bound of the per-board character limit (user-perceived characters). */
  postLengthMax: 2000,
  postLengthMin: 20,
  /**
   * A grapheme can be many UTF-16 units (a family emoji is 8). The schema caps raw input at this many units so
   * that nobody can make the server segment megabytes; the board's character limit is checked after that.
   */
  postRawUnitsMax: 16_000,
  releaseThresholdMax: 50,
  /** Upper bound of a board's retention; an instance may set a lower one (RETENTION_MAX_DAYS). */
  retentionDaysMax: 3650,
  headcountMax: 100_000,
  reportReasonMax: 32,
  reportThresholdMax: 50,
  customWordsMax: 200,
  customWordMax: 60,
  releaseDelayMaxMs: 10 * 60_000,
  /** Bytes of a single HTTP request body and of a single socket message from a client. */
  requestBodyBytes: 32 * 1024,
  socketMessageBytes: 4 * 1024,
} as const;

export const Defaults = {
  releaseThreshold: 3,
  releaseDelayMs: [5_000, 15_000] as [number, number],
  maxPostLength: 280,
  language: 'sv',
  retentionDays: 30,
  /** Seats a board hands out per expected participant: some people use two devices. */
  seatsPerHeadcount: 1.25,
} as const;
