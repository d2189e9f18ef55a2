"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { EnrolmentStart } from "@/lib/auth/two-factor/enrolment";
import { totpCodeSchema } from "@/lib/auth/two-factor/schemas";
import { confirmTwoFactorEnrolmentAction, startTwoFactorEnrolmentAction } from "../actions";

/** Groups of four, as most apps' "enter a setup key" screens show them. */
function groupSecret(secret: string) {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/** Enrolment: show the QR code and key, confirm one code, then hand out the recovery codes. */
export function TwoFactorSetup({ doneHref }: { doneHref: string }) {
  const router = useRouter();
  const [started, setStarted] = useState<Omit<EnrolmentStart, "uri"> | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();

  function start() {
    startTransition(async () => {
      const result = await startTwoFactorEnrolmentAction({});
      if (result.ok) {
        setStartError(null);
        setStarted({ secret: result.data.secret, qrDataUrl: result.data.qrDataUrl });
      } else setStartError(result.error);
    });
  }

  if (recoveryCodes) {
    return (
      <div className="grid gap-5">
        <Alert tone="success" title="Two-factor sign-in is on">
          From now on, signing in asks for a code from your authenticator app.
        </Alert>
        <RecoveryCodesList codes={recoveryCodes} />
        <Button
          type="button"
          className="w-full"
          onClick={() => {
            router.replace(doneHref);
            router.refresh();
          }}
        >
          I&apos;ve saved my recovery codes
        </Button>
      </div>
    );
  }

  if (!started) {
    return (
      <div className="grid gap-4">
        {startError ? <Alert tone="danger">{startError}</Alert> : null}
        <p className="text-sm text-muted-foreground">
          You&apos;ll need an authenticator app on your phone, such as Google Authenticator,
          Microsoft Authenticator, 1Password or Authy.
        </p>
        <Button type="button" className="w-full" loading={starting} onClick={start}>
          Set up with an authenticator app
        </Button>
      </div>
    );
  }

  return <ConfirmStep started={started} onRestart={start} onConfirmed={setRecoveryCodes} />;
}

function ConfirmStep({
  started,
  onRestart,
  onConfirmed,
}: {
  started: Omit<EnrolmentStart, "uri">;
  onRestart: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: totpCodeSchema,
    action: confirmTwoFactorEnrolmentAction,
    defaultValues: { code: "" },
    errorDisplay: "inline",
    mode: "onSubmit",
    onSuccess: (data) => onConfirmed(data.recoveryCodes),
  });
  return (
    <div className="grid gap-5">
      <ol className="grid list-decimal gap-1 pl-5 text-sm text-muted-foreground">
        <li>Open your authenticator app and add an account.</li>
        <li>Scan this QR code, or type the setup key below.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
      <img
        src={started.qrDataUrl}
        alt="QR code for your authenticator app"
        width={192}
        height={192}
        className="mx-auto rounded-lg border border-border bg-white p-2"
      />
      <div className="grid gap-1 text-center">
        <p className="text-xs text-muted-foreground">Setup key</p>
        <code data-testid="totp-secret" className="font-mono text-sm tracking-wide select-all">
          {groupSecret(started.secret)}
        </code>
      </div>
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <FormField
          label="Code from the app"
          name="code"
          error={form.formState.errors.code?.message}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            maxLength={7}
            {...form.register("code")}
          />
        </FormField>
        <Button type="submit" loading={isPending} className="w-full">
          Turn on two-factor sign-in
        </Button>
        <Button type="button" variant="link" className="mx-auto" onClick={onRestart}>
          Start again with a new QR code
        </Button>
      </form>
    </div>
  );
}
