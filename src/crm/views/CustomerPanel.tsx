import type { FC } from 'hono/jsx';
import type { CustomerRow } from '../../store/schema.ts';
import type { CustomerNote } from '../notes.ts';
import type { SegmentId } from '../segments.ts';
import type { CustomerTags } from '../tags.ts';
import type { TimelineEntry } from '../timeline.ts';

const SEGMENT_LABELS: Record<SegmentId, string> = { vip: 'VIP', at_risk: 'At risk', new: 'New', repeat_contacts: 'Repeat contact' };

/** Short human line for one timeline entry (all text is escaped by hono/jsx). */
export function describeEntry(e: TimelineEntry): string {
  const d = e.data;
  switch (e.type) {
    case 'note':
      return String(d.body ?? '');
    case 'crm_email_in':
      return `Email from customer: ${String(d.subject ?? '')}`;
    case 'crm_email_out':
      return `Reply sent: ${String(d.subject ?? '')}`;
    case 'shop_order_update':
      return `Order ${String(d.orderName ?? '')} updated (${String(d.topic ?? '')})${d.trackingNumber ? `, tracking ${String(d.trackingNumber)}` : ''}`;
    default:
      if (e.type.startsWith('delivery_')) return `Reply ${e.type.slice('delivery_'.length)}${d.reason ? `: ${String(d.reason)}` : ''}`;
      return e.type.replaceAll('_', ' ');
  }
}

export const CustomerProfile: FC<{ customer: CustomerRow | null; email: string; segments: SegmentId[]; tags: CustomerTags }> = ({ customer, email, segments, tags }) => (
  <section class="crm-profile">
    <h2>{customer?.name ?? email}</h2>
    <p class="crm-email">{email}</p>
    {customer ? (
      <dl>
        <dt>Orders</dt>
        <dd>{customer.orders_count}</dd>
        <dt>Total spent</dt>
        <dd>
          {customer.total_spent} {customer.currency ?? ''}
        </dd>
        <dt>First order</dt>
        <dd>{customer.first_order_at ?? '—'}</dd>
        <dt>Last order</dt>
        <dd>{customer.last_order_at ?? '—'}</dd>
      </dl>
    ) : (
      <p>Not a customer of the shop yet.</p>
    )}
    <ul class="crm-segments">
      {segments.map((s) => (
        <li data-segment={s}>{SEGMENT_LABELS[s]}</li>
      ))}
    </ul>
    <ul class="crm-tags">
      {tags.staff.map((t) => (
        <li class="tag staff">{t}</li>
      ))}
      {tags.shop.map((t) => (
        <li class="tag shop">{t}</li>
      ))}
    </ul>
  </section>
);

export const CustomerTimeline: FC<{ entries: TimelineEntry[] }> = ({ entries }) => (
  <ol class="crm-timeline">
    {entries.map((e) => (
      <li class={`entry ${e.kind}`} data-type={e.type}>
        <time datetime={e.at}>{e.at}</time> <span class="actor">{e.actor}</span> <span class="what">{describeEntry(e)}</span>
      </li>
    ))}
  </ol>
);

export const CustomerNotes: FC<{ notes: CustomerNote[] }> = ({ notes }) => (
  <ul class="crm-notes">
    {notes.map((n) => (
      <li>
        <p>{n.body}</p>
        <small>
          {n.author} · {n.created_at}
        </small>
      </li>
    ))}
  </ul>
);
