import { EmailLayout, Paragraph } from "./components/email-layout";
import { formatList, pluralize } from "./components/format";

export interface InvitationEmailProps {
  url: string;
  orgName: string;
  inviterName: string;
  roleNames: string[];
  expiresInDays: number;
}

export default function InvitationEmail({
  url,
  orgName,
  inviterName,
  roleNames,
  expiresInDays,
}: InvitationEmailProps) {
  return (
    <EmailLayout
      preview={`${inviterName} invited you to join ${orgName} on Backroom`}
      heading={`Join ${orgName} on Backroom`}
      action={{ label: "Accept invitation", url }}
      note={`This invitation expires in ${pluralize(expiresInDays, "day")}.`}
      reason={`You're receiving this because ${inviterName} invited this address to ${orgName} on Backroom. If you weren't expecting it, you can ignore this email.`}
    >
      <Paragraph>Hi there,</Paragraph>
      <Paragraph>
        <strong>{inviterName}</strong> has invited you to help run <strong>{orgName}</strong> on
        Backroom, where the team keeps track of stock, orders and customers.
      </Paragraph>
      {roleNames.length > 0 ? (
        <Paragraph>
          You&apos;ll join as <strong>{formatList(roleNames)}</strong>.
        </Paragraph>
      ) : null}
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  url: "http://localhost:3000/invite/preview-token",
  orgName: "Corner Hardware",
  inviterName: "Sam Rivera",
  roleNames: ["Manager"],
  expiresInDays: 7,
} satisfies InvitationEmailProps;
