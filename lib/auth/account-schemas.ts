import { z } from "zod";
import { newPasswordSchema } from "./schemas";

/** Changing the password from account settings; shared by the form, its action and the tests. */
export const changePasswordSchema = z
  .object({
    // Empty when the account has no password yet (it signs in by emailed links).
    currentPassword: z.string().max(128).default(""),
    password: newPasswordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords don't match.",
  });

export const sessionIdSchema = z.object({
  sessionId: z.string().min(1, "Choose a session.").max(64, "Choose a session."),
});

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
