import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const state = vi.hoisted(() => {
  // The secret box derives its key from AUTH_SECRET, which the test runner does not set.
  process.env.AUTH_SECRET ??= "integration-tests-two-factor-secret";
  return { sessionToken: null as string | null };
});

// The browser of each test "holds a cookie" naming state.sessionToken: Auth.js's JWT reading is
// replaced by a lookup of that real Session row, so everything from the row on (pending second
// factor, current user, organisation context, gates) runs as in production.
vi.mock("@/lib/auth/sessions/jwt-session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/sessions/jwt-session")>();
  const { findLiveSession } = await import("@/lib/auth/sessions/store");
  return {
    ...original,
    readWithSessionRow: async () => {
      const row = state.sessionToken ? await findLiveSession(state.sessionToken) : null;
      return { value: row ? { user: { id: row.userId } } : null, row };
    },
  };
});
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
import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { secondFactorOwed } from "@/lib/auth/sessions/second-factor-owed";
import { createSession } from "@/lib/auth/sessions/store";
import { completeTwoFactorSignIn } from "@/lib/auth/two-factor/complete-sign-in";
import { getTwoFactorHold } from "@/lib/auth/two-factor/gate";
import { getOrgContext, getTwoFactorSetupOwed } from "@/lib/organizations/active-organization";
import {
  PASSWORD,
  addMember,
  builtInRole,
  queuedEmails,
  signUpOwner,
  userError,
} from "./support/factories";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  state.sessionToken = null;
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

/** Signs in as a sign-in would: a new session, owing a second factor if the user has one on. */
async function signedInAs(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const row = await createSession({
    userId,
    twoFactorPending: secondFactorOwed(user),
    origin: { userAgent: "vitest", ip: null },
  });
  state.sessionToken = row.sessionToken;
  return row.sessionToken;
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
    expect(refused.message).toMatch(/didn't match/);
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

    const notices = (await queuedEmails(owner.email)).filter(
      (e) => e.template === "two-factor-changed",
    );
    expect(notices.map((e) => e.props.change)).toEqual(["enabled"]);

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
    expect(refused.message).toMatch(/neither the current code .* nor your password/);
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
    const notices = (await queuedEmails(owner.email)).filter(
      (e) => e.template === "two-factor-changed",
    );
    expect(notices.map((e) => e.props.change)).toEqual(["enabled", "disabled"]);
  });
});

describe("signing in with two-factor on", () => {
  const viewCatalog = defineAction({
    permission: "catalog.view",
    input: z.object({}),
    audit: false,
    handler: async (_input, ctx) => ctx.org.id,
  });

  it("leaves the session pending, outside every organisation, until a code completes it", async () => {
    const owner = await signUpOwner();
    const { secret } = await enrol(owner.userId, new Date(Date.now() - 2 * STEP));
    const token = await signedInAs(owner.userId);

    expect((await getCurrentSession())?.session.twoFactorPending).toBe(true);
    await expect(getCurrentUser()).resolves.toBeNull();
    await expect(getOrgContext()).resolves.toBeNull();
    await expect(getTwoFactorHold()).resolves.toMatchObject({ path: "/two-factor" });
    const refused = await viewCatalog({});
    expect(refused).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(!refused.ok && refused.error).toMatch(/Finish signing in/);

    // A wrong code changes nothing; the right one completes this session only.
    await userError(completeTwoFactorSignIn(token, "000000"), "invalid");
    await expect(getOrgContext()).resolves.toBeNull();
    const other = await signedInAs(owner.userId);
    await expect(completeTwoFactorSignIn(token, totpCode(secret, Date.now()))).resolves.toBe(
      "totp",
    );
    const rows = await db.session.findMany({
      where: { sessionToken: { in: [token, other] } },
      select: { sessionToken: true, twoFactorPending: true },
    });
    expect(Object.fromEntries(rows.map((r) => [r.sessionToken, r.twoFactorPending]))).toEqual({
      [token]: false,
      [other]: true,
    });

    state.sessionToken = token;
    await expect(getCurrentUser()).resolves.toMatchObject({ id: owner.userId });
    await expect(getOrgContext()).resolves.toMatchObject({ org: { id: owner.orgId } });
    await expect(getTwoFactorHold()).resolves.toBeNull();
    await expect(viewCatalog({})).resolves.toEqual({ ok: true, data: owner.orgId });
    // A completed session has nothing left to complete.
    await userError(completeTwoFactorSignIn(token, "123456"), "conflict");
  });

  it("accepts a recovery code instead, and a signed-out session can complete nothing", async () => {
    const owner = await signUpOwner();
    const { recoveryCodes } = await enrol(owner.userId);
    const token = await signedInAs(owner.userId);
    await expect(completeTwoFactorSignIn(token, recoveryCodes[3]!)).resolves.toBe("recovery-code");
    await expect(getCurrentUser()).resolves.toMatchObject({ id: owner.userId });

    const ended = await signedInAs(owner.userId);
    await db.session.delete({ where: { sessionToken: ended } });
    await userError(completeTwoFactorSignIn(ended, recoveryCodes[4]!), "unauthenticated");
    // The refused attempt did not spend the code.
    const next = await signedInAs(owner.userId);
    await expect(completeTwoFactorSignIn(next, recoveryCodes[4]!)).resolves.toBe("recovery-code");
  });

  it("is not asked of users without two-factor", async () => {
    const owner = await signUpOwner();
    await signedInAs(owner.userId);
    expect((await getCurrentSession())?.session.twoFactorPending).toBe(false);
    await expect(getOrgContext()).resolves.toMatchObject({ org: { id: owner.orgId } });
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
    await signedInAs(member.user.id);

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
    await signedInAs(owner.userId);
    await expect(getTwoFactorSetupOwed()).resolves.toBeNull();
    await expect(getOrgContext()).resolves.toMatchObject({ org: { id: owner.orgId } });
  });
});
