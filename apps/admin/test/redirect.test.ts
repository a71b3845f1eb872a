import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from '../src/lib/redirect';

describe('safeReturnPath', () => {
  it('follows paths inside the app', () => {
    expect(safeReturnPath('/a/WBC/inbox?page=2')).toBe('/a/WBC/inbox?page=2');
  });

  it('refuses anything that could leave the app', () => {
    for (const from of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
    ]) {
      expect(safeReturnPath(from)).toBeNull();
    }
    expect(safeReturnPath(null)).toBeNull();
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnPath('/sign-in')).toBeNull();
    expect(safeReturnPath('/sign-in?from=/a/WBC/inbox')).toBeNull();
  });
});

describe('signInPath', () => {
  it('remembers where to come back to', () => {
    expect(signInPath('/a/WBC/complaints/1')).toBe('/sign-in?from=%2Fa%2FWBC%2Fcomplaints%2F1');
  });

  it('leaves out the home page and unsafe places', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
