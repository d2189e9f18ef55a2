import type { ReactElement } from "react";
import { z } from "zod";
import InvitationEmail, { type InvitationEmailProps } from "@/emails/invitation";
import MagicLinkEmail, { type MagicLinkEmailProps } from "@/emails/magic-link";
import ResetPasswordEmail, { type ResetPasswordEmailProps } from "@/emails/reset-password";
import VerifyEmail, { type VerifyEmailProps } from "@/emails/verify-email";
import ConfirmSignUpEmail, { type ConfirmSignUpEmailProps } from "@/emails/confirm-sign-up";
import SignUpAttemptEmail, { type SignUpAttemptEmailProps } from "@/emails/sign-up-attempt";
import ResetNoAccountEmail, { type ResetNoAccountEmailProps } from "@/emails/reset-no-account";
import TwoFactorChangedEmail, {
  type TwoFactorChangedEmailProps,
} from "@/emails/two-factor-changed";

interface TemplatePropsMap {
  "magic-link": MagicLinkEmailProps;
  "verify-email": VerifyEmailProps;
  "reset-password": ResetPasswordEmailProps;
  invitation: InvitationEmailProps;
  "confirm-sign-up": ConfirmSignUpEmailProps;
  "sign-up-attempt": SignUpAttemptEmailProps;
  "reset-no-account": ResetNoAccountEmailProps;
  "two-factor-changed": TwoFactorChangedEmailProps;
}

export type TemplateName = keyof TemplatePropsMap;
export type TemplateProps<N extends TemplateName> = TemplatePropsMap[N];

export type EmailComponent<P> = ((props: P) => ReactElement) & { PreviewProps: P };

export interface TemplateDefinition<P> {
  component: EmailComponent<P>;
  subject: (props: P) => string;
}

export const templates: { [N in TemplateName]: TemplateDefinition<TemplateProps<N>> } = {
  "magic-link": {
    component: MagicLinkEmail,
    subject: () => "Your Backroom sign-in link",
  },
  "verify-email": {
    component: VerifyEmail,
    subject: () => "Confirm your email for Backroom",
  },
  "reset-password": {
    component: ResetPasswordEmail,
    subject: () => "Reset your Backroom password",
  },
  invitation: {
    component: InvitationEmail,
    subject: ({ inviterName, orgName }) => `${inviterName} invited you to ${orgName} on Backroom`,
  },
  "confirm-sign-up": {
    component: ConfirmSignUpEmail,
    subject: () => "Confirm your email to create your Backroom account",
  },
  "sign-up-attempt": {
    component: SignUpAttemptEmail,
    subject: () => "You already have a Backroom account",
  },
  "reset-no-account": {
    component: ResetNoAccountEmail,
    subject: () => "There's no Backroom account for this email",
  },
  "two-factor-changed": {
    component: TwoFactorChangedEmail,
    subject: ({ change }) =>
      change === "enabled"
        ? "Two-factor sign-in is on for your Backroom account"
        : change === "disabled"
          ? "Two-factor sign-in was turned off for your Backroom account"
          : "New recovery codes for your Backroom account",
  },
};

export const templateNames = Object.keys(templates) as [TemplateName, ...TemplateName[]];

// Props are validated per template, not as a loose record: a job payload with a
// missing url would otherwise render a broken email instead of failing loudly.
const propsSchemas = {
  "magic-link": z.object({
    url: z.url(),
    email: z.email(),
    expiresInMinutes: z.number().positive(),
  }),
  "verify-email": z.object({
    url: z.url(),
    name: z.string().min(1).optional(),
    expiresInHours: z.number().positive(),
  }),
  "reset-password": z.object({
    url: z.url(),
    email: z.email(),
    expiresInMinutes: z.number().positive(),
  }),
  invitation: z.object({
    url: z.url(),
    orgName: z.string().min(1),
    inviterName: z.string().min(1),
    roleNames: z.array(z.string().min(1)),
    expiresInDays: z.number().positive(),
  }),
  "confirm-sign-up": z.object({
    url: z.url(),
    name: z.string().min(1),
    organizationName: z.string().min(1),
    expiresInHours: z.number().positive(),
  }),
  "sign-up-attempt": z.object({ url: z.url(), resetUrl: z.url(), email: z.email() }),
  "reset-no-account": z.object({ url: z.url(), email: z.email() }),
  "two-factor-changed": z.object({
    url: z.url(),
    email: z.email(),
    change: z.enum(["enabled", "disabled", "recovery-codes-replaced"]),
  }),
} satisfies { [N in TemplateName]: z.ZodType<TemplateProps<N>> };

function messageSchema<N extends TemplateName>(template: N) {
  return z.object({
    to: z.email(),
    template: z.literal(template),
    props: propsSchemas[template],
  });
}

/** A serialisable email, as queued for the background job that sends it. */
export const emailMessageSchema = z.discriminatedUnion("template", [
  messageSchema("magic-link"),
  messageSchema("verify-email"),
  messageSchema("reset-password"),
  messageSchema("invitation"),
  messageSchema("confirm-sign-up"),
  messageSchema("sign-up-attempt"),
  messageSchema("reset-no-account"),
  messageSchema("two-factor-changed"),
]);

export type EmailMessage = z.infer<typeof emailMessageSchema>;
