import { z } from "zod";
import { rawText, text } from "@/lib/validation/fields";

/** Shared by the sign-in/up forms, their server actions and the tests. */
export const emailSchema = text({ max: 254 })
  .toLowerCase()
  .min(1, "Enter an email address.")
  .pipe(z.email("Enter a valid email address."));

export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(128, "Use at most 128 characters.");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(128),
});

/** Where to go after a sign-in; checked by safeRedirectPath, so any string is accepted here. */
const returnToSchema = z.string().max(2000).optional();

export const magicLinkSchema = z.object({ email: emailSchema, next: returnToSchema });

export const signUpSchema = z.object({
  name: text({ max: 100 }).min(1, "Enter your name."),
  organizationName: text({ max: 100 }).min(2, "Name your shop (at least 2 characters)."),
  email: emailSchema,
  password: newPasswordSchema,
});

export const confirmSignUpSchema = z.object({
  token: z.string().min(20, "This link is incomplete.").max(200, "This link is not valid."),
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: rawText({ max: 200 }).min(20, "This reset link is incomplete."),
    password: newPasswordSchema,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords don't match.",
  });

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
