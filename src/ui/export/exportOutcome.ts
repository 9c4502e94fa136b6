/** What became of one export or copy: said to the person in the menu's status line. */
export interface ExportOutcome {
  readonly ok: boolean;
  /** One sentence: what happened, and when it failed, what to do instead. */
  readonly message: string;
}

/** The reason of a thrown value, to be quoted inside a sentence (so without its final period). */
export function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
