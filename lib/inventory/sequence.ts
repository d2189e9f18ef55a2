import "server-only";
import type { Db } from "@/lib/db";

/**
 * The next number of a per-organisation sequence ("purchase_order"), starting at 1.
 * One statement: the upsert's row lock makes concurrent callers queue, so no two get
 * the same number. Inside a transaction the number is held until commit.
 */
export async function nextSequenceValue(db: Db, orgId: string, name: string) {
  const [row] = await db.$queryRaw<{ value: number }[]>`
    INSERT INTO "Sequence" ("orgId", "name", "value") VALUES (${orgId}, ${name}, 1)
    ON CONFLICT ("orgId", "name") DO UPDATE SET "value" = "Sequence"."value" + 1
    RETURNING "value"`;
  return row!.value;
}

/**
 * Takes `count` consecutive numbers of a sequence at once (bulk imports) and returns the first;
 * the same single locking statement as nextSequenceValue, so ranges never overlap.
 */
export async function allocateSequenceRange(
  db: Db,
  orgId: string,
  name: string,
  count: number,
): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be at least 1");
  const [row] = await db.$queryRaw<{ value: number }[]>`
    INSERT INTO "Sequence" ("orgId", "name", "value") VALUES (${orgId}, ${name}, ${count})
    ON CONFLICT ("orgId", "name") DO UPDATE SET "value" = "Sequence"."value" + ${count}
    RETURNING "value"`;
  return row!.value - count + 1;
}
