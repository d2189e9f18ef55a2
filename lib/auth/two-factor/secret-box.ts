import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = "v1";
const IV_BYTES = 12;

/**
 * A 256-bit key derived (HKDF-SHA-256) from AUTH_SECRET for one purpose; `purpose` binds it to
 * that use, so no two uses of AUTH_SECRET ever share a key.
 */
export function deriveTwoFactorKey(purpose: string, authSecret = env.AUTH_SECRET): Buffer {
  if (!authSecret) {
    // Auth.js refuses to run without it too; a fixed fallback key would protect nothing.
    throw new Error("AUTH_SECRET is not set: two-factor secrets cannot be protected.");
  }
  return Buffer.from(hkdfSync("sha256", authSecret, Buffer.alloc(0), `backroom ${purpose}`, 32));
}

const keyFrom = (authSecret: string | undefined) =>
  deriveTwoFactorKey("two-factor secret v1", authSecret);

/**
 * Encrypts a TOTP secret for storage with AES-256-GCM under a key derived (HKDF-SHA-256) from
 * AUTH_SECRET. A database dump alone therefore cannot produce anyone's codes.
 * Stored as `v1.<iv>.<ciphertext>.<tag>` (base64url).
 */
export function sealTotpSecret(plain: string, authSecret = env.AUTH_SECRET): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv, ciphertext, tag]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The stored secret in plain text; throws when it was tampered with or sealed under another key. */
export function openTotpSecret(sealed: string, authSecret = env.AUTH_SECRET): string {
  const [version, iv, ciphertext, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !ciphertext || !tag) {
    throw new Error("Unrecognised two-factor secret format.");
  }
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFrom(authSecret),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}
