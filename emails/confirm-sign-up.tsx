import { EmailLayout, Paragraph } from "./components/email-layout";
import { pluralize } from "./components/format";

export interface ConfirmSignUpEmailProps {
  url: string;
  name: string;
  organizationName: string;
  expiresInHours: number;
}

export default function ConfirmSignUpEmail({
  url,
  name,
  organizationName,
  expiresInHours,
}: ConfirmSignUpEmailProps) {
  return (
    <EmailLayout
      preview={`Confirm your email to create ${organizationName} on Backroom`}
      heading="Confirm your email"
      action={{ label: "Confirm and create my shop", url }}
      note={`This link expires in ${pluralize(expiresInHours, "hour")} and works once.`}
      reason="You're receiving this because this address was used to sign up for Backroom. If that wasn't you, ignore this email: no account is created without this link."
    >
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>
        Confirm your email address and we&apos;ll create <strong>{organizationName}</strong> on
        Backroom and sign you in.
      </Paragraph>
    </EmailLayout>
  );
}

ConfirmSignUpEmail.PreviewProps = {
  url: "http://localhost:3000/sign-up/confirm?token=preview-token",
  name: "Alex",
  organizationName: "Fern & Co",
  expiresInHours: 24,
} satisfies ConfirmSignUpEmailProps;
