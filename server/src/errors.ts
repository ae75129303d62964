/** How an unexpected error is written into a message or a log line. */

/** The error's message, for problems shown to users ("cannot read file: ENOENT …"). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The error with its stack where there is one, for logs a developer reads. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
