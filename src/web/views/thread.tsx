import type { DeskUser } from '../../auth/users.ts';
import type { Order, ProposedAction } from '../../domain/shop.ts';
import { formatDateTime, formatPercent, humanize, RTL_LANGUAGES } from '../format.ts';
import type { DestinationView, DraftView, MessageView, ThreadView } from '../queries/thread.ts';
import type { SegmentId } from '../../crm/segments.ts';
import { SEGMENT_LABELS } from '../../crm/views/CustomerPanel.tsx';
import { Csrf, Layout } from './layout.tsx';

export interface ThreadPageProps {
  user: DeskUser;
  csrfToken: string;
  nonce: string | undefined;
  view: ThreadView;
  /** The customer's CRM segments and staff tags (sidebar badges). */
  crm?: { segments: SegmentId[]; staffTags: string[] } | undefined;
  notice?: string | undefined;
  error?: string | undefined;
}

function describeAction(a: ProposedAction): string {
  switch (a.kind) {
    case 'cancel_order':
      return `Cancel order ${a.orderName} (reason ${a.reason.toLowerCase()}, ${a.refund ? 'refund' : 'no refund'}, ${a.restock ? 'restock' : 'no restock'})`;
    case 'refund_order':
      return `Refund order ${a.orderName}${a.amount ? ` — ${a.amount.amount} ${a.amount.currencyCode}` : ' in full'}`;
    case 'change_address':
      return `Change the shipping address of ${a.orderName} to: ${a.newAddress}`;
  }
}

function ProposedActionBox({ d, csrf }: { d: DraftView; csrf: string }) {
  if (!d.proposedAction) return null;
  const status = d.actionStatus ?? 'proposed';
  const cls = status === 'done' ? 'done' : status === 'failed' ? 'failed' : '';
  return (
    <div class={`action-box ${cls}`} id={`action-${d.id}`}>
      <div>
        <strong>Proposed action:</strong> {describeAction(d.proposedAction)}{' '}
        <span class={`badge ${status === 'done' ? 'ok' : status === 'failed' ? 'bad' : 'warn'}`} data-action-status={status}>
          {status}
        </span>
      </div>
      <div class="small muted">Nothing is changed in the store until a person approves it here.</div>
      {d.actionCheck && !d.actionCheck.ok ? (
        <div class="notice bad small" data-action-check>
          <strong>Does not match the email or the order:</strong>
          <ul>
            {d.actionCheck.problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : d.actionCheck?.ok ? (
        <div class="small" data-action-check-ok>
          Checked: the order is the verified customer's{d.proposedAction.kind === 'change_address' ? ', the address is in their message' : ''}
          {d.proposedAction.kind === 'refund_order' ? ', the amount is within what was paid' : ''}.
        </div>
      ) : null}
      {d.actionResult && !d.actionResult.ok ? (
        <div class="notice bad small" data-user-errors>
          Shopify refused: {d.actionResult.userErrors.length ? d.actionResult.userErrors.map((e) => `${e.field?.join('.') ?? ''} ${e.message}`.trim()).join('; ') : d.actionResult.detail}
        </div>
      ) : null}
      {d.actionResult?.ok ? <div class="small">Done in the store.{d.actionResult.detail ? ` ${d.actionResult.detail}` : ''}</div> : null}
      {status === 'proposed' || status === 'failed' ? (
        <div class="actions">
          <form method="post" action={`/drafts/${d.id}/action/approve`} class="inline">
            <Csrf token={csrf} />
            {d.actionCheck && !d.actionCheck.ok ? (
              <label class="small" data-override>
                <input type="checkbox" name="override" value="yes" required /> I checked the mismatches above myself: run it anyway{' '}
              </label>
            ) : null}
            <button class={`btn ${d.actionCheck && !d.actionCheck.ok ? 'danger' : 'ok'} small`} type="submit" data-approve-action>
              {status === 'failed' ? 'Retry in store' : d.actionCheck && !d.actionCheck.ok ? 'Override and approve' : 'Approve action'}
            </button>
          </form>{' '}
          {status === 'proposed' ? (
            <form method="post" action={`/drafts/${d.id}/action/refuse`} class="inline">
              <Csrf token={csrf} />
              <button class="btn danger small" type="submit" data-refuse-action>
                Refuse
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** How many of the order numbers past the lookup cap the desk prints; the count is always exact. */
const LISTED_NOT_LOOKED_UP = 100;

function NotLookedUp({ names }: { names: string[] }) {
  const shown = names.slice(0, LISTED_NOT_LOOKED_UP);
  return (
    <div class="notice warn small" data-not-looked-up={names.length}>
      {names.length} more order number{names.length === 1 ? '' : 's'} not looked up: {shown.join(', ')}
      {names.length > shown.length ? ` … and ${names.length - shown.length} more` : ''}
    </div>
  );
}

function Why({ m }: { m: MessageView }) {
  const w = m.why;
  return (
    <details class="why-box">
      <summary>Why this draft</summary>
      <dl class="why">
        <dt>Intent</dt>
        <dd>
          {humanize(w.intent)} {w.action ? <span class="muted">→ {w.action}</span> : null}
        </dd>
        <dt>Confidence</dt>
        <dd>{w.confidence === null ? '—' : formatPercent(w.confidence)}</dd>
        <dt>Classifier</dt>
        <dd>
          {w.source ?? '—'}
          {w.fallbackReason ? <span class="badge warn">fallback: {w.fallbackReason}</span> : null}
        </dd>
        {w.escalation ? (
          <>
            <dt>Escalation</dt>
            <dd>{humanize(w.escalation)}</dd>
          </>
        ) : null}
        <dt>Reasons</dt>
        <dd>{w.reasons.length ? w.reasons.join(' · ') : '—'}</dd>
        <dt>Order numbers</dt>
        <dd>
          {(w.notLookedUpOrderNames.length ? w.orderNumbers.filter((n) => !w.notLookedUpOrderNames.includes(n)) : w.orderNumbers).join(', ') || '—'}
          {w.droppedOrderNumbers.length ? <span class="muted"> (dropped, not in the email: {w.droppedOrderNumbers.join(', ')})</span> : null}
          {w.notLookedUpOrderNames.length ? <NotLookedUp names={w.notLookedUpOrderNames} /> : null}
        </dd>
        <dt>Identity</dt>
        <dd>{humanize(w.identity)}</dd>
        <dt>Sender</dt>
        <dd>
          <SenderBadge dest={m.destination} />
          {m.destination.senderCheckReason ? <span class="muted"> — {m.destination.senderCheckReason}</span> : null}
        </dd>
        <dt>Lookups</dt>
        <dd>{w.lookups.join(' · ') || '—'}</dd>
        {m.draft?.factsUsed.length ? (
          <>
            <dt>Facts used</dt>
            <dd>
              <ul class="facts">
                {m.draft.factsUsed.map((f) => (
                  <li>{f}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>State</dt>
        <dd>
          {humanize(m.state)}
          {w.stateReason ? <span class="muted"> — {w.stateReason}</span> : null}
        </dd>
      </dl>
    </details>
  );
}

/** The sender check, in a word: the desk says "sender not checked" when no trusted server vouched for it. */
function SenderBadge({ dest }: { dest: DestinationView }) {
  const title = dest.senderCheckReason ?? undefined;
  if (dest.senderCheck === 'authenticated') return <span class="badge ok" title={title} data-sender-check="authenticated">sender authenticated</span>;
  if (dest.senderCheck === 'not_confirmed') return <span class="badge bad" title={title} data-sender-check="not_confirmed">identity not confirmed</span>;
  return <span class="badge warn" title={title} data-sender-check="not_checked">sender not checked</span>;
}

function Editor({ m, csrf }: { m: MessageView; csrf: string }) {
  const d = m.draft;
  const rtl = RTL_LANGUAGES.has(d?.language ?? '');
  if (!m.actionable) {
    return d ? (
      <div class="editor small muted">
        Draft {d.status}
        {d.approvedBy ? ` · approved by ${d.approvedBy === 'auto' ? 'auto-send' : d.approvedBy} ${formatDateTime(d.approvedAt)}` : ''}
        {d.edited ? ' · edited' : ' · unedited'}
        <ProposedActionBox d={d} csrf={csrf} />
        <Why m={m} />
      </div>
    ) : (
      <div class="editor">
        <Why m={m} />
      </div>
    );
  }
  return (
    <div class="editor" data-editor>
      {d ? <ProposedActionBox d={d} csrf={csrf} /> : null}
      <form method="post" action={d ? `/drafts/${d.id}/save` : `/messages/${m.id}/compose`}>
        <Csrf token={csrf} />
        <h2>
          Reply{d ? <span class="muted small"> · {d.edited ? 'edited' : 'as drafted'} · {d.language.toUpperCase()}</span> : <span class="muted small"> · no draft: write one</span>}
        </h2>
        {!d ? <input type="text" name="subject" value={m.subject?.toLowerCase().startsWith('re:') ? m.subject : `Re: ${m.subject ?? ''}`} size={60} /> : null}
        <textarea name="body" class={rtl ? 'rtl' : ''} dir={rtl ? 'rtl' : 'auto'} data-draft-body>
          {d?.body ?? ''}
        </textarea>
        <div class="actions">
          {d ? (
            <button class="btn" type="submit" data-save>
              Save draft
            </button>
          ) : null}
          <button class="btn primary" type="submit" formaction={d ? `/drafts/${d.id}/approve` : `/messages/${m.id}/compose`} data-approve>
            Approve &amp; send
          </button>
          <span class="small" data-reply-to={m.destination.address}>
            to <strong>{m.destination.address || '(no address)'}</strong> <SenderBadge dest={m.destination} />
          </span>
          <span class="spacer" />
        </div>
        {m.destination.warnings.length ? (
          <div class="notice bad small" data-destination-warning>
            {m.destination.warnings.map((w) => (
              <div>⚠ {w}</div>
            ))}
          </div>
        ) : null}
      </form>
      <div class="actions">
        {d ? (
          <form method="post" action={`/drafts/${d.id}/reject`}>
            <Csrf token={csrf} />
            <button class="btn danger small" type="submit" data-reject>
              Reject (no reply)
            </button>
          </form>
        ) : null}
        {m.state !== 'escalated' ? (
          <form method="post" action={`/messages/${m.id}/escalate`}>
            <Csrf token={csrf} />
            <input type="text" name="note" placeholder="Escalation note (optional)" size={28} />{' '}
            <button class="btn small" type="submit" data-escalate>
              Escalate
            </button>
          </form>
        ) : null}
      </div>
      <Why m={m} />
    </div>
  );
}

function OrderCard({ o }: { o: Order }) {
  const tracking = o.fulfillments.flatMap((f) => f.trackingInfo);
  return (
    <div class="order" data-order={o.name}>
      <div class="top">
        <span>{o.adminUrl ? <a href={o.adminUrl} target="_blank" rel="noopener noreferrer">{o.name}</a> : o.name}</span>
        <span>
          {o.total.amount} {o.total.currencyCode}
        </span>
      </div>
      <div class="small muted">{formatDateTime(o.createdAt)}</div>
      <div>
        <span class={`badge ${/PAID/.test(o.financialStatus) ? 'ok' : /REFUND|VOID/.test(o.financialStatus) ? 'warn' : ''}`}>{humanize(o.financialStatus.toLowerCase())}</span>{' '}
        <span class={`badge ${o.fulfillmentStatus === 'FULFILLED' ? 'ok' : ''}`}>{humanize(o.fulfillmentStatus.toLowerCase())}</span>
        {o.cancelledAt ? <span class="badge bad">cancelled</span> : null}
      </div>
      <div class="small">{o.lineItems.map((l) => `${l.quantity}× ${l.title}${l.variantTitle ? ` (${l.variantTitle})` : ''}`).join(', ')}</div>
      {tracking.map((t) => (
        <div class="small">
          {t.company ?? 'Tracking'}: {t.url ? <a href={t.url} target="_blank" rel="noopener noreferrer">{t.number ?? 'track'}</a> : t.number}
        </div>
      ))}
    </div>
  );
}

function Sidebar({ view, csrf, crm }: { view: ThreadView; csrf: string; crm: ThreadPageProps['crm'] }) {
  const c = view.customer;
  const p = c.profile;
  return (
    <aside class="side">
      <div class="card" id="customer">
        <h2>
          <a href={`/customers/${encodeURIComponent(c.email)}`} data-customer-link title="Open the customer's record">
            {p ? [p.firstName, p.lastName].filter(Boolean).join(' ') || c.email : c.email}
          </a>
        </h2>
        <div class="small muted">{c.email}</div>
        {crm && (crm.segments.length || crm.staffTags.length) ? (
          <div class="small crm-badges">
            {crm.segments.map((s) => (
              <span class="badge seg" data-segment={s}>
                {SEGMENT_LABELS[s]}
              </span>
            ))}
            {crm.staffTags.map((t) => (
              <span class="badge tag-staff" data-staff-tag={t}>
                {t}
              </span>
            ))}
          </div>
        ) : null}
        {c.shopError ? <div class="notice bad small">Store unavailable: {c.shopError}</div> : null}
        {p ? (
          <>
            <div class="kv">
              <span>Orders</span>
              <span>{p.numberOfOrders}</span>
            </div>
            <div class="kv">
              <span>Spent</span>
              <span>
                {p.amountSpent.amount} {p.amountSpent.currencyCode}
              </span>
            </div>
            <div class="kv">
              <span>Customer since</span>
              <span>{formatDateTime(p.createdAt).slice(0, 11)}</span>
            </div>
            {p.tags.length ? <div class="small">{p.tags.map((t) => <span class="badge">{t}</span>)}</div> : null}
          </>
        ) : !c.shopError ? (
          <div class="small muted">No customer with this email in the store.</div>
        ) : null}
        <h3>Recent orders</h3>
        {c.orders.length ? c.orders.map((o) => <OrderCard o={o} />) : <div class="small muted">None placed with this email.</div>}
      </div>
      <div class="card">
        <h2>Assignment</h2>
        <form method="post" action={`/threads/${view.thread.id}/assign`}>
          <Csrf token={csrf} />
          <select name="assignee">
            <option value="">Unassigned</option>
            {view.users.map((u) => (
              <option value={u.id} selected={view.thread.assigned_to === u.id}>
                {u.name}
              </option>
            ))}
          </select>{' '}
          <button class="btn small" type="submit">
            Assign
          </button>
        </form>
      </div>
      <div class="card">
        <h2>Past conversations</h2>
        {c.otherThreads.length ? (
          <ul class="facts">
            {c.otherThreads.map((t) => (
              <li>
                <a href={`/threads/${t.id}`}>{t.subject || '(no subject)'}</a> <span class="muted small">{formatDateTime(t.lastMessageAt).slice(0, 11)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <div class="small muted">First conversation with this customer.</div>
        )}
        <h3>Activity</h3>
        <ol class="timeline">
          {c.events.slice(0, 25).map((e) => (
            <li>
              <span class="muted">{formatDateTime(e.at)}</span> · {humanize(e.type)}
              {e.type === 'state' ? ` → ${humanize((JSON.parse(e.data) as { to?: string }).to ?? '')}` : ''}
              {e.actor !== 'system' ? <span class="muted"> by {view.users.find((u) => u.id === e.actor)?.name ?? e.actor}</span> : null}
            </li>
          ))}
        </ol>
      </div>
    </aside>
  );
}

export function ThreadPage(p: ThreadPageProps) {
  const v = p.view;
  return (
    <Layout title={v.thread.subject || 'Thread'} user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="queue">
      <p class="small">
        <a href="/queue">← Queue</a>
      </p>
      <h1>{v.thread.subject || '(no subject)'}</h1>
      {p.notice ? <div class="notice ok" data-notice>{p.notice}</div> : null}
      {p.error ? <div class="notice bad" data-error>{p.error}</div> : null}
      <div class="thread">
        <section>
          {v.items.map((it) =>
            it.kind === 'inbound' ? (
              <article class="msg" id={`m-${it.message.id}`} data-state={it.message.state}>
                <div class="head">
                  <div>
                    <strong>{it.message.fromName ?? it.message.from}</strong> <span class="muted small">&lt;{it.message.from}&gt;</span>
                  </div>
                  <div class="small muted">
                    {formatDateTime(it.message.receivedAt)} <span class="badge">{humanize(it.message.state)}</span>
                  </div>
                </div>
                <div class="body" dir="auto">
                  {it.message.newText || <span class="muted">(no new text)</span>}
                </div>
                {it.message.attachments.length ? (
                  <div class="small muted">
                    &nbsp;&nbsp;&nbsp;Attachments: {it.message.attachments.map((a) => a.filename ?? a.contentType).join(', ')}
                  </div>
                ) : null}
                {it.message.quotedText || it.message.signature ? (
                  <details>
                    <summary>Quoted history and signature</summary>
                    <pre dir="auto">{[it.message.quotedText, it.message.signature].filter(Boolean).join('\n\n')}</pre>
                  </details>
                ) : null}
                <Editor m={it.message} csrf={p.csrfToken} />
              </article>
            ) : (
              <article class="msg reply" data-reply={it.reply.id}>
                <div class="head">
                  <div>
                    <strong>Our reply</strong> <span class="muted small">to {it.reply.to_address}</span>
                  </div>
                  <div class="small muted">
                    {formatDateTime(it.reply.sent_at)} · {it.reply.provider}
                  </div>
                </div>
                <div class="body" dir="auto">
                  {it.reply.body}
                </div>
              </article>
            ),
          )}
        </section>
        <Sidebar view={v} csrf={p.csrfToken} crm={p.crm} />
      </div>
    </Layout>
  );
}
