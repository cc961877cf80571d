import { describe, expect, it } from 'vitest';
import { Limits } from '../../shared/limits.ts';
import { effectiveReportThreshold } from '../../shared/report-threshold.ts';

const auto = (seatsIssued: number, expectedHeadcount = 0) =>
  effectiveReportThreshold('auto', { seatsIssued, expectedHeadcount });

describe('the report threshold', () => {
  it('is three in a small room, as before', () => {
    expect(auto(0)).toBe(3);
    expect(auto(12, 20)).toBe(3);
    expect(auto(60)).toBe(3);
  });

  it('grows with the room: five in a hundred', () => {
    expect(auto(61)).toBe(4);
    expect(auto(100)).toBe(5);
    expect(auto(200)).toBe(10);
    expect(auto(0, 200)).toBe(10);
    expect(auto(500)).toBe(25);
  });

  it('counts the larger of the expected headcount and the seats handed out', () => {
    // Early in a session few have joined, but the hall is expected: the expectation holds.
    expect(auto(5, 300)).toBe(15);
    // More came than expected: the seats hold.
    expect(auto(300, 100)).toBe(15);
  });

  it('never asks for more than a board may set', () => {
    expect(auto(1000)).toBe(Limits.reportThresholdMax);
    expect(auto(100_000, 100_000)).toBe(Limits.reportThresholdMax);
  });

  it('takes a fixed number as it is, whatever the room', () => {
    expect(effectiveReportThreshold(2, { seatsIssued: 500, expectedHeadcount: 500 })).toBe(2);
    expect(effectiveReportThreshold(40, { seatsIssued: 0, expectedHeadcount: 0 })).toBe(40);
  });
});
