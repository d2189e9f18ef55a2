import { z } from "zod";

/** A 6-digit code from the authenticator app, spaces allowed ("123 456"). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .max(20, "Enter the 6-digit code from your authenticator app.")
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your authenticator app.")),
});

/** The second sign-in step: an app code or one of the recovery codes. */
export const secondFactorSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code from your authenticator app, or a recovery code.")
    .max(40, "That is not a code we issued."),
});

/** Turning two-factor off or replacing recovery codes: a current app code or the password. */
export const twoFactorProofSchema = z.object({
  proof: z
    .string()
    .min(1, "Enter a code from your authenticator app, or your password.")
    .max(128, "That is not a code or password we know."),
});

export type SecondFactorInput = z.infer<typeof secondFactorSchema>;
export type TwoFactorProofInput = z.infer<typeof twoFactorProofSchema>;
