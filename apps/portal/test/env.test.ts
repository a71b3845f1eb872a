import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/server/env.js';

describe('portal configuration', () => {
  it('has working defaults for development', () => {
    const env = loadEnv({});
    expect(env.PORTAL_PORT).toBe(3000);
    expect(env.API_URL).toBe('http://127.0.0.1:3002');
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORTAL_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('makes up a new secret for each process in development', () => {
    expect(loadEnv({}).PORTAL_SECRET).not.toBe(loadEnv({}).PORTAL_SECRET);
  });

  it('requires a secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(
      'PORTAL_SECRET: required in production',
    );
    const secret = 'x'.repeat(32);
    expect(() => loadEnv({ NODE_ENV: 'production', PORTAL_SECRET: secret })).toThrow(
      'PORTAL_API_SECRET: required in production',
    );
    const apiSecret = 'y'.repeat(32);
    const env = loadEnv({
      NODE_ENV: 'production',
      PORTAL_SECRET: secret,
      PORTAL_API_SECRET: apiSecret,
    });
    expect(env.PORTAL_SECRET).toBe(secret);
    expect(env.PORTAL_API_SECRET).toBe(apiSecret);
  });

  it('refuses a short secret, a bad port or a bad API address', () => {
    expect(() => loadEnv({ PORTAL_SECRET: 'short' })).toThrow(
      'PORTAL_SECRET must be at least 32 characters',
    );
    expect(() => loadEnv({ PORTAL_PORT: 'eighty' })).toThrow('PORTAL_PORT');
    expect(() => loadEnv({ API_URL: 'not a url' })).toThrow('API_URL');
  });
});
