import type { Child, FC } from 'hono/jsx';
import type { CustomerRow } from '../../store/schema.ts';
import { formatDateTime, humanize } from '../../web/format.ts';
import type { CustomerNote } from '../notes.ts';
import type { SegmentId } from '../segments.ts';
import type { CustomerTags } from '../tags.ts';
import type { TimelineEntry } from '../timeline.ts';

export const SEGMENT_LABELS: Record<SegmentId, string> = { vip: 'VIP', at_risk: 'At risk', new: 'New', repeat_contacts: 'Repeat contact' };

const s = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

function describeState(d: Record<string, unknown>): string {
  const to = s(d.to);
  const reason = s(d.reason);
  switch (to) {
    case 'approved':
      return 'Reply approved';
    case 'escalated':
      return `Escalated${reason ? `: ${reason}` : ''}`;
    case 'ignored':
      return `Closed without a reply${reason ? `: ${reason}` : ''}`;
    case 'failed':
    case 'needs_attention':
      return `${humanize(to)}${reason ? `: ${reason}` : ''}`;
    default:
      return `Moved to ${humanize(to)}`;
  }
}

/** Short human line for one timeline entry (all text is escaped by hono/jsx). */
export function describeEntry(e: TimelineEntry): string {
  const d = e.data;
  switch (e.type) {
    case 'note':
      return s(d.body);
    case 'received':
      return 'Email received';
    case 'crm_email_in':
      return `Email from customer: ${s(d.subject)}`;
    case 'crm_email_out':
      return `Reply sent: ${s(d.subject)}`;
    case 'drafted':
      return `Draft written (${humanize(s(d.intent))})${d.proposedAction ? `, proposes ${humanize(s(d.proposedAction))}` : ''}`;
    case 'draft_edited':
      return 'Draft edited';
    case 'state':
      return describeState(d);
    case 'sent':
      return `Reply handed to ${s(d.provider) || 'the sender'}`;
    case 'assigned':
      return d.assignee ? 'Thread assigned' : 'Thread unassigned';
    case 'action_approved':
      return 'Proposed action approved';
    case 'action_executed':
      return `${humanize(s(d.action))} done in the store${d.orderName ? ` (${s(d.orderName)})` : ''}`;
    case 'action_failed':
      return `${humanize(s(d.action))} refused by the store${d.orderName ? ` (${s(d.orderName)})` : ''}`;
    case 'action_refused':
      return 'Proposed action refused';
    case 'retry':
      return `Retrying ${s(d.step)}${d.reason ? `: ${s(d.reason)}` : ''}`;
    case 'customer_note_deleted':
      return 'Note deleted';
    case 'customer_tag_added':
      return `Tag added: ${s(d.tag)}`;
    case 'customer_tag_removed':
      return `Tag removed: ${s(d.tag)}`;
    case 'customer_synced':
      return d.found ? 'Profile refreshed from the shop' : 'Profile refresh: not found in the shop';
    case 'shop_order_update':
      return `Order ${s(d.orderName)} updated (${s(d.topic)})${d.trackingNumber ? `, tracking ${s(d.trackingNumber)}` : ''}`;
    default:
      if (e.type.startsWith('delivery_')) return `Reply ${e.type.slice('delivery_'.length)}${d.reason ? `: ${s(d.reason)}` : ''}`;
      if (e.type.startsWith('hubspot_email_')) return 'Logged to HubSpot';
      return humanize(e.type);
  }
}

export const CustomerProfile: FC<{ customer: CustomerRow | null; email: string; name?: string | null; segments: SegmentId[]; tags: CustomerTags; children?: Child }> = ({ customer, email, name, segments, tags, children }) => (
  <section class="crm-profile">
    <h2>{customer?.name ?? name ?? email}</h2>
    <p class="crm-email">{email}</p>
    {customer ? (
      <dl>
        <dt>Orders</dt>
        <dd data-field="orders">{customer.orders_count}</dd>
        <dt>Total spent</dt>
        <dd data-field="spent">
          {customer.total_spent} {customer.currency ?? ''}
        </dd>
        <dt>First order</dt>
        <dd>{formatDateTime(customer.first_order_at)}</dd>
        <dt>Last order</dt>
        <dd>{formatDateTime(customer.last_order_at)}</dd>
        <dt>Synced</dt>
        <dd>{customer.synced_at ? formatDateTime(customer.synced_at) : 'never'}</dd>
      </dl>
    ) : (
      <p class="muted small">No profile from the shop yet.</p>
    )}
    {segments.length ? (
      <ul class="crm-segments">
        {segments.map((seg) => (
          <li data-segment={seg}>{SEGMENT_LABELS[seg]}</li>
        ))}
      </ul>
    ) : null}
    <ul class="crm-tags">
      {tags.staff.map((t) => (
        <li class="tag staff">{t}</li>
      ))}
      {tags.shop.map((t) => (
        <li class="tag shop">{t}</li>
      ))}
    </ul>
    {children}
  </section>
);

export interface CustomerTimelineProps {
  entries: TimelineEntry[];
  /** Link for an entry (its thread), if any. */
  hrefFor?: (e: TimelineEntry) => string | null;
  /** Display name for an actor id ('system' is not shown). */
  actorName?: (id: string) => string;
}

export const CustomerTimeline: FC<CustomerTimelineProps> = ({ entries, hrefFor, actorName }) => (
  <ol class="crm-timeline">
    {entries.map((e) => {
      const href = hrefFor?.(e) ?? null;
      return (
        <li class={`entry ${e.kind}`} data-type={e.type} data-entry={e.id}>
          <time datetime={e.at}>{formatDateTime(e.at)}</time>
          <span class="what">{describeEntry(e)}</span>
          {e.actor !== 'system' ? <span class="actor">by {actorName?.(e.actor) ?? e.actor}</span> : null}
          {href ? (
            <a class="to-thread" href={href}>
              thread →
            </a>
          ) : null}
        </li>
      );
    })}
  </ol>
);

export const CustomerNotes: FC<{ notes: CustomerNote[]; authorName?: (id: string) => string; actions?: (n: CustomerNote) => Child }> = ({ notes, authorName, actions }) => (
  <ul class="crm-notes">
    {notes.map((n) => (
      <li data-note={n.id}>
        <p>{n.body}</p>
        <small>
          {authorName?.(n.author) ?? n.author} · {formatDateTime(n.created_at)}
        </small>
        {actions?.(n)}
      </li>
    ))}
  </ul>
);
