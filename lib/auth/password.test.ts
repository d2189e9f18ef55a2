import { beforeAll, describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password";

// Each scrypt call costs ~100 ms by design (N = 2^17), several seconds on a loaded CI box:
// one hash is shared by the tests that only read it.
describe("password hashing", { timeout: 30_000 }, () => {
  let good: string;
  beforeAll(async () => {
    good = await hashPassword("correct horse battery staple");
  }, 30_000);

  it("verifies the password it hashed", async () => {
    const stored = good;
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain("correct horse");
    await expect(verifyPassword("correct horse battery staple", stored)).resolves.toBe(true);
  });

  it("rejects a wrong password", async () => {
    const stored = good;
    await expect(verifyPassword("correct horse battery stapler", stored)).resolves.toBe(false);
    await expect(verifyPassword("", stored)).resolves.toBe(false);
    await expect(verifyPassword("Correct horse battery staple", stored)).resolves.toBe(false);
  });

  it("salts every hash, so one password hashes differently twice", async () => {
    const [a, b] = await Promise.all([
      hashPassword("same password 1"),
      hashPassword("same password 1"),
    ]);
    expect(a).not.toBe(b);
    await expect(verifyPassword("same password 1", a)).resolves.toBe(true);
    await expect(verifyPassword("same password 1", b)).resolves.toBe(true);
  });

  it("normalises Unicode, so composed and decomposed forms match", async () => {
    const stored = await hashPassword("caf\u00e9-password");
    await expect(verifyPassword("cafe\u0301-password", stored)).resolves.toBe(true);
  });

  it("returns false for malformed stored hashes", async () => {
    const [scheme, n, r, p, salt, key] = good.split("$");
    const malformed = {
      empty: "",
      plain: "correct horse battery staple",
      otherScheme: "$2b$12$abcdefghijklmnopqrstuuMNOPQRSTUVWXYZabcdefghijklmnop",
      wrongSchemeName: ["bcrypt", n, r, p, salt, key].join("$"),
      missingKey: [scheme, n, r, p, salt].join("$"),
      emptyKey: [scheme, n, r, p, salt, ""].join("$"),
      emptySalt: [scheme, n, r, p, "", key].join("$"),
    };
    for (const [name, stored] of Object.entries(malformed)) {
      await expect(verifyPassword("correct horse battery staple", stored), name).resolves.toBe(
        false,
      );
    }
  });

  it("never accepts any password against a hash whose key decodes to nothing", async () => {
    // "!!!" is not base64: it decodes to an empty buffer, and an empty scrypt output equals
    // an empty expected key, so without a length check every password would match.
    const [scheme, n, r, p, salt] = good.split("$");
    const stored = [scheme, n, r, p, salt, "!!!"].join("$");
    await expect(verifyPassword("anything at all", stored)).resolves.toBe(false);
  });

  it("rejects a truncated key", async () => {
    const parts = good.split("$");
    const stored = [...parts.slice(0, 5), parts[5]!.slice(0, 8)].join("$");
    await expect(verifyPassword("correct horse battery staple", stored)).resolves.toBe(false);
  });

  // Known bug (reported): scrypt throws on non-numeric or invalid cost parameters instead of
  // verifyPassword answering false, so sign-in would fail with a 500 rather than "wrong password".
  it("returns false when the cost parameters are not numbers", async () => {
    const [scheme, , r, p, salt, key] = good.split("$");
    await expect(
      verifyPassword("correct horse battery staple", [scheme, "abc", r, p, salt, key].join("$")),
    ).resolves.toBe(false);
  });

  it("keeps one decoy hash that matches no ordinary password", async () => {
    const decoy = await decoyHash();
    expect(await decoyHash()).toBe(decoy);
    await expect(verifyPassword("correct horse battery staple", decoy)).resolves.toBe(false);
  });
});
