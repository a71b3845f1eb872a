import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.js';

describe('API configuration', () => {
  it('listens on this machine only unless told otherwise', () => {
    expect(loadEnv({}).API_HOST).toBe('127.0.0.1');
    expect(loadEnv({ API_HOST: '0.0.0.0' }).API_HOST).toBe('0.0.0.0');
  });

  it('needs its own portal secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow('PORTAL_API_SECRET');
    const secret = 'z'.repeat(32);
    expect(loadEnv({ NODE_ENV: 'production', PORTAL_API_SECRET: secret }).PORTAL_API_SECRET).toBe(
      secret,
    );
    expect(() => loadEnv({ PORTAL_API_SECRET: 'short' })).toThrow('at least 32 characters');
  });
});
