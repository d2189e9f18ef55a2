import "server-only";
import type { Db } from "@/lib/db";
import { ImportCancelledError } from "./run-status";

const REPORT_EVERY_MS = 1_000;
const REPORT_EVERY_ROWS = 20_000;

/**
 * Counts a dry run's progress and writes it to the run about once a second (or every 20,000
 * rows), which is what the page polls to show a rate and an ETA. Each write also reads
 * cancelRequestedAt, so a cancel is noticed within a second at no extra cost.
 */
export class ProgressReporter {
  private bytes = 0;
  private rows = 0;
  private valid = 0;
  private invalid = 0;
  private lastAt = Date.now();
  private lastRows = 0;

  constructor(
    private readonly db: Db,
    private readonly run: { id: string; orgId: string },
  ) {}

  addBytes(bytes: number) {
    this.bytes += bytes;
  }

  countRow(valid: boolean) {
    this.rows += 1;
    if (valid) this.valid += 1;
    else this.invalid += 1;
  }

  /** A promise only when a report is due, so the per-row path stays synchronous. */
  maybeReport(): Promise<void> | undefined {
    if (
      this.rows - this.lastRows < REPORT_EVERY_ROWS &&
      Date.now() - this.lastAt < REPORT_EVERY_MS
    ) {
      return undefined;
    }
    return this.report();
  }

  async report(): Promise<void> {
    this.lastAt = Date.now();
    this.lastRows = this.rows;
    const [current] = await this.db.importRun.updateManyAndReturn({
      where: { id: this.run.id, orgId: this.run.orgId },
      data: {
        bytesProcessed: this.bytes,
        rowsProcessed: this.rows,
        rowsValid: this.valid,
        rowsInvalid: this.invalid,
      },
      select: { cancelRequestedAt: true },
    });
    if (!current || current.cancelRequestedAt) throw new ImportCancelledError();
  }
}
