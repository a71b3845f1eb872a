import { z } from 'zod';

/** What staff type to sign in. The messages follow the GOV.UK Design System's error messages. */
export const signInMessages = {
  emailRequired: 'Enter your email address',
  emailFormat: 'Enter an email address in the correct format, like name@example.com',
  emailTooLong: 'Email address must be 254 characters or fewer',
  passwordRequired: 'Enter your password',
  passwordTooLong: 'Password must be 200 characters or fewer',
  codeFormat: 'Enter the 6-digit code from your authenticator app',
} as const;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, signInMessages.emailRequired)
    .max(254, signInMessages.emailTooLong)
    .pipe(z.email(signInMessages.emailFormat)),
  password: z
    .string()
    .min(1, signInMessages.passwordRequired)
    .max(200, signInMessages.passwordTooLong),
  /**
   * The code from an authenticator app, asked for only when the API says the account uses one.
   * Spaces are allowed in the middle because some apps show the code as `123 456`.
   */
  totpCode: z
    .string()
    .transform((code) => code.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, signInMessages.codeFormat))
    .optional(),
});

export type SignInInput = z.input<typeof signInSchema>;
export type SignIn = z.output<typeof signInSchema>;
