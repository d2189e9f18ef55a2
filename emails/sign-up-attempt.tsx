import { Link } from "@react-email/components";
import { EmailLayout, Paragraph } from "./components/email-layout";

export interface SignUpAttemptEmailProps {
  /** Sign-in page, with the address filled in. */
  url: string;
  resetUrl: string;
  email: string;
}

/** Sent instead of a sign-up link when the address already has an account. */
export default function SignUpAttemptEmail({ url, resetUrl, email }: SignUpAttemptEmailProps) {
  return (
    <EmailLayout
      preview="Someone tried to create a Backroom account with your email"
      heading="You already have an account"
      action={{ label: "Sign in to Backroom", url }}
      reason="You're receiving this because someone tried to sign up for Backroom with this address. If that wasn't you, ignore this email: nothing about your account has changed."
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        Someone just tried to create a Backroom account with <strong>{email}</strong>, which already
        has one. If it was you, sign in instead. Forgot your password?{" "}
        <Link href={resetUrl}>Reset it here</Link>.
      </Paragraph>
    </EmailLayout>
  );
}

SignUpAttemptEmail.PreviewProps = {
  url: "http://localhost:3000/sign-in?email=alex%40example.com",
  resetUrl: "http://localhost:3000/forgot-password",
  email: "alex@example.com",
} satisfies SignUpAttemptEmailProps;
