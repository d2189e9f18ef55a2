import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const state = vi.hoisted(() => {
  // The secret box derives its key from AUTH_SECRET, which the test runner does not set.
  process.env.AUTH_SECRET ??= "integration-tests-two-factor-secret";
  return {
    user: null as null | {
      id: string;
      email: string;
      name: string | null;
      emailVerified: Date | null;
    },
  };
});

// The signed-in person of the "request" the gates see; next-auth's session cookie has no place
// in this runner, so the user it would resolve is set by each test.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import {
  confirmTwoFactorEnrolment,
  startTwoFactorEnrolment,
} from "@/lib/auth/two-factor/enrolment";
import {
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
} from "@/lib/auth/two-factor/manage";
import { verifySecondFactor } from "@/lib/auth/two-factor/second-factor";
import { openTotpSecret } from "@/lib/auth/two-factor/secret-box";
import { totpCode } from "@/lib/auth/two-factor/totp";
import { getOrgContext, getTwoFactorSetupOwed } from "@/lib/organizations/active-organization";
import { PASSWORD, addMember, builtInRole, signUpOwner, userError } from "./support/factories";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  state.user = null;
});

const STEP = 30_000;

/** Enrols a user the way the settings screens do, returning the secret their app would hold. */
async function enrol(userId: string, at = new Date()) {
  const { secret } = await startTwoFactorEnrolment(userId);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(
    userId,
    totpCode(secret, at.getTime()),
    at,
  );
  return { secret, recoveryCodes };
}

function signedInAs(user: {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
}) {
  state.user = {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: user.emailVerified,
  };
}

describe("enrolment", () => {
  it("stores the secret encrypted and turns two-factor on only once a code from it is confirmed", async () => {
    const owner = await signUpOwner();
    const { secret, qrDataUrl, uri } = await startTwoFactorEnrolment(owner.userId);
    expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(uri).toContain(`secret=${secret}`);

    let user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(user.totpEnabledAt).toBeNull();
    expect(user.totpSecret).not.toContain(secret);
    expect(openTotpSecret(user.totpSecret!)).toBe(secret);

    const now = new Date();
    const wrong = totpCode(secret, now.getTime() + 5 * STEP);
    const refused = await userError(confirmTwoFactorEnrolment(owner.userId, wrong, now), "invalid");
    expect(refused.options.fieldErrors?.code?.[0]).toMatch(/didn't match/);
    expect((await getTwoFactorStatus(owner.userId)).enabledAt).toBeNull();

    const { recoveryCodes } = await confirmTwoFactorEnrolment(
      owner.userId,
      totpCode(secret, now.getTime()),
      now,
    );
    expect(recoveryCodes).toHaveLength(10);
    user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(user.totpEnabledAt).toEqual(now);

    const stored = await db.recoveryCode.findMany({ where: { userId: owner.userId } });
    expect(stored).toHaveLength(10);
    const hashes = stored.map((r) => r.codeHash);
    for (const code of recoveryCodes) {
      expect(hashes.some((h) => h.includes(code.replaceAll("-", "")))).toBe(false);
    }
    await expect(getTwoFactorStatus(owner.userId)).resolves.toEqual({
      enabledAt: now,
      recoveryCodesLeft: 10,
    });

    // Starting again once it is on is refused: it would swap the secret behind the app's back.
    await userError(startTwoFactorEnrolment(owner.userId), "conflict");
  });

  it("never accepts the same app code twice, nor an older one", async () => {
    const owner = await signUpOwner();
    const start = new Date();
    const { secret } = await enrol(owner.userId, start);
    const t = start.getTime();

    // The code used to confirm enrolment is spent.
    await userError(
      verifySecondFactor(owner.userId, totpCode(secret, t), new Date(t + 1000)),
      "invalid",
    );
    await expect(
      verifySecondFactor(owner.userId, totpCode(secret, t + STEP), new Date(t + STEP)),
    ).resolves.toBe("totp");
    // Replayed while still inside its window, and the step before it: both refused.
    await userError(
      verifySecondFactor(owner.userId, totpCode(secret, t + STEP), new Date(t + STEP + 5000)),
      "invalid",
    );
    await userError(
      verifySecondFactor(owner.userId, totpCode(secret, t), new Date(t + STEP + 5000)),
      "invalid",
    );
    // Two requests racing with one fresh code: exactly one wins.
    const next = totpCode(secret, t + 2 * STEP);
    const results = await Promise.allSettled([
      verifySecondFactor(owner.userId, next, new Date(t + 2 * STEP)),
      verifySecondFactor(owner.userId, next, new Date(t + 2 * STEP)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("recovery codes", () => {
  it("each work once, and new ones retire the old", async () => {
    const owner = await signUpOwner();
    const { secret, recoveryCodes } = await enrol(owner.userId);
    const [first, second] = recoveryCodes;

    await expect(verifySecondFactor(owner.userId, first!.toUpperCase())).resolves.toBe(
      "recovery-code",
    );
    await userError(verifySecondFactor(owner.userId, first!), "invalid");
    expect((await getTwoFactorStatus(owner.userId)).recoveryCodesLeft).toBe(9);

    // Replacing them needs proof: a wrong password is refused and nothing changes.
    const refused = await userError(
      regenerateRecoveryCodes(owner.userId, "not my password"),
      "invalid",
    );
    expect(refused.options.fieldErrors?.proof).toBeDefined();
    const fresh = await regenerateRecoveryCodes(owner.userId, totpCode(secret, Date.now() + STEP));
    expect(fresh).toHaveLength(10);
    await userError(verifySecondFactor(owner.userId, second!), "invalid");
    await expect(verifySecondFactor(owner.userId, fresh[0]!)).resolves.toBe("recovery-code");
  });

  it("do nothing for someone without two-factor", async () => {
    const owner = await signUpOwner();
    await userError(verifySecondFactor(owner.userId, "123456"), "invalid");
    await userError(verifySecondFactor(owner.userId, "abcd-efgh-jkmn"), "invalid");
  });
});

describe("wrong codes", () => {
  it(
    "are limited per user: after ten, even the right code waits",
    { timeout: 60_000 },
    async () => {
      const owner = await signUpOwner();
      const { secret } = await enrol(owner.userId, new Date(Date.now() - 3 * STEP));
      for (let i = 0; i < 10; i++) {
        await userError(verifySecondFactor(owner.userId, "000000"), "invalid");
      }
      const limited = await userError(
        verifySecondFactor(owner.userId, totpCode(secret, Date.now())),
        "rate_limited",
      );
      expect(limited.message).toMatch(/Too many wrong codes/);
    },
  );
});

describe("turning two-factor off", () => {
  it("needs the password or a current code, and forgets the secret and codes", async () => {
    const owner = await signUpOwner();
    await enrol(owner.userId);
    await userError(disableTwoFactor(owner.userId, "wrong password"), "invalid");
    await disableTwoFactor(owner.userId, PASSWORD);
    const user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await db.recoveryCode.count({ where: { userId: owner.userId } })).toBe(0);
  });
});

describe("a role that requires two-factor", () => {
  const viewCatalog = defineAction({
    permission: "catalog.view",
    input: z.object({}),
    audit: false,
    handler: async (_input, ctx) => ctx.org.id,
  });

  it("keeps its members without two-factor out of the organisation until they set it up", async () => {
    const owner = await signUpOwner({ organizationName: "Corner Hardware" });
    const manager = await builtInRole(owner.orgId, "manager");
    const member = await addMember(owner, [manager.id], "Mia Manager");
    signedInAs(member.user);

    await expect(viewCatalog({})).resolves.toEqual({ ok: true, data: owner.orgId });

    await db.role.update({ where: { id: manager.id }, data: { requireTwoFactor: true } });
    await expect(getOrgContext()).resolves.toBeNull();
    await expect(getTwoFactorSetupOwed()).resolves.toEqual({
      org: { id: owner.orgId, name: "Corner Hardware" },
      roleNames: [manager.name],
    });
    const refused = await viewCatalog({});
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(!refused.ok && refused.error).toMatch(/Corner Hardware requires two-factor sign-in/);

    // Turning it off is refused while the role requires it.
    await enrol(member.user.id);
    await expect(getTwoFactorSetupOwed()).resolves.toBeNull();
    await expect(getOrgContext()).resolves.toMatchObject({ org: { id: owner.orgId } });
    await expect(viewCatalog({})).resolves.toEqual({ ok: true, data: owner.orgId });
    const kept = await userError(disableTwoFactor(member.user.id, PASSWORD), "forbidden");
    expect(kept.message).toMatch(/Corner Hardware requires two-factor sign-in/);
  });

  it("leaves members with other roles alone", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    await db.role.update({ where: { id: manager.id }, data: { requireTwoFactor: true } });
    signedInAs(owner.user);
    await expect(getTwoFactorSetupOwed()).resolves.toBeNull();
    await expect(getOrgContext()).resolves.toMatchObject({ org: { id: owner.orgId } });
  });
});
