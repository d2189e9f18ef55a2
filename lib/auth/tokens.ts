import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random token; only its hash is ever stored. */
export function createToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}
