import "server-only";
import type { Db } from "@/lib/db";
import type { UserTokenPurpose } from "@/lib/generated/prisma/enums";
import { UserError } from "@/lib/errors";
import { createToken, hashToken } from "./tokens";

export const TOKEN_LIFETIME_MS: Record<UserTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  RESET_PASSWORD: 30 * 60 * 1000,
};

/** Issues a single-use token; earlier unused tokens of the same purpose stop working. */
export async function issueUserToken(db: Db, userId: string, purpose: UserTokenPurpose) {
  const { token, tokenHash } = createToken();
  const now = new Date();
  await db.userToken.updateMany({
    where: { userId, purpose, usedAt: null },
    data: { usedAt: now },
  });
  await db.userToken.create({
    data: {
      userId,
      purpose,
      tokenHash,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/**
 * The token's row if it can still be used, else the UserError saying why. Cheap (one indexed
 * read), so callers run it before costly work such as hashing a new password.
 */
export async function findUsableUserToken(db: Db, token: string, purpose: UserTokenPurpose) {
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) throw new UserError("This link is not valid.");
  if (row.usedAt) throw new UserError("This link has already been used. Request a new one.");
  if (row.expiresAt <= new Date()) throw new UserError("This link has expired. Request a new one.");
  return row;
}

/**
 * Marks a token used and returns its user id. The conditional update makes the
 * claim atomic: two clicks on one link cannot both succeed.
 */
export async function consumeUserToken(db: Db, token: string, purpose: UserTokenPurpose) {
  const row = await findUsableUserToken(db, token, purpose);
  const claimed = await db.userToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1)
    throw new UserError("This link has already been used. Request a new one.");
  return row.userId;
}
