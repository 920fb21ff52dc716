import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { DeskUser } from '../../auth/users.ts';
import { DESK_SCRIPT } from '../clientScript.ts';

export interface PageProps {
  title: string;
  user?: DeskUser | null;
  csrfToken?: string;
  nonce?: string | undefined;
  active?: 'queue' | 'customers' | 'insights' | 'settings' | 'users';
  children?: Child;
}

/** Every page: top bar with navigation (owner-only links for owners), the content, the shortcut script. */
export function Layout(p: PageProps) {
  const owner = p.user?.role === 'owner';
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {p.csrfToken ? <meta name="csrf-token" content={p.csrfToken} /> : null}
        <title>{p.title} · deskhand</title>
        <link rel="stylesheet" href="/assets/desk.css" />
      </head>
      <body>
        {p.user ? (
          <header class="top">
            <div class="logo">
              desk<span>hand</span>
            </div>
            <nav>
              <a href="/queue" class={p.active === 'queue' ? 'active' : ''}>Queue</a>
              <a href="/customers" class={p.active === 'customers' ? 'active' : ''}>Customers</a>
              {owner ? <a href="/insights" class={p.active === 'insights' ? 'active' : ''}>Insights</a> : null}
              {owner ? <a href="/settings/mailboxes" class={p.active === 'settings' ? 'active' : ''}>Mailboxes</a> : null}
              {owner ? <a href="/settings/users" class={p.active === 'users' ? 'active' : ''}>Users</a> : null}
            </nav>
            <div class="me">
              <span>
                {p.user.name} · {p.user.role}
              </span>
              <form method="post" action="/logout">
                <input type="hidden" name="_csrf" value={p.csrfToken ?? ''} />
                <button type="submit">Sign out</button>
              </form>
            </div>
          </header>
        ) : null}
        <main>{p.children}</main>
        {p.user && p.nonce ? <script nonce={p.nonce} dangerouslySetInnerHTML={{ __html: DESK_SCRIPT }} /> : null}
      </body>
      </html>
    </>
  );
}

/** The hidden CSRF field every form carries. */
export const Csrf = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;
