import { EmailLayout, Paragraph } from "./components/email-layout";
import { pluralize } from "./components/format";

export interface ResetPasswordEmailProps {
  url: string;
  email: string;
  expiresInMinutes: number;
}

export default function ResetPasswordEmail({
  url,
  email,
  expiresInMinutes,
}: ResetPasswordEmailProps) {
  return (
    <EmailLayout
      preview="Reset your Backroom password"
      heading="Reset your password"
      action={{ label: "Choose a new password", url }}
      note={`This link expires in ${pluralize(expiresInMinutes, "minute")} and works once.`}
      reason="You're receiving this because someone asked to reset the password for this Backroom account. If that wasn't you, ignore this email — your password stays the same."
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        We got a request to reset the password for <strong>{email}</strong>. Choose a new one with
        the link below.
      </Paragraph>
    </EmailLayout>
  );
}

ResetPasswordEmail.PreviewProps = {
  url: "http://localhost:3000/reset-password?token=preview-token",
  email: "alex@example.com",
  expiresInMinutes: 30,
} satisfies ResetPasswordEmailProps;
