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
