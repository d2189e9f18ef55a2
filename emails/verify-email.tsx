import { EmailLayout, Paragraph } from "./components/email-layout";
import { pluralize } from "./components/format";

export interface VerifyEmailProps {
  url: string;
  name?: string;
  expiresInHours: number;
}

export default function VerifyEmail({ url, name, expiresInHours }: VerifyEmailProps) {
  return (
    <EmailLayout
      preview="Confirm your email to finish setting up Backroom"
      heading="Confirm your email"
      action={{ label: "Confirm email", url }}
      note={`This link expires in ${pluralize(expiresInHours, "hour")}.`}
      reason="You're receiving this because this address was used to create a Backroom account. If you didn't sign up, you can ignore this email."
    >
      <Paragraph>{name ? `Hi ${name},` : "Hi there,"}</Paragraph>
      <Paragraph>
        Thanks for signing up for Backroom. Confirm your email address and you&apos;re all set.
      </Paragraph>
    </EmailLayout>
  );
}

VerifyEmail.PreviewProps = {
  url: "http://localhost:3000/verify-email?token=preview-token",
  name: "Alex",
  expiresInHours: 24,
} satisfies VerifyEmailProps;
