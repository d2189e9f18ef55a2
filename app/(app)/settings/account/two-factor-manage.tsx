"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { toast } from "sonner";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFooter, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { twoFactorProofSchema } from "@/lib/auth/two-factor/schemas";
import {
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from "../../../(auth)/two-factor/actions";

type Open = "codes" | "disable" | null;

/** "New recovery codes" and "Turn off", each confirmed with a current code or the password. */
export function TwoFactorManage() {
  const [open, setOpen] = useState<Open>(null);
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" onClick={() => setOpen("codes")}>
        New recovery codes
      </Button>
      <Button type="button" variant="ghost" onClick={() => setOpen("disable")}>
        Turn off
      </Button>
      <RegenerateDialog open={open === "codes"} onClose={() => setOpen(null)} />
      <DisableDialog open={open === "disable"} onClose={() => setOpen(null)} />
    </div>
  );
}

function ProofField({ error, register }: { error?: string; register: UseFormRegisterReturn }) {
  return (
    <FormField
      label="Current code or your password"
      name="proof"
      hint="The 6-digit code your authenticator app shows now, or your account password."
      error={error}
    >
      <Input type="password" autoComplete="one-time-code" autoFocus {...register} />
    </FormField>
  );
}

function RegenerateDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: twoFactorProofSchema,
    action: regenerateRecoveryCodesAction,
    defaultValues: { proof: "" },
    errorDisplay: "inline",
    mode: "onSubmit",
    onSuccess: (data) => {
      setCodes(data.recoveryCodes);
      router.refresh();
    },
  });
  const close = () => {
    setCodes(null);
    form.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : close())}
      title="New recovery codes"
      description={codes ? undefined : "Your current recovery codes will stop working."}
      dismissible={!isPending}
    >
      {codes ? (
        <div className="grid gap-4">
          <RecoveryCodesList codes={codes} />
          <DialogFooter>
            <Button type="button" onClick={close}>
              Done
            </Button>
          </DialogFooter>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {formError ? <Alert tone="danger">{formError}</Alert> : null}
          <ProofField
            error={form.formState.errors.proof?.message}
            register={form.register("proof")}
          />
          <DialogFormFooter onCancel={close} submitLabel="Make new codes" pending={isPending} />
        </form>
      )}
    </Dialog>
  );
}

function DisableDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: twoFactorProofSchema,
    action: disableTwoFactorAction,
    defaultValues: { proof: "" },
    errorDisplay: "inline",
    mode: "onSubmit",
    onSuccess: () => {
      toast.success("Two-factor sign-in is off.");
      onClose();
      router.refresh();
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Turn off two-factor sign-in?"
      description="Signing in will ask only for your password or email link. Your recovery codes stop working."
      dismissible={!isPending}
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <ProofField
          error={form.formState.errors.proof?.message}
          register={form.register("proof")}
        />
        <DialogFormFooter onCancel={onClose} submitLabel="Turn off" pending={isPending} danger />
      </form>
    </Dialog>
  );
}
