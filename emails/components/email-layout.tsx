import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

export interface EmailLayoutProps {
  /** Inbox preview line shown next to the subject. */
  preview: string;
  heading: string;
  /** The primary call to action; every transactional email here has exactly one. */
  action: { label: string; url: string };
  /** Paragraphs above the button. */
  children: ReactNode;
  /** A short note under the button, usually when the link expires. */
  note?: ReactNode;
  /** Why the recipient got this email and what to do if it wasn't them. */
  reason: ReactNode;
}

export function EmailLayout({
  preview,
  heading,
  action,
  children,
  note,
  reason,
}: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Backroom</Text>
          <Section style={styles.card}>
            <Heading as="h1" style={styles.heading}>
              {heading}
            </Heading>
            {children}
            <Section style={styles.actionRow}>
              <Button href={action.url} style={styles.button}>
                {action.label}
              </Button>
            </Section>
            {note ? <Text style={styles.note}>{note}</Text> : null}
            {/* Some clients strip buttons; the plain-text part already carries the link. */}
            <Section data-skip-in-text="true">
              <Text style={styles.fallbackLabel}>
                If the button doesn&apos;t work, copy this link into your browser:
              </Text>
              <Link href={action.url} style={styles.fallbackLink}>
                {action.url}
              </Link>
            </Section>
          </Section>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{reason}</Text>
          <Text style={styles.footer}>Backroom · the back office for independent shops</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph in the body of an email, styled to match the layout. */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const styles = {
  body: { backgroundColor: "#f4f4f5", fontFamily, margin: 0, padding: "32px 0" },
  container: { maxWidth: "520px", margin: "0 auto", padding: "0 16px" },
  brand: {
    color: "#18181b",
    fontSize: "18px",
    fontWeight: 700,
    letterSpacing: "-0.01em",
    margin: "0 0 16px",
  },
  card: {
    backgroundColor: "#ffffff",
    border: "1px solid #e4e4e7",
    borderRadius: "8px",
    padding: "32px",
  },
  heading: {
    color: "#18181b",
    fontSize: "22px",
    fontWeight: 600,
    lineHeight: "30px",
    margin: "0 0 16px",
  },
  paragraph: { color: "#3f3f46", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  actionRow: { margin: "24px 0" },
  button: {
    backgroundColor: "#18181b",
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  note: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: "0 0 16px" },
  fallbackLabel: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: "0 0 4px" },
  fallbackLink: { color: "#2563eb", fontSize: "13px", lineHeight: "20px", wordBreak: "break-all" },
  rule: { borderColor: "#e4e4e7", margin: "24px 0 16px" },
  footer: { color: "#a1a1aa", fontSize: "12px", lineHeight: "18px", margin: "0 0 8px" },
} satisfies Record<string, CSSProperties>;
