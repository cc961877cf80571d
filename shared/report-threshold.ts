/**
 * How many reports take a post off the board until a moderator has looked at it. A board either fixes the number
 * or leaves it `auto` (the default for new boards), which scales it with the room:
 *
 *     threshold = min(Limits.reportThresholdMax, max(3, ceil(5 % of max(seats issued, expected headcount))))
 *
 * which is 3 up to 60 people, 5 at 100, 10 at 200, 25 at 500 and 50 (the most a board may ask for) from 1,000.
 *
 * Why: a fixed 3 lets three people — or one person with three browsers — silence any post, however large the room.
 * A report only says "a moderator should look"; moderators see every report as it arrives whatever the threshold,
 * so the number only decides when a post leaves the board with nobody having looked. Five in a hundred is more than
 * a few friends acting together and far fewer than would report a post that truly hurts someone. Three stays the
 * floor, as before, so a small group is protected as it was. The room is the larger of the headcount the
 * facilitator expects (known before anyone joins, so early arrivals cannot hide posts while the hall is filling) and
 * the seats handed out (when more came than expected); seats never go down, so nobody can lower the number.
 * Participants see only `auto`, never the number: it would tell them how many seats were issued.
 */
import { Type, type Static } from 'typebox';
import { Limits } from './limits.ts';

export const AUTO_REPORT_THRESHOLD = 'auto';

/** A board's setting: a fixed number of reports, or `auto` for the rule above. */
export const ReportThresholdSettingSchema = Type.Union([
  Type.Literal(AUTO_REPORT_THRESHOLD),
  Type.Integer({ minimum: 1, maximum: Limits.reportThresholdMax }),
]);
export type ReportThresholdSetting = Static<typeof ReportThresholdSettingSchema>;

export const ScaledReportThreshold = {
  /** Never fewer reports than this. */
  minimum: 3,
  /** The share of the room whose reports take a post off the board. */
  shareOfRoom: 0.05,
} as const;

export interface RoomSize {
  seatsIssued: number;
  /** 0 when the facilitator gave none. */
  expectedHeadcount: number;
}

/** The number of reports that holds a post on this board now. */
export function effectiveReportThreshold(setting: ReportThresholdSetting, room: RoomSize): number {
  if (setting !== AUTO_REPORT_THRESHOLD) return setting;
  const people = Math.max(room.seatsIssued, room.expectedHeadcount);
  const scaled = Math.ceil(people * ScaledReportThreshold.shareOfRoom);
  return Math.min(Limits.reportThresholdMax, Math.max(ScaledReportThreshold.minimum, scaled));
}
