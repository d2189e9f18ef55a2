/** Human wording of audit actions, for activity feeds. Unknown actions fall back to their key. */
const DESCRIPTIONS: Record<string, string> = {
  "organization.create": "created the organisation",
  "organization.update": "updated the organisation settings",
  "role.create": "created a role",
  "role.update": "edited a role",
  "role.delete": "deleted a role",
  "invitation.create": "invited a teammate",
  "invitation.revoke": "withdrew an invitation",
  "invitation.accept": "joined the team",
  "member.update_roles": "changed a teammate's roles",
  "member.remove": "removed a teammate",
};

export function describeAuditAction(action: string) {
  return DESCRIPTIONS[action] ?? action;
}
