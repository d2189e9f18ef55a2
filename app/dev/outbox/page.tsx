import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Inbox } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { RelativeTime } from "@/components/format/relative-time";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getOutboxEmail, listOutbox } from "@/lib/email/outbox";
import { outboxRecipientFor } from "@/lib/email/outbox-access";
import { cn } from "@/components/ui/cn";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

/**
 * Emails kept instead of sent, while no email provider is configured: a signed-in user's own
 * mail, on the machine the server runs on (lib/email/outbox-access.ts). A 404 for anyone else.
 */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ id?: string }>;
}) {
  const to = await outboxRecipientFor(await headers());
  if (!to) notFound();
  const { id } = await searchParams;
  const emails = await listOutbox({ to, limit: 100 });
  const selectedId = id ?? emails[0]?.id;
  const selected = selectedId ? await getOutboxEmail({ id: selectedId, to }) : null;
  return (
    <main className="mx-auto max-w-6xl p-6">
      <div className="mb-6">
        <Logo />
      </div>
      <PageHeader
        title="Development outbox"
        description={`No email provider is configured, so Backroom keeps emails to ${to} here instead of sending them. Set RESEND_API_KEY to send real email.`}
      />
      {emails.length === 0 ? (
        <EmptyState
          bordered
          icon={Inbox}
          title="No emails yet"
          description="Emails to you appear here. Sign-in links for a signed-out visitor are printed in the server log."
        />
      ) : (
        <div className="grid gap-4 md:grid-cols-[20rem_1fr]">
          <Card className="max-h-[70vh] overflow-auto p-1">
            <ul>
              {emails.map((e) => (
                <li key={e.id}>
                  <Link
                    href={`/dev/outbox?id=${encodeURIComponent(e.id)}`}
                    className={cn(
                      "block rounded-md px-3 py-2 text-sm hover:bg-subtle",
                      selected?.id === e.id && "bg-subtle",
                    )}
                  >
                    <span className="block truncate font-medium">{e.subject}</span>
                    <span className="flex justify-between gap-2 text-xs text-muted-foreground">
                      <span className="truncate">{e.to}</span>
                      <RelativeTime date={e.createdAt} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
          {selected ? (
            <Card className="overflow-hidden">
              <div className="border-b border-border px-4 py-3 text-sm">
                <div className="font-medium">{selected.subject}</div>
                <div className="text-xs text-muted-foreground">To {selected.to}</div>
              </div>
              {/* Sandboxed: the email's HTML is ours, but it is still rendered as untrusted content. */}
              <iframe
                title={selected.subject}
                srcDoc={selected.html}
                sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
                className="h-[60vh] w-full bg-white"
              />
            </Card>
          ) : null}
        </div>
      )}
    </main>
  );
}
