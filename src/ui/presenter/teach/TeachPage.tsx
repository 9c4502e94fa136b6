import { SHORTCUTS } from '../shortcutKeys.ts';
import { EMBED_SNIPPET, TEACH_LINKS } from './teachLinks.ts';

/**
 * "Teach with Overlap": where a teacher starts. The lecture in six links, how to put a lab in a
 * slide, and how to drive it from a clicker. Plain links: each opens the lab afresh at its query.
 */
export function TeachPage() {
  const back = `${window.location.pathname}${window.location.search}`;
  return (
    <main className="teach" aria-labelledby="teach-title">
      <p>
        <a href={back}>← Back to the lab</a>
      </p>
      <h2 id="teach-title">Teach with Overlap</h2>
      <section aria-labelledby="teach-lecture">
        <h3 id="teach-lecture">A lecture in six links</h3>
        <p>
          The story of the talk the lab grew out of, in order. Each link runs as soon as it opens (
          <code>autorun=1</code>); press Space to run again, the arrows to step through the events.
        </p>
        <ol className="teach__links">
          {TEACH_LINKS.map((link) => (
            <li key={link.href}>
              <a href={`${window.location.pathname}${link.href}`}>{link.title}</a>{' '}
              <code>{link.href}</code>
              <br />
              {link.shows}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="teach-embed">
        <h3 id="teach-embed">In a slide</h3>
        <p>
          Any link works in an <code>&lt;iframe&gt;</code> with <code>embed=1</code> (the lab alone,
          sized to its frame). <code>theme=projector</code> gives large type and thick bars for a
          beamer; <code>still=1</code> leaves every key to the deck, so the clicker only ever moves
          the slides; <code>controls=0</code> makes a figure with nothing to press.
        </p>
        <pre className="teach__snippet">
          <code>{EMBED_SNIPPET}</code>
        </pre>
        <p>
          A deck can drive the lab by <code>postMessage</code> (run, step, seek) and hear when a run
          ends: see <code>docs/embedding.md</code> and the reveal.js example in{' '}
          <code>examples/</code>.
        </p>
      </section>
      <section aria-labelledby="teach-keys">
        <h3 id="teach-keys">From a clicker or the keyboard</h3>
        <table className="teach__keys">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.does}>
                <th scope="row">{shortcut.keys.join(', ')}</th>
                <td>{shortcut.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Clickers send Page Down and Page Up (some send the arrows): they step through the run. In
          a slide, the lab has the keys once it is clicked; keys it does not use (a step past the
          last event, Esc, F, S) go on to the deck, so the clicker never gets stuck.
        </p>
      </section>
    </main>
  );
}
