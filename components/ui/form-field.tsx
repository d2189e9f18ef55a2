import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

/** Props a FormField hands to its control so label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

type ControlElement = ReactElement<{ id?: string; "aria-describedby"?: string }>;

export interface FormFieldProps {
  label: ReactNode;
  /** Field name; also the value of `data-field-error` so tests can find `[data-field-error="email"]`. */
  name?: string;
  /** Id for the control; generated when omitted. */
  id?: string;
  hint?: ReactNode;
  /** A message, or react-hook-form / server `fieldErrors` style arrays (the first is shown). */
  error?: string | string[] | null;
  required?: boolean;
  /** Visually hide the label (it stays available to screen readers). */
  hideLabel?: boolean;
  className?: string;
  /**
   * The control. Either an element (Input, Select, Textarea …), which receives id / aria-* props,
   * or a function that receives them, for controls that need to place them somewhere specific.
   */
  children: ControlElement | ((control: FieldControlProps) => ReactNode);
}

export function FormField({
  label,
  name,
  id,
  hint,
  error,
  required,
  hideLabel,
  className,
  children,
}: FormFieldProps) {
  const generatedId = useId();
  const controlId = id ?? (name ? `${name}-${generatedId}` : generatedId);
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const message = Array.isArray(error) ? error[0] : error;

  const control: FieldControlProps = {
    id: controlId,
    "aria-describedby": cn(hint && hintId, message && errorId) || undefined,
    "aria-invalid": message ? true : undefined,
    "aria-required": required ? true : undefined,
  };

  let rendered: ReactNode;
  if (typeof children === "function") {
    rendered = children(control);
  } else if (isValidElement(children)) {
    rendered = cloneElement(children, {
      ...control,
      id: children.props.id ?? controlId,
      "aria-describedby":
        cn(children.props["aria-describedby"], control["aria-describedby"]) || undefined,
    });
  } else {
    rendered = children;
  }

  return (
    <div className={cn("grid content-start gap-1.5", className)}>
      <Label
        htmlFor={isValidElement(children) ? (children.props.id ?? controlId) : controlId}
        required={required}
        className={hideLabel ? "sr-only" : undefined}
      >
        {label}
      </Label>
      {rendered}
      {hint ? (
        <p id={hintId} className="text-xs leading-4 text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p
          id={errorId}
          role="alert"
          data-field-error={name ?? ""}
          className="text-xs leading-4 font-medium text-danger-foreground"
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
