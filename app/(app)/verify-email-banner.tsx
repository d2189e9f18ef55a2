"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resendVerificationAction } from "../(auth)/actions";

export function VerifyEmailBanner({ email }: { email: string }) {
  const [pending, startTransition] = useTransition();
  const resend = () =>
    startTransition(async () => {
      const result = await resendVerificationAction({});
      if (result.ok) toast.success(`Verification email sent to ${email}.`);
      else toast.error(result.error);
    });
  return (
    <Alert
      tone="warning"
      className="mb-6"
      title="Please verify your email address"
      action={
        <Button size="sm" variant="secondary" loading={pending} onClick={resend}>
          Send the link again
        </Button>
      }
    >
      We sent a link to {email}. Verifying keeps your account recoverable.
    </Alert>
  );
}
