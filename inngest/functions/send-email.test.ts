import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { sendEmail } from "@/lib/email/mailer";
import { sendEmailFunction } from "./send-email";

// The email transport is the boundary here: this test is about the Inngest adapter.
vi.mock("@/lib/email/mailer", () => ({
  sendEmail: vi.fn(async () => ({ id: "email_1" })),
}));

const message = {
  to: "alex@example.com",
  template: "magic-link",
  props: {
    url: "https://backroom.example/api/auth/callback/email?token=t",
    email: "alex@example.com",
    expiresInMinutes: 15,
  },
} as const;

function engineFor(data: Record<string, unknown>) {
  return new InngestTestEngine({
    function: sendEmailFunction,
    events: [{ name: "backroom/send-email", data }],
  });
}

/** The SDK logs the failures these tests provoke on purpose. */
function quietInngestErrorLog() {
  vi.spyOn(console, "error").mockImplementation(() => {});
}

describe("send-email Inngest function", () => {
  beforeEach(() => {
    vi.mocked(sendEmail).mockClear();
    vi.restoreAllMocks();
  });

  it("sends the validated message in the send step, keyed by the run id", async () => {
    const { result, error, ctx } = await engineFor({
      ...message,
      ignored: "dropped by the schema",
    }).execute();

    expect(error).toBeUndefined();
    expect(result).toBeNull();
    expect(ctx.step.run).toHaveBeenCalledWith("send", expect.any(Function));
    expect(sendEmail).toHaveBeenCalledTimes(1);
    // The test engine mints a run id per execution, so only the key's shape is checkable here.
    expect(sendEmail).toHaveBeenCalledWith({
      ...message,
      idempotencyKey: expect.stringMatching(/^send-email\/\w+$/),
    });
  });

  it("runs the send step on its own", async () => {
    const { error } = await engineFor(message).executeStep("send");

    expect(error).toBeUndefined();
    expect(sendEmail).toHaveBeenCalledTimes(1);
  });

  it("fails without retrying and sends nothing when the payload is invalid", async () => {
    quietInngestErrorLog();
    const { error, ctx } = await engineFor({ ...message, to: "not-an-email" }).execute();

    expect(error).toMatchObject({ name: "NonRetriableError" });
    expect(String((error as { message?: unknown }).message)).toContain(
      'Invalid payload for job "send-email"',
    );
    expect(ctx.step.run).not.toHaveBeenCalled();
    expect(sendEmail).not.toHaveBeenCalled();
  });

  it("surfaces a transport failure so Inngest retries the step", async () => {
    quietInngestErrorLog();
    vi.mocked(sendEmail).mockRejectedValueOnce(new Error("Resend did not accept the email"));

    const { error } = await engineFor(message).execute();

    expect(error).toMatchObject({ message: "Resend did not accept the email" });
  });

  it("is configured from the job definition", () => {
    expect(sendEmailFunction.opts).toMatchObject({
      id: "send-email",
      retries: 4,
      triggers: [{ event: "backroom/send-email" }],
    });
  });
});
