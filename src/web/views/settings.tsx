import type { DeskUser } from '../../auth/users.ts';
import { INTENTS } from '../../domain/intents.ts';
import type { MailboxRow } from '../../store/schema.ts';
import { formatDateTime, humanize } from '../format.ts';
import { Csrf, Layout } from './layout.tsx';

interface Base {
  user: DeskUser;
  csrfToken: string;
  nonce: string | undefined;
  notice?: string | undefined;
  error?: string | undefined;
}

const MODES = [
  ['off', 'Off — the agent writes nothing; staff answer every message'],
  ['draft', 'Draft — the agent drafts every reply; staff approve each one'],
  ['auto', 'Auto — allow-listed intents are sent without review when identity is verified and confidence is high enough'],
] as const;

export function MailboxesPage(p: Base & { mailboxes: MailboxRow[] }) {
  return (
    <Layout title="Mailboxes" user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="settings">
      <h1>Mailboxes</h1>
      {p.notice ? <div class="notice ok">{p.notice}</div> : null}
      {p.error ? <div class="notice bad">{p.error}</div> : null}
      {p.mailboxes.length === 0 ? <div class="card empty">No mailbox yet: connect one or run the demo.</div> : null}
      {p.mailboxes.map((m) => {
        const allowed = new Set(JSON.parse(m.auto_intents) as string[]);
        return (
          <form class="card modes" method="post" action={`/settings/mailboxes/${encodeURIComponent(m.id)}`} data-mailbox={m.id}>
            <Csrf token={p.csrfToken} />
            <h2>
              {m.name} <span class="muted small">{m.address} · {m.kind}</span>
            </h2>
            <h3>Review mode</h3>
            {MODES.map(([value, label]) => (
              <div>
                <label>
                  <input type="radio" name="mode" value={value} checked={m.mode === value} /> {label}
                </label>
              </div>
            ))}
            <h3>Auto-send allow-list</h3>
            <div class="checks">
              {INTENTS.map((i) => (
                <label>
                  <input type="checkbox" name="autoIntents" value={i} checked={allowed.has(i)} /> {humanize(i)}
                </label>
              ))}
            </div>
            <h3>Confidence threshold</h3>
            <input type="number" name="autoConfidence" min="0" max="1" step="0.01" value={String(m.auto_confidence)} />{' '}
            <span class="small muted">Drafts below this confidence always wait for a person.</span>
            <p>
              <button class="btn primary" type="submit">
                Save
              </button>{' '}
              <span class="small muted">Last changed {formatDateTime(m.updated_at)}</span>
            </p>
          </form>
        );
      })}
    </Layout>
  );
}

export function UsersPage(p: Base & { users: (DeskUser & { disabled: boolean; createdAt: string })[] }) {
  return (
    <Layout title="Users" user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="users">
      <h1>Users</h1>
      {p.notice ? <div class="notice ok">{p.notice}</div> : null}
      {p.error ? <div class="notice bad">{p.error}</div> : null}
      <table class="list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Since</th>
          </tr>
        </thead>
        <tbody>
          {p.users.map((u) => (
            <tr>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <span class="badge">{u.role}</span>
                {u.disabled ? <span class="badge bad">disabled</span> : null}
              </td>
              <td class="small muted">{formatDateTime(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="card" method="post" action="/settings/users">
        <Csrf token={p.csrfToken} />
        <h2>Add a user</h2>
        <input type="text" name="name" placeholder="Name" required /> <input type="email" name="email" placeholder="Email" required />{' '}
        <select name="role">
          <option value="agent">Agent</option>
          <option value="owner">Owner</option>
        </select>{' '}
        <input type="password" name="password" placeholder="Password (10+ characters)" minlength={10} required autocomplete="new-password" />{' '}
        <button class="btn primary" type="submit">
          Add
        </button>
      </form>
    </Layout>
  );
}
