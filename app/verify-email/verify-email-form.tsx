"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { verifyEmailAction } from "../(auth)/actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  if (result?.ok) {
    return (
      <div className="grid gap-4">
        <Alert tone="success">{result.message}</Alert>
        <Link href="/" className={buttonClasses({ className: "w-full" })}>
          Go to Backroom
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      {result ? <Alert tone="danger">{result.message}</Alert> : null}
      <Button
        loading={pending}
        className="w-full"
        onClick={() =>
          startTransition(async () => {
            const r = await verifyEmailAction({ token });
            setResult(
              r.ok
                ? { ok: true, message: "Your email address is verified." }
                : { ok: false, message: r.error },
            );
          })
        }
      >
        Verify my email
      </Button>
    </div>
  );
}
