import { afterEach, vi } from 'vitest';

// A React warning (a bad prop, a key, a hydration mismatch) is a bug: fail the test that logged it.
const consoleError = vi.spyOn(console, 'error');

afterEach(() => {
  const calls = consoleError.mock.calls;
  consoleError.mockClear();
  if (calls.length > 0) {
    throw new Error(
      `console.error was called:\n${calls.map((args) => args.map(String).join(' ')).join('\n')}`,
    );
  }
});
