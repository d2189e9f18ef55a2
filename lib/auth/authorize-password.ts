import "server-only";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/http/client-ip";
import { decoyHash, verifyPassword } from "./password";
import {
  checkPasswordAttempt,
  clearPasswordFailuresFrom,
  recordPasswordFailure,
} from "./rate-limit";
import { signInSchema } from "./schemas";

/**
 * Checks an email and password. Returns the user, or null for any mismatch:
 * an unknown email and a wrong password take the same time and give the same answer.
 * Throws the rate limiter's UserError, before any hashing, when this client has tried too often.
 */
export async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const client = { email, ip: clientIpFrom(request.headers) };

  await checkPasswordAttempt(client);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user?.passwordHash || !valid) {
    await recordPasswordFailure(client);
    return null;
  }

  await clearPasswordFailuresFrom(client);
  return { id: user.id, email: user.email, name: user.name };
}
