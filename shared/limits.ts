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
  /**
   * What one user-perceived character (grapheme cluster) may carry. The longest real emoji sequences are about 10
   * code points (👩🏻‍❤️‍💋‍👨🏼) and Indic conjuncts several; a few more than that is left for scripts we did not
   * think of. Without a bound, one "character" can be thousands of stacked marks (Zalgo text), and a post of 280
   * characters tens of kB. With it, a character is at most 12 × 4 bytes, so a 280-character post at most 13.4 kB.
   */
  graphemeCodePointsMax: 12,
  /** Combining marks (Unicode category M) on one character: Hebrew or Vedic text needs up to about five or six. */
  graphemeMarksMax: 8,
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
  /**
   * Bytes of one message the server sends a phone: a snapshot carries the newest posts up to this and says whether
   * older ones exist; a page of older posts and each part of a large event stay within it too. The largest post
   * the server accepts (its request is at most requestBodyBytes) plus the board always fits.
   */
  serverMessageBytes: 128 * 1024,
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
