import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";
import { emailMessageSchema, templateNames, templates, type TemplateName } from "./templates";

describe("renderEmail", () => {
  it.each(templateNames)("renders %s from its PreviewProps", async (name: TemplateName) => {
    const props = templates[name].component.PreviewProps;
    const email = await renderEmail(name, props as never);

    expect(email.subject).toBe(templates[name].subject(props as never));
    expect(email.subject.length).toBeGreaterThan(0);
    expect(email.html).toMatch(/^<!DOCTYPE html/i);
    expect(email.html).toContain("Backroom");
    expect(email.html).toContain(`href="${escapeAttribute(props.url)}"`);
    expect(email.text.trim().length).toBeGreaterThan(0);
    expect(email.text).toContain(props.url);
    // The fallback link is for HTML clients only; text carries the link once.
    expect(email.text.split(props.url)).toHaveLength(2);
    expect(email.html).not.toContain("undefined");
    expect(email.text).not.toContain("undefined");
  });

  it("greets by name only when there is one", async () => {
    const props = { url: "https://example.com/verify?token=t", expiresInHours: 1 };
    expect((await renderEmail("verify-email", { ...props, name: "Priya" })).text).toContain(
      "Hi Priya,",
    );
    const anonymous = await renderEmail("verify-email", props);
    expect(anonymous.text).toContain("Hi there,");
    expect(anonymous.text).toContain("expires in 1 hour.");
  });

  it("lists every role on an invitation and puts the inviter in the subject", async () => {
    const email = await renderEmail("invitation", {
      url: "https://example.com/invite/t",
      orgName: "Fern & Co",
      inviterName: "Dana",
      roleNames: ["Buyer", "Cashier", "Manager"],
      expiresInDays: 3,
    });
    expect(email.subject).toBe("Dana invited you to Fern & Co on Backroom");
    expect(email.text).toContain("You'll join as Buyer, Cashier, and Manager.");
  });
});

describe("emailMessageSchema", () => {
  it("accepts every template's PreviewProps", () => {
    for (const template of templateNames) {
      const message = {
        to: "alex@example.com",
        template,
        props: templates[template].component.PreviewProps,
      };
      expect(emailMessageSchema.safeParse(message).success).toBe(true);
    }
  });

  it("rejects unknown templates, bad addresses and props that don't fit the template", () => {
    const props = templates["magic-link"].component.PreviewProps;
    expect(
      emailMessageSchema.safeParse({ to: "alex@example.com", template: "welcome", props }).success,
    ).toBe(false);
    expect(
      emailMessageSchema.safeParse({ to: "not-an-email", template: "magic-link", props }).success,
    ).toBe(false);
    expect(
      emailMessageSchema.safeParse({ to: "alex@example.com", template: "invitation", props })
        .success,
    ).toBe(false);
  });
});

function escapeAttribute(value: string) {
  return value.replaceAll("&", "&amp;");
}
