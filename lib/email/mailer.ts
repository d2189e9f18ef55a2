import "server-only";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env, mailMode } from "@/lib/env";
import { renderEmail } from "./render";
import type { TemplateName, TemplateProps } from "./templates";

export interface SendEmailInput<N extends TemplateName> {
  to: string;
  template: N;
  props: TemplateProps<N>;
  /**
   * Passed to Resend as its Idempotency-Key, so a job retried after Resend already
   * accepted the email does not send it twice. Ignored by the outbox.
   */
  idempotencyKey?: string;
}

let resend: Resend | undefined;

// Created on first use: the SDK reads RESEND_BASE_URL when constructed, which is how
// tests point it at tests/support/fake-resend.ts.
function resendClient(): Resend {
  resend ??= new Resend(env.RESEND_API_KEY);
  return resend;
}

/**
 * Renders a template and delivers it: through Resend when RESEND_API_KEY is set,
 * otherwise into the OutboxEmail table. Throws when Resend refuses the email, so the
 * calling job fails and is retried.
 */
export async function sendEmail<N extends TemplateName>({
  to,
  template,
  props,
  idempotencyKey,
}: SendEmailInput<N>): Promise<{ id: string }> {
  const { subject, html, text } = await renderEmail(template, props);

  if (mailMode === "resend") {
    const { data, error } = await resendClient().emails.send(
      { from: env.EMAIL_FROM, to, subject, html, text },
      idempotencyKey ? { idempotencyKey } : undefined,
    );
    if (error || !data) {
      const reason = error ? `${error.name}: ${error.message}` : "empty response";
      throw new Error(`Resend did not accept the "${template}" email to ${to} (${reason})`);
    }
    return { id: data.id };
  }

  const row = await db.outboxEmail.create({
    data: { to, subject, html, text, template },
    select: { id: true },
  });
  // Without Resend the server log is how a local user follows a magic link.
  const link = firstLink(html);
  console.info(`[email] outbox → ${to} · "${subject}"${link ? ` · ${link}` : ""}`);
  return { id: row.id };
}

function firstLink(html: string): string | undefined {
  const href = /<a\b[^>]*\bhref="([^"]+)"/i.exec(html)?.[1];
  // React escapes these five in attribute values; "&amp;" goes last so it is not decoded twice.
  return href
    ?.replaceAll("&quot;", '"')
    .replaceAll("&#x27;", "'")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
