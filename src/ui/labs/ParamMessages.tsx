import type { ParamMessage } from '../../core/urlCodec.ts';

/** The codec's messages about the address, shown above the lab: what was wrong and what was used. */
export function ParamMessages({ messages }: { readonly messages: readonly ParamMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <section className="param-messages" role="alert" data-testid="param-messages">
      <h2>Some settings in the address were not used</h2>
      <ul>
        {messages.map((m, i) => (
          <li key={`${m.param}-${i}`}>{m.message}</li>
        ))}
      </ul>
      <p>The defaults stand in for them; change any setting to rewrite the address.</p>
    </section>
  );
}
