import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { hasPassword } from "@/lib/auth/change-password";
import { ChangePasswordForm } from "./change-password-form";

/** Account settings: change the password (or choose one, for an account that has none). */
export async function PasswordCard({ userId }: { userId: string }) {
  const has = await hasPassword(userId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{has ? "Change password" : "Choose a password"}</CardTitle>
        <CardDescription>
          {has
            ? "Every other browser signed in to your account is signed out when you change it."
            : "You sign in with emailed links for now. Choose a password to sign in with it too."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ChangePasswordForm hasPassword={has} />
      </CardContent>
    </Card>
  );
}
