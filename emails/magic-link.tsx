import { EmailLayout, Paragraph } from "./components/email-layout";
import { pluralize } from "./components/format";

export interface MagicLinkEmailProps {
  url: string;
  email: string;
  expiresInMinutes: number;
}

export default function MagicLinkEmail({ url, email, expiresInMinutes }: MagicLinkEmailProps) {
  return (
    <EmailLayout
      preview="Your sign-in link for Backroom"
      heading="Sign in to Backroom"
      action={{ label: "Sign in", url }}
      note={`This link expires in ${pluralize(expiresInMinutes, "minute")} and works once.`}
      reason={`You're receiving this because someone asked to sign in to Backroom as ${email}. If that wasn't you, you can ignore this email — nobody can sign in without the link.`}
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        Sign in as <strong>{email}</strong> with the link below — no password needed.
      </Paragraph>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview-token&email=alex%40example.com",
  email: "alex@example.com",
  expiresInMinutes: 15,
} satisfies MagicLinkEmailProps;
