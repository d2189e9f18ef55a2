import { describe, expect, it } from "vitest";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
} from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./secret-box";
import { generateTotpSecret, matchTotp, totpCode, totpStep, totpUri } from "./totp";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
// The RFC lists 8-digit values; a 6-digit code is their last six digits (RFC 4226 truncation).
const RFC_VECTORS: [seconds: number, code8: string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

const AUTH_SECRET = "unit-test-auth-secret-0123456789";

describe("TOTP (RFC 6238, SHA-1, 6 digits, 30 s)", () => {
  it.each(RFC_VECTORS)("at %i s the code is the RFC's, truncated to six digits", (s, code8) => {
    expect(totpCode(RFC_SECRET, s * 1000)).toBe(code8.slice(-6));
    expect(
      matchTotp(RFC_SECRET, code8.slice(-6), { timestampMs: s * 1000, lastUsedStep: null }),
    ).toBe(Math.floor(s / 30));
  });

  it("accepts the previous and the next step's code, and nothing further away", () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const at = (offsetSteps: number) => totpCode(RFC_SECRET, now + offsetSteps * 30_000);
    const match = (code: string) =>
      matchTotp(RFC_SECRET, code, { timestampMs: now, lastUsedStep: null });
    expect(match(at(-1))).toBe(step - 1);
    expect(match(at(0))).toBe(step);
    expect(match(at(1))).toBe(step + 1);
    expect(match(at(-2))).toBeNull();
    expect(match(at(2))).toBeNull();
  });

  it("refuses a code from a step already used, or an older one", () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const code = totpCode(RFC_SECRET, now);
    expect(matchTotp(RFC_SECRET, code, { timestampMs: now, lastUsedStep: step - 1 })).toBe(step);
    expect(matchTotp(RFC_SECRET, code, { timestampMs: now, lastUsedStep: step })).toBeNull();
    // Still inside the window 30 s later, but already used.
    expect(
      matchTotp(RFC_SECRET, code, { timestampMs: now + 30_000, lastUsedStep: step }),
    ).toBeNull();
    const previous = totpCode(RFC_SECRET, now - 30_000);
    expect(matchTotp(RFC_SECRET, previous, { timestampMs: now, lastUsedStep: step })).toBeNull();
    const next = totpCode(RFC_SECRET, now + 30_000);
    expect(matchTotp(RFC_SECRET, next, { timestampMs: now, lastUsedStep: step })).toBe(step + 1);
  });

  it("refuses anything but six digits, and takes spaces in the middle", () => {
    const now = 1_700_000_000_000;
    const code = totpCode(RFC_SECRET, now);
    const match = (c: string) => matchTotp(RFC_SECRET, c, { timestampMs: now, lastUsedStep: null });
    expect(match(`${code.slice(0, 3)} ${code.slice(3)}`)).toBe(totpStep(now));
    expect(match(code.slice(1))).toBeNull();
    expect(match(`${code}0`)).toBeNull();
    expect(match("abcdef")).toBeNull();
  });

  it("makes 160-bit secrets and an otpauth URI that authenticator apps read", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, "sam@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Backroom:sam@example.com");
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret,
      issuer: "Backroom",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });
});

describe("stored secrets (AES-256-GCM under a key derived from AUTH_SECRET)", () => {
  it("round-trips, and never stores the secret in the clear", () => {
    const secret = generateTotpSecret();
    const sealed = sealTotpSecret(secret, AUTH_SECRET);
    expect(sealed).not.toContain(secret);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openTotpSecret(sealed, AUTH_SECRET)).toBe(secret);
    // A fresh IV each time: the same secret never seals to the same text.
    expect(sealTotpSecret(secret, AUTH_SECRET)).not.toBe(sealed);
  });

  it("refuses a secret sealed under another AUTH_SECRET, or tampered with", () => {
    const sealed = sealTotpSecret(generateTotpSecret(), AUTH_SECRET);
    expect(() => openTotpSecret(sealed, "another-auth-secret-abcdefghijkl")).toThrow();
    const [v, iv, ct, tag] = sealed.split(".");
    const flipped = Buffer.from(ct!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      openTotpSecret([v, iv, flipped.toString("base64url"), tag].join("."), AUTH_SECRET),
    ).toThrow();
    expect(() => openTotpSecret("plain-text-secret", AUTH_SECRET)).toThrow();
  });

  it("will not seal without an AUTH_SECRET", () => {
    expect(() => sealTotpSecret("ABC", "")).toThrow(/AUTH_SECRET/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, typed forgivingly, hashed with the server's key", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const code = codes[0]!;
    const normalized = normalizeRecoveryCode(code)!;
    expect(normalizeRecoveryCode(` ${code.toUpperCase().replaceAll("-", " ")} `)).toBe(normalized);
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode("0000-0000-0000")).toBeNull();

    const hash = hashRecoveryCode(normalized, AUTH_SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalized);
    expect(hashRecoveryCode(normalized, "another-auth-secret-abcdefghijkl")).not.toBe(hash);
  });
});
