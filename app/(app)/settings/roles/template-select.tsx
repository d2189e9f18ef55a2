"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { ROLE_TEMPLATES } from "@/lib/rbac/permissions";

type Template = { name: string; permissions: string[] };

export interface TemplateSelectProps {
  onApply: (template: Template | null) => void;
  disabled?: boolean;
}

/** Fills the permissions from one of the suggested roles; the owner adjusts from there. */
export function TemplateSelect({ onApply, disabled }: TemplateSelectProps) {
  const [key, setKey] = useState("");
  return (
    <FormField
      label="Start from template"
      name="template"
      hint="Replaces the permissions below. You can adjust them afterwards."
    >
      <Select
        value={key}
        disabled={disabled}
        onChange={(event) => {
          const next = event.target.value;
          setKey(next);
          onApply(ROLE_TEMPLATES[next] ?? null);
        }}
      >
        <option value="">Blank role</option>
        {Object.entries(ROLE_TEMPLATES).map(([templateKey, template]) => (
          <option key={templateKey} value={templateKey}>
            {template.name} ({template.permissions.length} permissions)
          </option>
        ))}
      </Select>
    </FormField>
  );
}
