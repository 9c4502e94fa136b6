import { describe, expect, it } from 'vitest';
import { SERVER_FAULTS_NOTE } from '../core/server/serverFaultsNote.ts';
import { repeatIgnoredNote } from '../core/tails/repeatIgnoredNote.ts';
import { decodeScenario } from '../core/urlCodec.ts';
import { runCliCaptured } from './testing/runCliCaptured.ts';

/** Runs the CLI in-process on these arguments. */
const sim = (...argv: string[]) => runCliCaptured(argv);

const FAULTY_SERVER = 'lab=server&requests=2&error=*:10';

describe('sim CLI: the Server lab with fault parameters', () => {
  it('says on stderr what the app says, and keeps stdout one valid JSON object', async () => {
    const { code, stdout, stderr } = await sim(FAULTY_SERVER);
    expect(code).toBe(0);
    expect(stderr).toBe(`sim: note: ${SERVER_FAULTS_NOTE}\n`);
    const json = JSON.parse(stdout) as { requests: unknown[] };
    expect(json.requests).toHaveLength(2);
    // Only when the Server lab leaves something out: not for a plain run, nor in the Fan-out lab.
    expect((await sim('lab=server&requests=2')).stderr).toBe('');
    expect((await sim('error=*:10')).stderr).toBe('');
  });

  it('prints the same note as a line of the table, under the scenario', async () => {
    const { code, stdout, stderr } = await sim('--table', FAULTY_SERVER);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `scenario: ${FAULTY_SERVER}`,
      `note: ${SERVER_FAULTS_NOTE}`,
    ]);
    expect((await sim('--table', 'lab=server&requests=2')).stdout).not.toContain('note:');
  });
});

describe('sim CLI: repeat in a lab that runs once', () => {
  it('says on stderr that the lab leaves repeat out, and still prints the run', async () => {
    const query = 'lab=server&requests=2&repeat=50';
    const { code, stdout, stderr } = await sim(query);
    expect(code).toBe(0);
    expect(stderr).toBe(`sim: note: ${repeatIgnoredNote(decodeScenario(query).scenario)}\n`);
    expect(stderr).toContain('The Server lab runs once');
    expect((JSON.parse(stdout) as { requests: unknown[] }).requests).toHaveLength(2);
    expect((await sim('lab=compare&repeat=50')).stderr).toContain('The Compare lab runs once');
    expect((await sim('calls=10*3&repeat=50')).stderr).toBe('');
  });
});
