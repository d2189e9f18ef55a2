"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { formatRelative } from "@/components/format/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import {
  revokeSessionAction,
  signOutEverywhereAction,
  signOutOtherSessionsAction,
} from "./account-actions";

export type SessionView = {
  id: string;
  device: string;
  place: string | null;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
};

function signedInAt(iso: string) {
  return new Date(iso).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
}

export function SessionsList({ sessions }: { sessions: SessionView[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      toast.success(done);
      router.refresh();
    });
  const others = sessions.filter((s) => !s.current).length;

  return (
    <div className="grid gap-4 text-sm">
      <ul className="divide-y divide-border" aria-label="Signed-in sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-4 py-3">
            <div className="grid gap-0.5">
              <p className="flex items-center gap-2 font-medium">
                {s.device}
                {s.current ? <Badge tone="success">This device</Badge> : null}
              </p>
              <p className="text-muted-foreground">
                {s.place ?? "Unknown address"} · last seen{" "}
                <time dateTime={s.lastSeenAt}>
                  {s.current ? "now" : formatRelative(new Date(s.lastSeenAt))}
                </time>{" "}
                · signed in <time dateTime={s.createdAt}>{signedInAt(s.createdAt)} UTC</time>
              </p>
            </div>
            {s.current ? null : (
              <Button
                type="button"
                variant="secondary"
                disabled={pending}
                aria-label={`Sign out ${s.device}`}
                onClick={() =>
                  run(() => revokeSessionAction({ sessionId: s.id }), `${s.device} is signed out.`)
                }
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        {others > 0 ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(() => signOutOtherSessionsAction({}), "Every other browser is signed out.")
            }
          >
            Sign out everywhere else
          </Button>
        ) : null}
        <Button
          type="button"
          variant="ghost"
          disabled={pending}
          onClick={() => run(() => signOutEverywhereAction({}), "Signed out everywhere.")}
        >
          Sign out everywhere
        </Button>
      </div>
    </div>
  );
}
