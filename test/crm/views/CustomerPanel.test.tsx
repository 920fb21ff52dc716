import { describe, expect, it } from 'vitest';
import { CustomerProfile, CustomerTimeline } from '../../../src/crm/views/CustomerPanel.tsx';
import type { TimelineEntry } from '../../../src/crm/timeline.ts';

const entry = (type: string, data: Record<string, unknown>, kind: 'event' | 'note' = 'event'): TimelineEntry => ({ kind, id: type, at: '2026-11-20T10:00:00.000Z', type, threadId: null, messageId: null, actor: 'system', data });

describe('CRM views', () => {
  it('renders timeline entries readably and escapes customer-controlled text', async () => {
    const html = String(
      await (
        <CustomerTimeline
          entries={[
            entry('note', { body: '<script>alert(1)</script>' }, 'note'),
            entry('delivery_bounce', { reason: '550 no such user' }),
            entry('shop_order_update', { orderName: '#1001', topic: 'fulfillments/create', trackingNumber: '1Z2345' }),
          ]}
        />
      ),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Reply bounce: 550 no such user');
    expect(html).toContain('Order #1001 updated (fulfillments/create), tracking 1Z2345');
  });

  it('shows the synced profile, segment badges and both kinds of tags', async () => {
    const t = '2026-11-20T10:00:00.000Z';
    const html = String(
      await (
        <CustomerProfile
          email="emma@example.com"
          customer={{ id: '1', email: 'emma@example.com', name: 'Emma Johnson', shopify_id: null, orders_count: 4, total_spent: '388.95', currency: 'EUR', tags: '[]', notes: null, first_order_at: '2026-06-12T09:44:55Z', last_order_at: null, synced_at: t, created_at: t, updated_at: t }}
          segments={['vip', 'repeat_contacts']}
          tags={{ staff: ['fragile'], shop: ['newsletter'] }}
        />
      ),
    );
    expect(html).toContain('<h2>Emma Johnson</h2>');
    expect(html).toContain('388.95 EUR');
    expect(html).toContain('data-segment="vip"');
    expect(html).toContain('Repeat contact');
    expect(html).toContain('<li class="tag staff">fragile</li>');
    expect(html).toContain('<li class="tag shop">newsletter</li>');
  });
});
