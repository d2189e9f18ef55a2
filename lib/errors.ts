/**
 * An error the user can act on. Its message is shown as is; anything else that
 * escapes a handler is logged and answered with a generic message.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly options: {
      code?:
        "invalid" | "not_found" | "forbidden" | "conflict" | "rate_limited" | "unauthenticated";
      fieldErrors?: Record<string, string[]>;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = "UserError";
  }

  get code() {
    return this.options.code ?? "invalid";
  }
}

export const notFound = (what: string) =>
  new UserError(`${what} not found.`, { code: "not_found" });
export const forbidden = (message = "You don't have permission to do that.") =>
  new UserError(message, { code: "forbidden" });
