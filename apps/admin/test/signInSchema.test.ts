import { describe, expect, it } from 'vitest';
import { signInMessages, signInSchema } from '../src/lib/signInSchema';

function messagesFor(input: unknown): Record<string, string[] | undefined> {
  const result = signInSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    (byField[field] ??= []).push(issue.message);
  }
  return byField;
}

describe('signInSchema', () => {
  it('accepts an email address and password, trimming the address', () => {
    expect(signInSchema.parse({ email: '  officer@heard.example ', password: ' secret ' })).toEqual(
      {
        email: 'officer@heard.example',
        password: ' secret ',
      },
    );
  });

  it('asks for both fields when they are empty', () => {
    expect(messagesFor({ email: '   ', password: '' })).toEqual({
      email: [signInMessages.emailRequired],
      password: [signInMessages.passwordRequired],
    });
  });

  it('asks for an email address in the right format', () => {
    expect(messagesFor({ email: 'officer', password: 'x' })).toEqual({
      email: [signInMessages.emailFormat],
    });
  });

  it('limits the length of both fields', () => {
    const long = messagesFor({ email: `${'a'.repeat(250)}@x.example`, password: 'p'.repeat(201) });
    expect(long.email).toEqual([signInMessages.emailTooLong]);
    expect(long.password).toEqual([signInMessages.passwordTooLong]);
  });

  it('takes an authenticator code when one is asked for, ignoring spaces', () => {
    expect(
      signInSchema.parse({ email: 'officer@heard.example', password: 'x', totpCode: ' 123 456 ' }),
    ).toMatchObject({ totpCode: '123456' });
    expect(
      messagesFor({ email: 'officer@heard.example', password: 'x', totpCode: '12345' }),
    ).toEqual({
      totpCode: [signInMessages.codeFormat],
    });
    expect(messagesFor({ email: 'officer@heard.example', password: 'x', totpCode: '' })).toEqual({
      totpCode: [signInMessages.codeFormat],
    });
  });
});
