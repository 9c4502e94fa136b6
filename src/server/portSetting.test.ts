import { describe, expect, it } from 'vitest';
import { portSetting, serverPorts } from './portSetting.ts';

describe('the ports of npm start', () => {
  it('default to 4180 (HTTP/1.1) and 4181 (HTTP/2)', () => {
    expect(serverPorts({})).toEqual({ ok: true, port: 4180, h2Port: 4181 });
    expect(serverPorts({ PORT: '', H2_PORT: '' })).toEqual({ ok: true, port: 4180, h2Port: 4181 });
  });

  it('read PORT and H2_PORT, 0 meaning any free port', () => {
    expect(serverPorts({ PORT: '8080', H2_PORT: '8443' })).toEqual({
      ok: true,
      port: 8080,
      h2Port: 8443,
    });
    expect(serverPorts({ PORT: '0', H2_PORT: '0' })).toEqual({ ok: true, port: 0, h2Port: 0 });
  });

  it.each(['http', '-1', '65536', '80.5', ' 80', '1e3', '0x50'])(
    'refuses PORT=%j, saying what a port is and what to set',
    (raw) => {
      expect(portSetting('PORT', raw, 4180)).toEqual({
        ok: false,
        problem: expect.stringMatching(/^PORT must be a port number from 1 to 65535 .*PORT=4180/),
      });
    },
  );

  it('reports both bad settings at once, and the same port given twice', () => {
    const both = serverPorts({ PORT: 'x', H2_PORT: 'y' });
    expect(both.ok ? [] : both.problems).toEqual([
      expect.stringMatching(/^PORT must/),
      expect.stringMatching(/^H2_PORT must/),
    ]);
    expect(serverPorts({ PORT: '5000', H2_PORT: '5000' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/both 5000.*H2_PORT=5001/)],
    });
  });
});
