import { EmailLayout, Paragraph } from "./components/email-layout";

export interface ResetNoAccountEmailProps {
  /** Sign-up page. */
  url: string;
  email: string;
}

/** Answers a password-reset request for an address that has no account. */
export default function ResetNoAccountEmail({ url, email }: ResetNoAccountEmailProps) {
  return (
    <EmailLayout
      preview="There's no Backroom account for this email"
      heading="No account for this email"
      action={{ label: "Create an account", url }}
      reason="You're receiving this because someone asked to reset a Backroom password for this address. If that wasn't you, ignore this email."
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        We got a request to reset the password for <strong>{email}</strong>, but there is no
        Backroom account for this address. If you signed up with another email, request the reset
        for that one. Or create an account now.
      </Paragraph>
    </EmailLayout>
  );
}

ResetNoAccountEmail.PreviewProps = {
  url: "http://localhost:3000/sign-up",
  email: "alex@example.com",
} satisfies ResetNoAccountEmailProps;
