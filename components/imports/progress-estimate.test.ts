import { describe, expect, it } from "vitest";
import { estimateProgress } from "./progress-estimate";

describe("estimateProgress", () => {
  it("knows nothing before the first poll", () => {
    expect(estimateProgress([], 1000)).toEqual({
      fraction: null,
      rowsPerSecond: null,
      msLeft: null,
    });
  });

  it("gives the fraction but no pace from a single poll", () => {
    expect(estimateProgress([{ at: 0, bytes: 250, rows: 10 }], 1000)).toEqual({
      fraction: 0.25,
      rowsPerSecond: null,
      msLeft: null,
    });
  });

  it("measures rows per second and time left from the recent polls", () => {
    const samples = [
      { at: 0, bytes: 0, rows: 0 },
      { at: 1000, bytes: 100, rows: 50 },
      { at: 2000, bytes: 200, rows: 100 },
    ];
    const estimate = estimateProgress(samples, 1000);
    expect(estimate.fraction).toBeCloseTo(0.2);
    expect(estimate.rowsPerSecond).toBeCloseTo(50);
    expect(estimate.msLeft).toBeCloseTo(8000);
  });

  it("forgets polls older than its window, so a faster pace shows quickly", () => {
    const samples = [
      { at: 0, bytes: 0, rows: 0 },
      { at: 20_000, bytes: 100, rows: 100 },
      { at: 21_000, bytes: 600, rows: 600 },
    ];
    expect(estimateProgress(samples, 1100).rowsPerSecond).toBeCloseTo(500);
    expect(estimateProgress(samples, 1100).msLeft).toBeCloseTo(1000);
  });

  it("has no time left estimate while nothing moves", () => {
    const samples = [
      { at: 0, bytes: 100, rows: 10 },
      { at: 1000, bytes: 100, rows: 10 },
    ];
    expect(estimateProgress(samples, 1000)).toMatchObject({ rowsPerSecond: 0, msLeft: null });
  });
});
