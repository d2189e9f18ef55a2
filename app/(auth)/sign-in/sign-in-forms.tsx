"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MailCheck } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { magicLinkSchema, signInSchema } from "@/lib/auth/schemas";
import { requestMagicLinkAction, signInAction } from "../actions";

type Mode = "password" | "link";

export function SignInForms({
  defaultEmail,
  returnTo,
}: {
  defaultEmail: string;
  returnTo: string;
}) {
  const [mode, setMode] = useState<Mode>("password");
  return (
    <div>
      <div
        role="tablist"
        aria-label="Sign-in method"
        className="mb-5 grid grid-cols-2 rounded-lg bg-subtle p-1 text-sm"
      >
        {(
          [
            ["password", "Password"],
            ["link", "Email me a link"],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={mode === value}
            onClick={() => setMode(value)}
            className={cn(
              "rounded-md px-3 py-1.5 font-medium transition-colors",
              mode === value
                ? "bg-card text-foreground shadow-xs"
                : "text-muted-foreground hover:text-foreground",
            )}
          >
            {label}
          </button>
        ))}
      </div>
      {mode === "password" ? (
        <PasswordForm defaultEmail={defaultEmail} returnTo={returnTo} />
      ) : (
        <MagicLinkForm defaultEmail={defaultEmail} returnTo={returnTo} />
      )}
    </div>
  );
}

function PasswordForm({ defaultEmail, returnTo }: { defaultEmail: string; returnTo: string }) {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { email: defaultEmail, password: "" },
    errorDisplay: "inline",
    // Not on blur: the email field has focus on load, and an error appearing as it loses focus
    // shifts "Forgot password?" and "Create an account" away from the pointer mid-click.
    mode: "onSubmit",
    onSuccess: () => {
      router.replace(returnTo);
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Email" name="email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
      </FormField>
      <FormField
        label={
          <span className="flex w-full items-center justify-between">
            Password
            <Link
              href="/forgot-password"
              className="text-xs font-normal text-accent-soft-foreground hover:underline"
            >
              Forgot password?
            </Link>
          </span>
        }
        name="password"
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Sign in
      </Button>
    </form>
  );
}

function MagicLinkForm({ defaultEmail, returnTo }: { defaultEmail: string; returnTo: string }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: magicLinkSchema,
    action: requestMagicLinkAction,
    // The link signs in on a new page load, so it carries where to go (checked on the server).
    defaultValues: { email: defaultEmail, next: returnTo },
    errorDisplay: "inline",
    mode: "onSubmit", // see PasswordForm
    onSuccess: (_data, values) => setSentTo(values.email),
  });
  if (sentTo) {
    return (
      <Alert tone="success" title="Check your inbox">
        <span className="flex items-start gap-2">
          <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
          If an account exists for {sentTo}, a sign-in link is on its way. It works once, within 15
          minutes.
        </span>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField
        label="Email"
        name="email"
        hint="We'll email you a link that signs you in. No password needed."
        error={form.formState.errors.email?.message}
      >
        <Input type="email" autoComplete="email" autoFocus {...form.register("email")} />
      </FormField>
      <Button type="submit" loading={isPending} className="w-full">
        Email me a sign-in link
      </Button>
    </form>
  );
}
