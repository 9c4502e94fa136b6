import * as fc from 'fast-check';
import { flattenScenario, withFields, type FlatScenario } from './testing/flattenScenario.ts';
import { describe, expect, it } from 'vitest';
import * as L from './limits.ts';
import { DEFAULT_SCENARIO, TALK_CALLS, type CallSpec, type Scenario } from './scenario.ts';
import { defaultServiceName } from './services.ts';
import { isValidScenario, PARAMS, queryish, scenarios } from './testing/scenarioArbitraries.ts';
import { decodeScenario, encodeScenario } from './urlCodec.ts';

describe('decodeScenario: valid parameters', () => {
  it('gives the default scenario for an empty query, with or without "?"', () => {
    expect(decodeScenario('')).toEqual({ scenario: DEFAULT_SCENARIO, messages: [] });
    expect(decodeScenario('?')).toEqual({ scenario: DEFAULT_SCENARIO, messages: [] });
  });

  it.each<[string, Partial<FlatScenario>]>([
    ['lab=server', { lab: 'server' }],
    ['model=worker-pool', { model: 'worker-pool' }],
    ['calls=', { calls: [] }],
    ['calls=db:5', { calls: [{ service: 'db', latency: { kind: 'fixed', ms: 5 } }] }],
    ['limit=1', { limit: 1 }],
    ['limit=100000', { limit: 100_000 }],
    ['throttle=bucket', { throttle: 'bucket' }],
    ['cap=7', { cap: 7 }],
    ['window=3600000', { windowMs: 3_600_000 }],
    ['minTime=0', { minTimeMs: 0 }],
    ['burst=3', { burst: 3 }],
    ['rate=0.5', { ratePerSec: 0.5 }],
    ['rate=0.000001', { ratePerSec: 0.000001 }],
    ['rate=100000', { ratePerSec: 100_000 }],
    ['rate=2.500000000', { ratePerSec: 2.5 }],
    ['work=0', { workMs: 0 }],
    ['engine=live', { engine: 'live' }],
    ['seed=0', { seed: 0 }],
    ['seed=4294967295', { seed: 4_294_967_295 }],
    ['seed=007', { seed: 7 }],
    ['autorun=1', { autorun: true }],
    ['autorun=true', { autorun: true }],
    ['autorun=0', { autorun: false }],
    ['autorun=false', { autorun: false }],
    ['speed=0.25', { speed: 0.25 }],
    ['speed=100', { speed: 100 }],
    ['compensate=0', { compensate: false }],
    ['embed=1', { embed: true }],
    ['controls=0', { controls: false }],
    ['still=1', { still: true }],
    ['embed=1&still=1', { embed: true, still: true }],
    ['theme=projector', { theme: 'projector' }],
    ['theme=dark', { theme: 'dark' }],
    ['origin=https://slides.example', { origin: 'https://slides.example' }],
    ['origin=http://localhost:4173', { origin: 'http://localhost:4173' }],
    ['origin=https%3A%2F%2Fslides.example%2F', { origin: 'https://slides.example' }],
    ['origin=HTTPS://Slides.Example:443', { origin: 'https://slides.example' }],
  ])('reads %s', (query, fields) => {
    expect(decodeScenario(query)).toEqual({
      scenario: withFields(DEFAULT_SCENARIO, fields),
      messages: [],
    });
  });

  it('accepts escaped and unescaped separators, and + as a space', () => {
    const plain = decodeScenario('calls=user:100~900*2,125');
    expect(plain.messages).toEqual([]);
    expect(decodeScenario('calls=user%3A100%7E900%2A2%2C125')).toEqual(plain);
    expect(decodeScenario('calls=user:100~900*2,+125+')).toEqual(plain);
    expect(decodeScenario('%6Cab=server').scenario.lab).toBe('server');
  });
});

describe('decodeScenario: invalid parameters', () => {
  it.each([
    ['lab', 'kitchen', 'is not a lab; use one of fanout, compare, server.'],
    ['model', 'Sequential', 'is not a model; use one of sequential, promise-all,'],
    ['calls', '125,,250', 'item 2 "" is empty; write calls as comma-separated'],
    ['limit', 'abc', 'is not a whole number; use a whole number from 1 to 100000'],
    ['limit', '', 'is empty; use a whole number from 1 to 100000'],
    ['limit', '0', 'is below the minimum of 1;'],
    ['limit', '100001', 'is above the maximum of 100000;'],
    ['limit', '1.5', 'is not a whole number;'],
    ['limit', '1e3', 'is not a whole number;'],
    ['limit', '0x10', 'is not a whole number;'],
    ['limit', '%20%205', 'is not a whole number;'],
    ['limit', '%2B5', 'is not a whole number;'],
    ['limit', 'Infinity', 'is not a whole number;'],
    ['limit', 'NaN', 'is not a whole number;'],
    ['throttle', 'leaky', 'is not a throttle; use one of sliding, fixed, spacing, bucket.'],
    ['cap', '0', 'is below the minimum of 1; use a whole number from 1 to 100000.'],
    ['window', '0', 'is below the minimum of 1; use a whole number from 1 to 3600000.'],
    ['minTime', '-1', 'is below the minimum of 0; use a whole number from 0 to 3600000.'],
    ['burst', '100001', 'is above the maximum of 100000;'],
    ['rate', '0', 'is not above 0; use a number of tokens per second above 0'],
    ['rate', '-2', 'is not above 0;'],
    ['rate', '100000.5', 'is above the maximum of 100000;'],
    ['rate', '0.0000001', 'has more than 6 decimal places;'],
    ['rate', '.5', 'is not a number;'],
    ['rate', '1e-3', 'is not a number;'],
    ['work', '600001', 'is above the maximum of 600000;'],
    ['engine', 'turbo', 'is not an engine; use one of virtual, live, network.'],
    ['seed', '4294967296', 'is above the maximum of 4294967295;'],
    ['autorun', 'yes', 'is not 1 or 0; use 1 to run when the page loads'],
    ['autorun', '', 'is not 1 or 0;'],
    ['speed', '0', 'is not above 0;'],
    ['speed', '0.125', 'has more than 2 decimal places;'],
    ['speed', '101', 'is above the maximum of 100;'],
    ['compensate', 'off', 'is not 1 or 0; use 1 to compensate the calibrated mock overhead'],
    ['embed', 'yes', 'is not 1 or 0; use 1 to show the lab alone'],
    ['controls', '2', 'is not 1 or 0; use 1 to show Run, Reset and the model choice'],
    ['still', 'on', 'is not 1 or 0; use 1 to leave every key to the host page'],
    ['theme', 'neon', 'is not a theme; use one of auto, light, dark, projector.'],
    ['origin', '*', 'is not an http:// or https:// origin; use an origin:'],
    ['origin', 'null', 'is not an http:// or https:// origin;'],
    ['origin', 'ftp://slides.example', 'is not an http:// or https:// origin;'],
    ['origin', 'slides.example', 'is not an http:// or https:// origin;'],
    ['origin', 'https://', 'is not an origin;'],
    ['origin', 'https://slides.example/talk', 'has more than an origin'],
    ['origin', 'https://slides.example?x=1', 'has more than an origin'],
    ['origin', 'https://me@slides.example', 'has more than an origin'],
    ['origin', `https://${'a'.repeat(300)}.example`, 'is longer than 300 characters'],
  ])('%s=%s gives a message and keeps the default', (param, raw, fragment) => {
    const { scenario, messages } = decodeScenario(`${param}=${raw}`);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.param).toBe(param);
    expect(message?.message).toMatch(new RegExp(`^${param}: (item \\d+ )?".*" `));
    expect(message?.message).toContain(fragment);
    expect(message?.message.endsWith('.')).toBe(true);
  });

  it('words a message as the design asks', () => {
    expect(decodeScenario('limit=abc').messages).toEqual([
      {
        param: 'limit',
        value: 'abc',
        message:
          'limit: "abc" is not a whole number; use a whole number from 1 to 100000, ' +
          "or leave it out for the model's default.",
      },
    ]);
  });

  it('keeps the other parameters when one is invalid', () => {
    const { scenario, messages } = decodeScenario('lab=server&limit=zero&cap=5');
    expect(scenario).toEqual({
      ...DEFAULT_SCENARIO,
      lab: 'server',
      fanOut: { ...DEFAULT_SCENARIO.fanOut, cap: 5 },
    });
    expect(messages.map((m) => m.param)).toEqual(['limit']);
  });

  it('falls back to the talk calls when any item is invalid, naming the item', () => {
    const { scenario, messages } = decodeScenario('calls=125,1user:250');
    expect(scenario.fanOut.calls).toEqual(TALK_CALLS);
    expect(messages[0]?.message).toContain('item 2 "1user:250": service "1user"');
  });

  it('shortens a long value in the message but keeps it whole in `value`', () => {
    const long = 'x'.repeat(500);
    const [message] = decodeScenario(`lab=${long}`).messages;
    expect(message?.value).toBe(long);
    expect(message?.message).toContain(`"${'x'.repeat(40)}…"`);
    expect(message?.message.length).toBeLessThan(200);
  });

  it('reports malformed percent-encoding instead of throwing', () => {
    const [inValue] = decodeScenario('limit=%E0%A4%A').messages;
    expect(inValue?.message).toMatch(/^limit: "%E0%A4%A" is not valid percent-encoding; use/);
    const [inName] = decodeScenario('%E0%A4%A=1').messages;
    expect(inName).toMatchObject({ param: '%E0%A4%A', value: '1' });
    expect(inName?.message).toContain('unknown parameter');
  });

  it('ignores an unknown parameter and lists the known ones', () => {
    const { scenario, messages } = decodeScenario('colour=red&__proto__=1&lab=compare');
    expect(scenario).toEqual({ ...DEFAULT_SCENARIO, lab: 'compare' });
    expect(messages.map((m) => m.param)).toEqual(['colour', '__proto__']);
    expect(messages[0]?.message).toBe(
      `colour: unknown parameter (it is ignored); known parameters are ${PARAMS.join(', ')}.`,
    );
  });

  it('uses the first of a repeated parameter, even an invalid one', () => {
    expect(decodeScenario('limit=5&limit=6').scenario.fanOut.limit).toBe(5);
    const { scenario, messages } = decodeScenario('limit=x&limit=6');
    expect(scenario.fanOut.limit).toBeNull();
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^limit: "x" is not a whole number/),
      'limit: "6" repeats the parameter and is ignored; the first value, "x", is used.',
    ]);
  });

  it('runs a live scenario of more than MAX_LIVE_CALLS calls on the virtual engine', () => {
    expect(decodeScenario(`engine=live&calls=1*${L.MAX_LIVE_CALLS}`).messages).toEqual([]);
    const { scenario, messages } = decodeScenario(`engine=live&calls=1*${L.MAX_LIVE_CALLS + 1}`);
    expect(scenario.run.engine).toBe('virtual');
    expect(scenario.fanOut.calls).toHaveLength(L.MAX_LIVE_CALLS + 1);
    expect(messages).toEqual([
      {
        param: 'engine',
        value: 'live',
        message:
          'engine: "live" runs at most 1000 calls and this scenario has 1001, ' +
          'so the run uses the virtual engine instead.',
      },
    ]);
  });
});

describe('decodeScenario: the copies a run may send (calls x (1 + retries) x 2 with a hedge)', () => {
  const messagesOf = (query: string) => decodeScenario(query).messages.map((m) => m.message);

  it('keeps the calls and lowers retries to the most that fit, naming the numbers', () => {
    // At the bound, or with retries that cannot fire, nothing changes.
    expect(L.MAX_COPIES).toBe(100_000);
    expect(messagesOf('calls=1*50000&error=*:10&retries=1')).toEqual([]);
    expect(messagesOf('calls=1*50000&hedge=10')).toEqual([]);
    expect(messagesOf('calls=1*25000&timeout=50&retries=1&hedge=10')).toEqual([]);
    // No fault rate above 0 and no timeout: no copy can fail, so no retry is ever sent.
    expect(messagesOf('calls=1*100000&retries=10&error=*:0')).toEqual([]);
    // The Server lab has no faults, and its own bound on calls.
    expect(messagesOf('lab=server&requests=1&calls=1*50000&error=*:10&retries=10')).toEqual([]);

    const { scenario, messages } = decodeScenario('calls=1*50000&error=*:10&retries=10');
    expect(scenario.fanOut.calls).toHaveLength(50_000);
    expect(scenario.policy.retries).toBe(1);
    expect(messages).toEqual([
      {
        param: 'retries',
        value: '10',
        message:
          'retries: 50000 calls x 11 copies (the first send and 10 retries) = 550000 copies, ' +
          'more than the 100000 a run may send, so the run uses at most 1 retry instead; use ' +
          'at most 9090 calls to keep 10 retries.',
      },
    ]);
  });

  it('counts a hedge as a second copy of every attempt', () => {
    const { scenario, messages } = decodeScenario('calls=1*20000&busy=*:5&retries=3&hedge=100');
    expect(flattenScenario(scenario)).toMatchObject({ retries: 1, hedgeMs: 100 });
    expect(messages.map((m) => m.message)).toEqual([
      'retries: 20000 calls x 8 copies (the first send and 3 retries, each hedged) = 160000 ' +
        'copies, more than the 100000 a run may send, so the run uses at most 1 retry instead; ' +
        'use at most 12500 calls, or no hedge, to keep 3 retries.',
    ]);
  });

  it('turns the hedge off when even no retries fit with it', () => {
    const { scenario, messages } = decodeScenario('calls=1*60000&timeout=500&retries=2&hedge=100');
    expect(flattenScenario(scenario)).toMatchObject({ retries: 0, hedgeMs: null, timeoutMs: 500 });
    expect(messages).toEqual([
      {
        param: 'hedge',
        value: '100',
        message:
          'hedge: 60000 calls x 6 copies (the first send and 2 retries, each hedged) = 360000 ' +
          'copies, more than the 100000 a run may send, so the run sends no hedges and no ' +
          'retries instead; use at most 16666 calls to keep the hedge and 2 retries.',
      },
    ]);
    // Retries that cannot fire are left as written.
    const plain = decodeScenario('calls=1*60000&retries=2&hedge=100');
    expect(flattenScenario(plain.scenario)).toMatchObject({ retries: 2, hedgeMs: null });
    expect(plain.messages.map((m) => m.message)).toEqual([
      'hedge: 60000 calls x 2 copies (the first send, each hedged) = 120000 copies, more than ' +
        'the 100000 a run may send, so the run sends no hedges instead; use at most 50000 ' +
        'calls to keep the hedge.',
    ]);
  });

  it('runs a live scenario of more than MAX_LIVE_COPIES copies on the virtual engine', () => {
    expect(L.MAX_LIVE_COPIES).toBe(1000);
    expect(messagesOf('engine=live&calls=1*500&hedge=100')).toEqual([]);
    expect(messagesOf('engine=live&calls=1*100&error=*:10&retries=9')).toEqual([]);
    const { scenario, messages } = decodeScenario('engine=live&calls=1*100&error=*:10&retries=10');
    expect([scenario.run.engine, scenario.policy.retries]).toEqual(['virtual', 10]);
    expect(messages).toEqual([
      {
        param: 'engine',
        value: 'live',
        message:
          'engine: "live" sends at most 1000 copies of calls (each a real fetch()) and this ' +
          'scenario may send 100 calls x 11 copies (the first send and 10 retries) = 1100 ' +
          'copies, so the run uses the virtual engine instead; to run it live, use at most 90 ' +
          'calls or at most 9 retries.',
      },
    ]);
    expect(messagesOf('engine=live&calls=1*501&hedge=100')).toEqual([
      'engine: "live" sends at most 1000 copies of calls (each a real fetch()) and this ' +
        'scenario may send 501 calls x 2 copies (the first send, each hedged) = 1002 copies, so ' +
        'the run uses the virtual engine instead; to run it live, use at most 500 calls or no ' +
        'hedge.',
    ]);
  });
});

describe('presenting parameters', () => {
  it('writes them last, and only when they differ from the defaults', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'promise-all' },
      view: {
        ...DEFAULT_SCENARIO.view,
        embed: true,
        controls: false,
        still: true,
        theme: 'projector',
        origin: 'https://slides.example',
      },
    };
    expect(encodeScenario(scenario)).toBe(
      'model=promise-all&embed=1&controls=0&still=1&theme=projector&origin=https://slides.example',
    );
    expect(
      encodeScenario({
        ...DEFAULT_SCENARIO,
        view: { ...DEFAULT_SCENARIO.view, controls: true, theme: 'auto' },
      }),
    ).toBe('');
  });

  it('keeps the scenario when a presenting parameter is wrong', () => {
    const { scenario, messages } = decodeScenario('embed=1&theme=beamer&model=batches');
    expect(scenario).toEqual({
      ...DEFAULT_SCENARIO,
      fanOut: { ...DEFAULT_SCENARIO.fanOut, model: 'batches' },
      view: { ...DEFAULT_SCENARIO.view, embed: true },
    });
    expect(messages.map((m) => m.param)).toEqual(['theme']);
  });
});

describe('encodeScenario', () => {
  it('writes nothing for the default scenario', () => {
    expect(encodeScenario(DEFAULT_SCENARIO)).toBe('');
    expect(
      encodeScenario({
        ...DEFAULT_SCENARIO,
        fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: [...TALK_CALLS] },
      }),
    ).toBe('');
  });

  it('writes only what differs, in canonical order, with readable call lists', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      lab: 'compare',
      run: { ...DEFAULT_SCENARIO.run, autorun: true },
      fanOut: {
        ...DEFAULT_SCENARIO.fanOut,
        ratePerSec: 0.5,
        limit: 3,
        calls: [
          { service: 'user', latency: { kind: 'lognormal', p50Ms: 100, p99Ms: 900 } },
          { service: 'user', latency: { kind: 'lognormal', p50Ms: 100, p99Ms: 900 } },
          { service: defaultServiceName(2), latency: { kind: 'uniform', minMs: 80, maxMs: 160 } },
        ],
      },
    };
    expect(encodeScenario(scenario)).toBe(
      'lab=compare&calls=user:100~900*2,80-160&limit=3&rate=0.5&autorun=1',
    );
  });

  it('writes 1000 identical unnamed calls as 125*1000 and no calls as calls=', () => {
    const calls = Array.from({ length: 1000 }, (_, i): CallSpec => ({
      service: defaultServiceName(i),
      latency: { kind: 'fixed', ms: 125 },
    }));
    expect(
      encodeScenario({ ...DEFAULT_SCENARIO, fanOut: { ...DEFAULT_SCENARIO.fanOut, calls } }),
    ).toBe('calls=125*1000');
    expect(
      encodeScenario({ ...DEFAULT_SCENARIO, fanOut: { ...DEFAULT_SCENARIO.fanOut, calls: [] } }),
    ).toBe('calls=');
  });
});

describe('properties', () => {
  it('decodes every encoded valid scenario back to itself, without messages', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        expect(isValidScenario(scenario)).toBe(true);
        const encoded = encodeScenario(scenario);
        expect(decodeScenario(encoded)).toEqual({ scenario, messages: [] });
        expect(decodeScenario(`?${encoded}`)).toEqual({ scenario, messages: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any text and always returns a scenario within the limits', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), queryish),
        (query) => {
          const { scenario } = decodeScenario(query);
          expect(isValidScenario(scenario)).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('names a known parameter or the given name in every message', () => {
    const names = fc.oneof(
      fc.constantFrom(...PARAMS),
      fc.string({ unit: 'grapheme' }).map((name) => ({ name, raw: encodeURIComponent(name) })),
      fc.constant({ name: '%E0%A4%A', raw: '%E0%A4%A' }),
    );
    const values = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), queryish);
    fc.assert(
      fc.property(fc.array(fc.tuple(names, values, fc.boolean()), { maxLength: 8 }), (pairs) => {
        const given = new Set<string>(PARAMS);
        const query = pairs
          .map(([key, value, escape]) => {
            const { name, raw } = typeof key === 'string' ? { name: key, raw: key } : key;
            given.add(name);
            const v = escape ? encodeURIComponent(value) : value.replace(/[&#]/g, '');
            return `${raw}=${v}`;
          })
          .join('&');
        const { scenario, messages } = decodeScenario(query);
        expect(isValidScenario(scenario)).toBe(true);
        for (const message of messages) {
          expect(given).toContain(message.param);
          expect(message.message.endsWith('.')).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
