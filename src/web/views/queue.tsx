import type { DeskUser } from '../../auth/users.ts';
import { formatAge, formatDateTime, humanize } from '../format.ts';
import { AGES, QUEUE_TABS, type QueueFilter, type QueueItem, type QueueTab } from '../queries/queue.ts';
import { Layout } from './layout.tsx';

export interface QueuePageProps {
  user: DeskUser;
  csrfToken: string;
  nonce: string | undefined;
  filter: QueueFilter;
  items: QueueItem[];
  counts: Record<QueueTab, number>;
  options: { intents: string[]; languages: string[]; mailboxes: { id: string; name: string }[] };
  notice?: string | undefined;
}

function tabHref(f: QueueFilter, tab: QueueTab): string {
  const p = new URLSearchParams({ tab });
  for (const k of ['intent', 'language', 'mailbox', 'age', 'q'] as const) if (f[k]) p.set(k, f[k]);
  return `/queue?${p}`;
}

export function QueuePage(p: QueuePageProps) {
  const f = p.filter;
  const work = f.tab === 'review' || f.tab === 'escalated' || f.tab === 'failed';
  return (
    <Layout title="Queue" user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="queue">
      {p.notice ? <div class="notice ok">{p.notice}</div> : null}
      <nav class="tabs">
        {(Object.keys(QUEUE_TABS) as QueueTab[]).map((t) => (
          <a href={tabHref(f, t)} class={t === f.tab ? 'active' : ''} data-tab={t}>
            {QUEUE_TABS[t].label}
            <span class="count">{p.counts[t]}</span>
          </a>
        ))}
      </nav>
      <form class="filters" method="get" action="/queue">
        <input type="hidden" name="tab" value={f.tab} />
        <input type="search" name="q" value={f.q} placeholder="Search subject, sender, text" size={32} />
        <select name="intent">
          <option value="">All intents</option>
          {p.options.intents.map((i) => (
            <option value={i} selected={f.intent === i}>
              {humanize(i)}
            </option>
          ))}
        </select>
        <select name="language">
          <option value="">All languages</option>
          {p.options.languages.map((l) => (
            <option value={l} selected={f.language === l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
        {p.options.mailboxes.length > 1 ? (
          <select name="mailbox">
            <option value="">All mailboxes</option>
            {p.options.mailboxes.map((m) => (
              <option value={m.id} selected={f.mailbox === m.id}>
                {m.name}
              </option>
            ))}
          </select>
        ) : null}
        <select name="age">
          {(Object.entries(AGES) as [keyof typeof AGES, string][]).map(([k, label]) => (
            <option value={k} selected={f.age === k}>
              {label}
            </option>
          ))}
        </select>
        <button class="btn" type="submit">
          Filter
        </button>
        {f.q || f.intent || f.language || f.mailbox || f.age ? <a href={`/queue?tab=${f.tab}`}>Clear</a> : null}
      </form>
      {p.items.length === 0 ? (
        <div class="card empty">Nothing here. {f.tab === 'review' ? 'Every draft has been handled.' : ''}</div>
      ) : (
        <table class="list" id="queue">
          <thead>
            <tr>
              <th>From</th>
              <th>Subject</th>
              <th>Intent</th>
              <th>Lang</th>
              <th>{work ? 'Waiting' : 'Answered in'}</th>
              <th>{work ? 'Status' : 'Received'}</th>
            </tr>
          </thead>
          <tbody>
            {p.items.map((it) => (
              <tr class="row" data-href={it.threadId ? `/threads/${it.threadId}#m-${it.messageId}` : '#'} data-draft={work && it.draftId && it.state === 'awaiting_review' ? it.draftId : ''} data-message={it.messageId}>
                <td class="from">
                  {it.fromName ?? it.from ?? '(unknown sender)'}
                  {it.fromName ? <small>{it.from}</small> : null}
                </td>
                <td>
                  <div class="subject">
                    {it.threadId ? <a href={`/threads/${it.threadId}#m-${it.messageId}`}>{it.subject || '(no subject)'}</a> : it.subject || '(no subject)'}
                    {it.proposedAction ? <span class="badge warn"> proposed: {humanize(it.proposedAction)}</span> : null}
                  </div>
                  <div class="snippet">{it.snippet}</div>
                </td>
                <td>{it.intent ? <span class="badge intent">{humanize(it.intent)}</span> : <span class="muted">—</span>}</td>
                <td>{it.language ? <span class="badge lang">{it.language}</span> : null}</td>
                <td>
                  {work || it.sentAt ? (
                    <span class={`age${it.pastSla ? ' late' : ''}`} title={formatDateTime(it.receivedAt)}>
                      {formatAge(it.ageMinutes)}
                    </span>
                  ) : (
                    <span class="muted">—</span>
                  )}
                </td>
                <td class="small">
                  {work ? (
                    <>
                      <span class={`badge ${it.state === 'awaiting_review' ? '' : 'bad'}`}>{humanize(it.state)}</span>
                      {it.reason && it.state !== 'awaiting_review' ? <div class="muted">{it.reason}</div> : null}
                      {it.assignedTo ? <div class="muted">assigned</div> : null}
                    </>
                  ) : (
                    <>
                      <span class="muted">{formatDateTime(it.receivedAt)}</span>
                      {it.state === 'ignored' && it.reason ? (
                        <div class="muted ignored-reason" title={it.guardCode ? `loop guard: ${it.guardCode}` : undefined}>
                          ignored: {it.reason}
                        </div>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">
        Shortcuts: <span class="kbd">j</span>/<span class="kbd">k</span> move · <span class="kbd">Enter</span> open · <span class="kbd">e</span> edit ·{' '}
        <span class="kbd">a</span> approve &amp; send
      </p>
    </Layout>
  );
}
