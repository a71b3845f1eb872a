import { describe, expect, it } from 'vitest';
import type { RouterInputs, RouterOutputs } from '../src/trpc';

/**
 * The admin app knows the API only through `AppRouter`'s type. Were that type to collapse to
 * `any` or `{}` (a module resolution change can do it silently), every call would still compile;
 * these deliberate mistakes make the type check fail instead.
 */
describe('the API types the admin app is built on', () => {
  it('rejects a wrong procedure input', () => {
    const inbox: RouterInputs['complaints']['inbox'] = { authorityId: 'a', limit: 25 };
    // @ts-expect-error the authority id is a string
    const wrong: RouterInputs['complaints']['inbox'] = { authorityId: 42 };
    expect([inbox, wrong]).toHaveLength(2);
  });

  it('knows what auth.me returns', () => {
    type Me = NonNullable<RouterOutputs['auth']['me']>;
    const me: Me = {
      staff: { id: 's', name: 'Sam Okafor', email: 'officer@heard.example' },
      authorities: [],
      csrfToken: 't',
    };
    // @ts-expect-error the staff member's name is a string
    const wrong: Me['staff']['name'] = 1;
    expect([me, wrong]).toHaveLength(2);
  });
});
