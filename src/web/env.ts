import type { SecureHeadersVariables } from 'hono/secure-headers';
import type { DeskUser } from '../auth/users.ts';

/** Hono variables the desk's middleware sets for every signed-in request. */
export type DeskEnv = {
  Variables: SecureHeadersVariables & {
    user: DeskUser;
    csrfToken: string;
  };
};
