import type { DeskUser } from '../../auth/users.ts';
import type { SegmentSummary } from '../../crm/segments.ts';
import type { TimelineEntry } from '../../crm/timeline.ts';
import { CustomerNotes, CustomerProfile, CustomerTimeline, SEGMENT_LABELS } from '../../crm/views/CustomerPanel.tsx';
import { formatDateTime } from '../format.ts';
import { type CustomerFilter, type CustomerListItem, type CustomerRecord, threadOfEntry } from '../queries/customers.ts';
import { Csrf, Layout } from './layout.tsx';

/** The record page's path for an address ("+" and other characters kept intact). */
export const customerHref = (email: string) => `/customers/${encodeURIComponent(email)}`;

export interface CustomersPageProps {
  user: DeskUser;
  csrfToken: string;
  nonce: string | undefined;
  filter: CustomerFilter;
  customers: CustomerListItem[];
  segments: SegmentSummary[];
  tags: string[];
}

function listHref(f: CustomerFilter, segment: string): string {
  const p = new URLSearchParams();
  if (segment) p.set('segment', segment);
  if (f.tag) p.set('tag', f.tag);
  if (f.q) p.set('q', f.q);
  const qs = p.toString();
  return qs ? `/customers?${qs}` : '/customers';
}

const money = (amount: string, currency: string | null) => `${amount}${currency ? ` ${currency}` : ''}`;

export function CustomersPage(p: CustomersPageProps) {
  const f = p.filter;
  return (
    <Layout title="Customers" user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="customers">
      <nav class="tabs">
        <a href={listHref(f, '')} class={f.segment === '' ? 'active' : ''} data-segment-tab="">
          All customers
        </a>
        {p.segments.map((s) => (
          <a href={listHref(f, s.id)} class={f.segment === s.id ? 'active' : ''} data-segment-tab={s.id} title={s.description}>
            {s.label}
            <span class="count">{s.count}</span>
          </a>
        ))}
      </nav>
      <form class="filters" method="get" action="/customers">
        {f.segment ? <input type="hidden" name="segment" value={f.segment} /> : null}
        <input type="search" name="q" value={f.q} placeholder="Search name or email" size={32} />
        <select name="tag">
          <option value="">All tags</option>
          {p.tags.map((t) => (
            <option value={t} selected={f.tag === t}>
              {t}
            </option>
          ))}
        </select>
        <button class="btn" type="submit">
          Filter
        </button>
        {f.q || f.tag || f.segment ? <a href="/customers">Clear</a> : null}
      </form>
      {p.customers.length === 0 ? (
        <div class="card empty">No customers match.</div>
      ) : (
        <table class="list" id="customers">
          <thead>
            <tr>
              <th>Customer</th>
              <th class="num">Orders</th>
              <th class="num">Spent</th>
              <th>Last order</th>
              <th>Segments &amp; tags</th>
              <th class="num">Open threads</th>
            </tr>
          </thead>
          <tbody>
            {p.customers.map((c) => (
              <tr class="row" data-href={customerHref(c.email)} data-customer={c.email}>
                <td class="from">
                  <a href={customerHref(c.email)}>{c.name ?? c.email}</a>
                  <small>{c.email}</small>
                </td>
                <td class="num">{c.synced ? c.ordersCount : <span class="muted" title="No profile from the shop yet">—</span>}</td>
                <td class="num">{c.synced ? money(c.totalSpent, c.currency) : <span class="muted">—</span>}</td>
                <td class="small">{c.lastOrderAt ? formatDateTime(c.lastOrderAt).slice(0, 11) : <span class="muted">—</span>}</td>
                <td>
                  {c.segments.map((s) => (
                    <span class="badge seg" data-segment={s}>
                      {SEGMENT_LABELS[s]}
                    </span>
                  ))}{' '}
                  {c.tags.map((t) => (
                    <span class="badge tag-staff">{t}</span>
                  ))}
                </td>
                <td class="num" data-open={c.openThreads}>
                  {c.openThreads ? <span class="badge warn">{c.openThreads}</span> : <span class="muted">0</span>}
                  <span class="muted small"> / {c.threads}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">
        {p.customers.length} shown · Shortcuts: <span class="kbd">j</span>/<span class="kbd">k</span> move · <span class="kbd">Enter</span> open
      </p>
    </Layout>
  );
}

/** The pipeline's own steps between events that say the same thing better ("Email received", "Draft written", "Reply sent"). */
const ROUTINE_MOVES = new Set(['triaged', 'resolved', 'drafted', 'awaiting_review', 'sent', 'logged']);

/**
 * What the record page's timeline shows: everything but routine state moves made by the system,
 * and the "note added" events (the note is on the timeline itself). The JSON API returns all.
 */
export function shownOnTimeline(e: TimelineEntry): boolean {
  if (e.type === 'customer_note_added') return false;
  if (e.type === 'state' && e.actor === 'system' && ROUTINE_MOVES.has(String(e.data['to']))) return false;
  return true;
}

export interface CustomerPageProps {
  user: DeskUser;
  csrfToken: string;
  nonce: string | undefined;
  record: CustomerRecord;
  notice?: string | undefined;
  error?: string | undefined;
}

export function CustomerPage(p: CustomerPageProps) {
  const r = p.record;
  const base = customerHref(r.email);
  const who = (id: string) => (id === p.user.id ? 'you' : (r.users[id] ?? id));
  const entries = r.timeline.filter(shownOnTimeline);
  return (
    <Layout title={r.name ?? r.email} user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="customers">
      <p class="small">
        <a href="/customers">← Customers</a>
      </p>
      <h1>
        {r.name ?? r.email} <span class="muted small">{r.name ? r.email : ''}</span>
      </h1>
      {p.notice ? <div class="notice ok" data-notice>{p.notice}</div> : null}
      {p.error ? <div class="notice bad" data-error>{p.error}</div> : null}
      <div class="thread">
        <section>
          <div class="card">
            <h2>
              Timeline <span class="muted small">· {entries.length} entries, newest first</span>
            </h2>
            {entries.length ? (
              <CustomerTimeline
                entries={entries}
                actorName={who}
                hrefFor={(e) => {
                  const t = threadOfEntry(r, e);
                  return t ? `/threads/${t}${e.messageId ? `#m-${e.messageId}` : ''}` : null;
                }}
              />
            ) : (
              <div class="small muted">Nothing yet.</div>
            )}
          </div>
        </section>
        <aside class="side">
          <div class="card" id="profile">
            <CustomerProfile customer={r.customer} email={r.email} name={r.name} segments={r.segments} tags={{ staff: [], shop: r.tags.shop }}>
              <form method="post" action={`${base}/sync`} class="crm-sync">
                <Csrf token={p.csrfToken} />
                <button class="btn small" type="submit" data-sync>
                  Refresh from Shopify
                </button>
              </form>
            </CustomerProfile>
          </div>
          <div class="card" id="tags">
            <h2>Staff tags</h2>
            {r.tags.staff.length ? (
              <ul class="crm-tags">
                {r.tags.staff.map((t) => (
                  <li class="tag staff" data-tag={t}>
                    {t}
                    <form method="post" action={`${base}/tags/remove`} class="inline">
                      <Csrf token={p.csrfToken} />
                      <input type="hidden" name="tag" value={t} />
                      <button type="submit" class="x" title={`Remove ${t}`} aria-label={`Remove tag ${t}`}>
                        ×
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            ) : (
              <div class="small muted">No staff tags.</div>
            )}
            <form method="post" action={`${base}/tags`} class="crm-add">
              <Csrf token={p.csrfToken} />
              <input type="text" name="tag" placeholder="Add a tag" maxlength={40} required />{' '}
              <button class="btn small" type="submit" data-add-tag>
                Add
              </button>
            </form>
          </div>
          <div class="card" id="notes">
            <h2>Notes</h2>
            <form method="post" action={`${base}/notes`} class="crm-add">
              <Csrf token={p.csrfToken} />
              <textarea name="body" rows={3} class="short" placeholder="A note for the team (not sent to the customer)" required />
              <button class="btn small" type="submit" data-add-note>
                Add note
              </button>
            </form>
            <CustomerNotes
              notes={r.notes}
              authorName={who}
              actions={(n) =>
                n.author === p.user.id ? (
                  <form method="post" action={`${base}/notes/${n.id}/delete`} class="inline">
                    <Csrf token={p.csrfToken} />
                    <button type="submit" class="link danger" data-delete-note={n.id}>
                      Delete
                    </button>
                  </form>
                ) : null
              }
            />
          </div>
          <div class="card" id="threads">
            <h2>Conversations</h2>
            {r.threads.length ? (
              <ul class="facts">
                {r.threads.map((t) => (
                  <li>
                    <a href={`/threads/${t.id}`}>{t.subject || '(no subject)'}</a> {t.open ? <span class="badge warn">open</span> : null}{' '}
                    <span class="muted small">{formatDateTime(t.lastMessageAt).slice(0, 11)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <div class="small muted">No conversations.</div>
            )}
          </div>
        </aside>
      </div>
    </Layout>
  );
}
