"use client";

import { useCallback, useState, useTransition, type BaseSyntheticEvent } from "react";
import { unstable_rethrow } from "next/navigation";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
} from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

const UNEXPECTED_ERROR = "Something went wrong. Please try again.";

export interface UseActionFormOptions<TIn extends FieldValues, TOut extends FieldValues, TData> {
  /** The domain's shared zod schema; the action validates with the same one on the server. */
  schema: z.ZodType<TOut, TIn>;
  action: (values: TOut) => Promise<ActionResult<TData>>;
  defaultValues?: DefaultValues<TIn>;
  onSuccess?: (data: TData, values: TOut) => void | Promise<void>;
  /**
   * Where a failed action's `error` goes: a sonner toast (default) or only `formError`, for an
   * inline <Alert> (sign-in pages, long forms). Field errors always land on their fields.
   */
  errorDisplay?: "toast" | "inline";
  /** Toast shown on success. */
  successMessage?: string | ((data: TData) => string);
  /** Reset the form to `defaultValues` after a successful submit. */
  resetOnSuccess?: boolean;
  mode?: UseFormProps<TIn>["mode"];
}

export interface UseActionFormReturn<TIn extends FieldValues, TOut extends FieldValues> {
  form: UseFormReturn<TIn, unknown, TOut>;
  /** Pass to <form onSubmit>. Validates on the client, then calls the action. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** True from submit until the action has answered (and any redirect has started). */
  isPending: boolean;
  /** The last failed action's message, for an inline <Alert>; cleared on the next submit. */
  formError: string | null;
  clearFormError: () => void;
}

/**
 * Glue between react-hook-form and a server action returning ActionResult:
 *
 *   const { form, onSubmit, isPending, formError } = useActionForm({
 *     schema: productInputSchema,
 *     action: createProductAction,
 *     defaultValues: { name: "", sku: "" },
 *     onSuccess: (product) => router.push(`/products/${product.id}`),
 *   });
 *
 * Server `fieldErrors` keys are field paths ("sku", "lines.0.quantity"); an empty key or "_form"
 * becomes `form.formState.errors.root.server`.
 */
export function useActionForm<TIn extends FieldValues, TOut extends FieldValues, TData>({
  schema,
  action,
  defaultValues,
  onSuccess,
  errorDisplay = "toast",
  successMessage,
  resetOnSuccess = false,
  mode = "onTouched",
}: UseActionFormOptions<TIn, TOut, TData>): UseActionFormReturn<TIn, TOut> {
  const form = useForm<TIn, unknown, TOut>({
    resolver: zodResolver(schema),
    defaultValues,
    mode,
  });
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);

  const fail = useCallback(
    (message: string) => {
      setFormError(message);
      if (errorDisplay === "toast") toast.error(message);
    },
    [errorDisplay],
  );

  const submit = useCallback(
    (values: TOut) =>
      new Promise<void>((resolve) => {
        // Inside a transition, a redirect() from the action is handled by Next's router.
        startTransition(async () => {
          try {
            setFormError(null);
            const result = await action(values);
            if (result.ok) {
              if (successMessage) {
                toast.success(
                  typeof successMessage === "function"
                    ? successMessage(result.data)
                    : successMessage,
                );
              }
              if (resetOnSuccess) form.reset();
              await onSuccess?.(result.data, values);
              return;
            }
            let first = true;
            for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
              const message = messages[0];
              if (!message) continue;
              const name = key === "" || key === "_form" ? "root.server" : key;
              form.setError(name as Path<TIn>, { type: "server", message }, { shouldFocus: first });
              first = false;
            }
            fail(result.error);
          } catch (error) {
            unstable_rethrow(error);
            fail(UNEXPECTED_ERROR);
          } finally {
            resolve();
          }
        });
      }),
    [action, fail, form, onSuccess, resetOnSuccess, successMessage],
  );

  const clearFormError = useCallback(() => setFormError(null), []);

  return {
    form,
    onSubmit: form.handleSubmit(submit),
    isPending: isPending || form.formState.isSubmitting,
    formError,
    clearFormError,
  };
}
