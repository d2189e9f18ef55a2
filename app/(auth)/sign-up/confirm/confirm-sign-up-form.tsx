"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmSignUpAction } from "../../actions";

export function ConfirmSignUpForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Stays busy after success: the browser is on its way to the sign-in link.
  const [leaving, setLeaving] = useState(false);
  return (
    <div className="grid gap-4">
      {error ? (
        <Alert tone="danger">
          {error}{" "}
          <Link href="/sign-in" className="font-medium underline">
            Sign in
          </Link>
        </Alert>
      ) : null}
      <Button
        loading={pending || leaving}
        className="w-full"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await confirmSignUpAction({ token });
            if (!result.ok) {
              setError(result.error);
              return;
            }
            setLeaving(true);
            window.location.assign(result.data.signInUrl);
          })
        }
      >
        Confirm and create my shop
      </Button>
    </div>
  );
}
