import { EmailLayout, Paragraph } from "./components/email-layout";

export type TwoFactorChange = "enabled" | "disabled" | "recovery-codes-replaced";

export interface TwoFactorChangedEmailProps {
  /** Account settings, where two-factor sign-in is managed. */
  url: string;
  email: string;
  change: TwoFactorChange;
}

const WHAT: Record<TwoFactorChange, { heading: string; body: string }> = {
  enabled: {
    heading: "Two-factor sign-in is on",
    body: "Two-factor sign-in was just turned on. From now on, signing in asks for a code from your authenticator app as well.",
  },
  disabled: {
    heading: "Two-factor sign-in was turned off",
    body: "Two-factor sign-in was just turned off. Signing in now needs only your password or an email link.",
  },
  "recovery-codes-replaced": {
    heading: "New recovery codes were made",
    body: "New two-factor recovery codes were just made for your account. The old ones no longer work.",
  },
};

/** Tells the account's owner that its sign-in protection changed, so a change they didn't make stands out. */
export default function TwoFactorChangedEmail({ url, email, change }: TwoFactorChangedEmailProps) {
  const { heading, body } = WHAT[change];
  return (
    <EmailLayout
      preview={heading}
      heading={heading}
      action={{ label: "Review your account", url }}
      reason="You're receiving this because the sign-in protection of your Backroom account changed. If you didn't do this, reset your password and review your account at once."
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        {body} (Account: <strong>{email}</strong>.)
      </Paragraph>
    </EmailLayout>
  );
}

TwoFactorChangedEmail.PreviewProps = {
  url: "http://localhost:3000/settings/account",
  email: "alex@example.com",
  change: "enabled",
} satisfies TwoFactorChangedEmailProps;
