"use client";

import { useTransition } from "react";
import { signOutOfTwoFactorAction } from "./actions";

/** Leaves a half-finished sign-in (or a forced setup) and returns to the sign-in page. */
export function SignOutLink() {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await signOutOfTwoFactorAction({})))}
      className="font-medium text-accent-soft-foreground hover:underline disabled:opacity-60"
    >
      Sign out
    </button>
  );
}
