import "server-only";
import { createHmac, randomInt } from "node:crypto";
import { deriveTwoFactorKey } from "./secret-box";

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: codes are read off paper and typed by hand. */
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Ten new codes as shown to the person, e.g. `k3x9-a7bq-2mzt` (~59 bits each). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
    ).join("-"),
  );
}

/** What was typed, without case, spaces or dashes; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]+/g, "");
  if (compact.length !== GROUPS * GROUP_LENGTH) return null;
  return [...compact].every((c) => ALPHABET.includes(c)) ? compact : null;
}

/**
 * Keyed with a key derived from AUTH_SECRET, so a leaked table of hashes cannot be searched
 * offline without the server's secret as well.
 */
export function hashRecoveryCode(normalized: string, authSecret?: string): string {
  return createHmac("sha256", deriveTwoFactorKey("recovery codes v1", authSecret))
    .update(normalized)
    .digest("hex");
}
