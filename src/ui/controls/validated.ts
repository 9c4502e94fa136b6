/**
 * The outcome of checking what a person typed into a field. A failure carries a whole sentence
 * for the inline message under the field: what is wrong, then what is allowed.
 */
export type Validated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };
