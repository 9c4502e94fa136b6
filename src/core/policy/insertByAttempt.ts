import type { AttemptSpan } from '../trace.ts';

/** Inserts a copy's span keeping copies in sending order (they can end out of order). */
export function insertByAttempt(attempts: AttemptSpan[], span: AttemptSpan): void {
  let at = attempts.length;
  while (at > 0 && (attempts[at - 1] as AttemptSpan).attempt > span.attempt) at -= 1;
  // Most copies end in sending order: a push, not a splice (which builds an array each time).
  if (at === attempts.length) attempts.push(span);
  else attempts.splice(at, 0, span);
}
