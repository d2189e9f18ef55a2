import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Inbox } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { RelativeTime } from "@/components/format/relative-time";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getOutboxEmail, listOutbox } from "@/lib/email/outbox";
import { mailMode } from "@/lib/env";
import { cn } from "@/components/ui/cn";

export const metadata: Metadata = { title: "Development outbox" };
export const dynamic = "force-dynamic";

/**
 * Emails kept instead of sent. It exists only while no email provider is
 * configured (local and demo runs); with Resend configured it is a 404.
 */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<{ id?: string; to?: string }>;
}) {
  if (mailMode !== "outbox") notFound();
  const { id, to } = await searchParams;
  const emails = await listOutbox({ to, limit: 100 });
  const selected = id
    ? await getOutboxEmail(id)
    : emails[0]
      ? await getOutboxEmail(emails[0].id)
      : null;
  return (
    <main className="mx-auto max-w-6xl p-6">
      <div className="mb-6">
        <Logo />
      </div>
      <PageHeader
        title="Development outbox"
        description="No email provider is configured, so Backroom keeps emails here instead of sending them. Set RESEND_API_KEY to send real email."
      />
      {emails.length === 0 ? (
        <EmptyState
          bordered
          icon={Inbox}
          title="No emails yet"
          description="Request a sign-in link and it will appear here."
        />
      ) : (
        <div className="grid gap-4 md:grid-cols-[20rem_1fr]">
          <Card className="max-h-[70vh] overflow-auto p-1">
            <ul>
              {emails.map((e) => (
                <li key={e.id}>
                  <Link
                    href={`/dev/outbox?id=${e.id}${to ? `&to=${encodeURIComponent(to)}` : ""}`}
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
