import { afterAll, describe, expect, it } from "vitest";
import { authorizeWithPassword } from "@/lib/auth/authorize-password";
import { magicLinkProvider, MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/magic-link";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { consumeMailRequest, passwordFailureDelayMs } from "@/lib/auth/rate-limit";
import { signUpSchema } from "@/lib/auth/schemas";
import { completeSignUp, requestSignUp } from "@/lib/auth/sign-up";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { deliverAccountEmails } from "./support/account-emails";
import {
  PASSWORD,
  queuedEmails,
  requestFrom,
  signUpOwner,
  tokenFromEmail,
  uniqueEmail,
  uniqueIp,
  userError,
} from "./support/factories";

// scrypt costs ~100 ms per hash alone and several times that on a busy machine.
const SLOW = { timeout: 120_000 };

afterAll(async () => {
  await db.$disconnect();
});

async function wrongPasswords(email: string, ip: string, count: number) {
  for (let attempt = 1; attempt <= count; attempt++) {
    await expect(
      authorizeWithPassword({ email, password: `wrong password ${attempt}` }, requestFrom(ip)),
    ).resolves.toBeNull();
  }
}

function signUpInput(email: string, organizationName = "Limits Lane") {
  return signUpSchema.parse({ name: "Lou Limits", organizationName, email, password: PASSWORD });
}

/** Account-email jobs still waiting to run for an address (reset requests and sign-ups). */
async function waitingJobs(email: string) {
  const pending = await db.pendingSignUp.findMany({ where: { email }, select: { id: true } });
  const jobs = await db.jobRun.findMany({ where: { jobId: "account-email", status: "QUEUED" } });
  const payloads = jobs.map((j) => j.payload as { email?: string; pendingSignUpId?: string });
  return {
    resets: payloads.filter((p) => p.email === email).length,
    signUps: payloads.filter((p) => pending.some((row) => row.id === p.pendingSignUpId)).length,
  };
}

describe("a stranger's wrong passwords", SLOW, () => {
  it("block the stranger's client, not the owner signing in from their own", async () => {
    const owner = await signUpOwner();
    const stranger = uniqueIp();
    await wrongPasswords(owner.email, stranger, 5);
    await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(stranger)),
      "rate_limited",
    );

    const home = uniqueIp();
    await expect(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(home)),
    ).resolves.toMatchObject({ id: owner.userId });
    // Still blocked where the guesses came from.
    await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(stranger)),
      "rate_limited",
    );
  });

  it("leave the owner's email link and reset requests alone, even from the same network", async () => {
    const owner = await signUpOwner();
    const ip = uniqueIp();
    await wrongPasswords(owner.email, ip, 5);
    await expect(
      consumeMailRequest({ purpose: "magic-link", email: owner.email, ip }),
    ).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: owner.email, ip })).resolves.toBeUndefined();
    await deliverAccountEmails();
    expect(
      (await queuedEmails(owner.email)).filter((e) => e.template === "reset-password"),
    ).toHaveLength(1);
  });

  it("are forgotten once the owner proves the address with a reset link", async () => {
    const owner = await signUpOwner();
    const ip = uniqueIp();
    await wrongPasswords(owner.email, ip, 5);
    await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(ip)),
      "rate_limited",
    );

    await requestPasswordReset({ email: owner.email, ip });
    await deliverAccountEmails();
    const [mail] = (await queuedEmails(owner.email)).filter((e) => e.template === "reset-password");
    await resetPassword({ token: tokenFromEmail(mail!), password: "a fresh long passphrase", ip });

    await expect(
      authorizeWithPassword(
        { email: owner.email, password: "a fresh long passphrase" },
        requestFrom(ip),
      ),
    ).resolves.toMatchObject({ id: owner.userId });
  });

  it("slow the answers down after the first two typos", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(passwordFailureDelayMs)).toEqual([
      0, 0, 250, 500, 1000, 2000, 2000,
    ]);
  });
});

describe("email requests", SLOW, () => {
  it("are limited per address and purpose, whether or not the address has an account", async () => {
    for (const email of [(await signUpOwner()).email, uniqueEmail("ghost")]) {
      for (let attempt = 1; attempt <= 5; attempt++) {
        await requestPasswordReset({ email, ip: uniqueIp() });
      }
      const error = await userError(
        requestPasswordReset({ email, ip: uniqueIp() }),
        "rate_limited",
      );
      expect(error.message).toMatch(/^We've sent several emails to this address already\./);
      // Sign-in links have a budget of their own.
      await expect(
        consumeMailRequest({ purpose: "magic-link", email, ip: uniqueIp() }),
      ).resolves.toBeUndefined();
    }
  });
});

describe("sign-up and forgot-password answer alike", SLOW, () => {
  it("sign-up: the same answer and one email, for a new address and for one with an account", async () => {
    const owner = await signUpOwner();
    const fresh = uniqueEmail("fresh");

    const answers = [
      await requestSignUp(signUpInput(fresh), { ip: uniqueIp() }),
      await requestSignUp(signUpInput(owner.email), { ip: uniqueIp() }),
    ];
    expect(answers[0]).toEqual(answers[1]);
    // The requests did the same: one queued job each, which decides what to send.
    expect(await waitingJobs(fresh)).toEqual({ resets: 0, signUps: 1 });
    expect(await waitingJobs(owner.email)).toEqual({ resets: 0, signUps: 1 });

    await deliverAccountEmails();
    const freshEmails = await queuedEmails(fresh);
    const ownerEmails = (await queuedEmails(owner.email)).filter(
      (e) => e.template === "sign-up-attempt",
    );
    expect(freshEmails.map((e) => e.template)).toEqual(["confirm-sign-up"]);
    expect(ownerEmails).toHaveLength(1);
    expect(await db.user.count({ where: { email: fresh } })).toBe(0);
  });

  it("forgot-password: the same answer and one email, for a known and an unknown address", async () => {
    const owner = await signUpOwner();
    const ghost = uniqueEmail("ghost");
    const known = await requestPasswordReset({ email: owner.email, ip: uniqueIp() });
    const unknown = await requestPasswordReset({ email: ghost, ip: uniqueIp() });
    expect(known).toEqual(unknown);
    expect(await waitingJobs(owner.email)).toEqual({ resets: 1, signUps: 0 });
    expect(await waitingJobs(ghost)).toEqual({ resets: 1, signUps: 0 });

    await deliverAccountEmails();
    expect(
      (await queuedEmails(owner.email)).filter((e) => e.template !== "confirm-sign-up"),
    ).toMatchObject([{ template: "reset-password" }]);
    expect(await queuedEmails(ghost)).toMatchObject([{ template: "reset-no-account" }]);
  });
});

describe("sign-up confirmation", SLOW, () => {
  it("works once, and only for the newest sign-up of an address", async () => {
    const email = uniqueEmail("twice");
    await requestSignUp(signUpInput(email, "First Try"), { ip: null });
    await deliverAccountEmails();
    await requestSignUp(signUpInput(email, "Second Try"), { ip: null });
    await deliverAccountEmails();
    const [first, second] = await queuedEmails(email);
    expect(second!.props.organizationName).toBe("Second Try");

    const older = await userError(completeSignUp(tokenFromEmail(first!), { ip: null }));
    expect(older.message).toBe("This link has already been used. Sign in, or sign up again.");

    const { userId, orgId } = await completeSignUp(tokenFromEmail(second!), { ip: null });
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org.name).toBe("Second Try");
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailVerified).toBeInstanceOf(Date);

    await userError(completeSignUp(tokenFromEmail(second!), { ip: null }));
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(
      await db.organization.count({ where: { name: { in: ["First Try", "Second Try"] } } }),
    ).toBe(1);
  });

  it("refuses an expired link and creates nothing", async () => {
    const email = uniqueEmail("late");
    await requestSignUp(signUpInput(email), { ip: null });
    await deliverAccountEmails();
    const token = tokenFromEmail((await queuedEmails(email))[0]!);
    await db.pendingSignUp.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const error = await userError(completeSignUp(token, { ip: null }));
    expect(error.message).toBe("This link has expired. Sign up again to get a new one.");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("is refused, like every form, once the client's IP is over its limit — before any hashing", async () => {
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 30; attempt++) {
      await requestPasswordReset({ email: uniqueEmail("spray"), ip });
    }
    const email = uniqueEmail("flood");
    await userError(requestSignUp(signUpInput(email), { ip }), "rate_limited");
    expect(await db.pendingSignUp.count({ where: { email } })).toBe(0);
    await userError(completeSignUp("a-made-up-token-of-some-length", { ip }), "rate_limited");
    await userError(
      resetPassword({ token: "a-made-up-token-of-some-length", password: PASSWORD, ip }),
      "rate_limited",
    );
  });
});

describe("sign-in links", () => {
  it("a new link retires the older ones for the address", async () => {
    const email = uniqueEmail("links");
    // What Auth.js does for each request: store the hashed token, and ask for it to be sent.
    async function issue(token: string, ageMs: number) {
      const expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_SECONDS * 1000 - ageMs);
      await db.verificationToken.create({ data: { identifier: email, token, expires } });
      await magicLinkProvider.sendVerificationRequest({
        identifier: email,
        url: `http://localhost/api/auth/callback/email?token=${token}`,
        expires,
        token,
        provider: magicLinkProvider as never,
        theme: {},
        request: new Request("http://localhost"),
      });
    }
    await issue("older-link", 60_000);
    await issue("newer-link", 0);
    const left = await db.verificationToken.findMany({ where: { identifier: email } });
    expect(left.map((t) => t.token)).toEqual(["newer-link"]);
  });

  it("are requested alike for every address, and emailed only to accounts", SLOW, async () => {
    const owner = await signUpOwner();
    const ghost = uniqueEmail("ghost");
    for (const email of [owner.email, ghost]) {
      await magicLinkProvider.sendVerificationRequest({
        identifier: email,
        url: "http://localhost/api/auth/callback/email?token=t",
        expires: new Date(Date.now() + 60_000),
        token: "t",
        provider: magicLinkProvider as never,
        theme: {},
        request: new Request("http://localhost"),
      });
    }
    const queued = await db.jobRun.findMany({
      where: {
        jobId: "account-email",
        status: "QUEUED",
        payload: { path: ["kind"], equals: "magic-link" },
      },
    });
    expect(queued.map((j) => (j.payload as { email: string }).email).sort()).toEqual(
      [owner.email, ghost].sort(),
    );

    await deliverAccountEmails();
    expect(
      (await queuedEmails(owner.email)).filter((e) => e.template === "magic-link"),
    ).toHaveLength(1);
    expect(await queuedEmails(ghost)).toEqual([]);
  });
});
