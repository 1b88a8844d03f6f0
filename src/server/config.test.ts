import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig security settings', () => {
  it('defaults to a 12-hour session lifetime and public addresses on ports 80 and 443 only', () => {
    const config = loadConfig({ dataDir: '(test)' }, {});
    expect(config).toMatchObject({
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      allowPrivateNetworkFetch: false,
      fetchExtraPorts: [],
    });
  });

  it('reads the session lifetime, extra ports and the private-network switch', () => {
    const config = loadConfig(
      { dataDir: '(test)' },
      {
        WASPADA_SESSION_MAX_HOURS: '8',
        WASPADA_FETCH_PORTS: '8080,8443',
        WASPADA_FETCH_PRIVATE_NETWORK: 'true',
      },
    );
    expect(config).toMatchObject({
      sessionMaxHours: 8,
      allowPrivateNetworkFetch: true,
      fetchExtraPorts: [8080, 8443],
    });
    expect(loadConfig({}, { WASPADA_FETCH_PORTS: 'any' }).fetchExtraPorts).toBe('any');
  });

  it.each([
    ['WASPADA_FETCH_PORTS', '80;443'],
    ['WASPADA_FETCH_PORTS', '70000'],
    ['WASPADA_FETCH_PORTS', '0'],
    ['WASPADA_FETCH_PRIVATE_NETWORK', 'yes'],
    ['WASPADA_SESSION_MAX_HOURS', '0'],
  ])('refuses to start on %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({}, { [name]: value })).toThrow(name);
  });
});
