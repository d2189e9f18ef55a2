import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeResend, type FakeResend } from "../support/fake-resend";

// lib/env reads process.env once, at import: each mode sets the environment, resets
// the module registry and imports the mailer afresh.
async function importMailer(envOverrides: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(envOverrides)) {
    if (!(key in savedEnv)) savedEnv[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.resetModules();
  const [{ sendEmail }, { db }, { getOutboxEmail, listOutbox }] = await Promise.all([
    import("@/lib/email/mailer"),
    import("@/lib/db"),
    import("@/lib/email/outbox"),
  ]);
  return { sendEmail, db, getOutboxEmail, listOutbox };
}

const savedEnv: Record<string, string | undefined> = {};
afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const magicLink = {
  url: "http://localhost:3000/api/auth/callback/email?token=abc123&email=sam%40example.com",
  email: "sam@example.com",
  expiresInMinutes: 15,
};

describe("sendEmail through Resend", () => {
  let fake: FakeResend;

  beforeAll(async () => {
    fake = await startFakeResend();
  });
  afterEach(() => fake.clear());
  afterAll(() => fake.stop());

  const resendEnv = () => ({
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: fake.url,
    EMAIL_FROM: "Backroom <hello@backroom.test>",
  });

  it("posts the rendered email to Resend with the real SDK", async () => {
    const { sendEmail } = await importMailer(resendEnv());

    const { id } = await sendEmail({
      to: "sam@example.com",
      template: "magic-link",
      props: magicLink,
    });

    const [sent, ...rest] = fake.emails();
    expect(rest).toHaveLength(0);
    expect(sent).toMatchObject({
      id,
      from: "Backroom <hello@backroom.test>",
      to: ["sam@example.com"],
      subject: "Your Backroom sign-in link",
    });
    expect(sent?.html).toContain(`href="${magicLink.url.replaceAll("&", "&amp;")}"`);
    expect(sent?.text).toContain(magicLink.url);
  });

  it("sends once per idempotency key", async () => {
    const { sendEmail } = await importMailer(resendEnv());
    const message = {
      to: "sam@example.com",
      template: "magic-link" as const,
      props: magicLink,
      idempotencyKey: "job-42",
    };

    const first = await sendEmail(message);
    const second = await sendEmail(message);

    expect(second.id).toBe(first.id);
    expect(fake.emails()).toHaveLength(1);
  });

  it("throws when Resend refuses, so the job is retried", async () => {
    const { sendEmail } = await importMailer(resendEnv());
    fake.failNext({ statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" });

    await expect(
      sendEmail({ to: "sam@example.com", template: "magic-link", props: magicLink }),
    ).rejects.toThrow(
      /Resend did not accept the "magic-link" email to sam@example\.com.*rate_limit_exceeded/,
    );
    expect(fake.emails()).toHaveLength(0);
  });
});

describe("sendEmail without Resend", () => {
  it("keeps the email in the outbox and logs the link", async () => {
    const { sendEmail, db, getOutboxEmail, listOutbox } = await importMailer({
      RESEND_API_KEY: undefined,
      RESEND_BASE_URL: undefined,
    });
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const to = `outbox-${Date.now()}@example.com`;

    try {
      const { id } = await sendEmail({
        to,
        template: "invitation",
        props: {
          url: "http://localhost:3000/invite/tok_1",
          orgName: "Corner Hardware",
          inviterName: "Sam Rivera",
          roleNames: ["Manager"],
          expiresInDays: 7,
        },
      });

      const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        to,
        template: "invitation",
        subject: "Sam Rivera invited you to Corner Hardware on Backroom",
      });
      expect(row.html).toContain('href="http://localhost:3000/invite/tok_1"');
      expect(row.text).toContain("http://localhost:3000/invite/tok_1");
      expect(log).toHaveBeenCalledWith(expect.stringContaining(to));
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining("http://localhost:3000/invite/tok_1"),
      );

      expect(await getOutboxEmail({ id, to })).toMatchObject({ id, to, html: row.html });
      // Sign-in links sit in the outbox: nobody reads mail addressed to someone else.
      expect(await getOutboxEmail({ id, to: `other-${to}` })).toBeNull();
      expect(await listOutbox({ to: `other-${to}` })).toEqual([]);
      expect(await listOutbox({ to: to.toUpperCase(), limit: 10 })).toEqual([
        { id, to, subject: row.subject, template: "invitation", createdAt: row.createdAt },
      ]);
    } finally {
      log.mockRestore();
    }
  });

  it("logs magic links with their query string intact", async () => {
    const { sendEmail } = await importMailer({ RESEND_API_KEY: undefined });
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await sendEmail({ to: "sam@example.com", template: "magic-link", props: magicLink });
      expect(log).toHaveBeenCalledWith(expect.stringContaining(magicLink.url));
    } finally {
      log.mockRestore();
    }
  });
});
