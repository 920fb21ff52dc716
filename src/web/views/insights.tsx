import type { DeskUser } from '../../auth/users.ts';
import { formatAge, formatPercent, humanize } from '../format.ts';
import type { Insights } from '../queries/insights.ts';
import { HBars, PALETTE, StackedBars } from './charts.tsx';
import { Layout } from './layout.tsx';

function seriesKeys(rows: { counts: Record<string, number> }[]): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r.counts)) totals.set(k, (totals.get(k) ?? 0) + v);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

export function InsightsPage(p: { user: DeskUser; csrfToken: string; nonce: string | undefined; insights: Insights; days: number }) {
  const s = p.insights;
  const intentKeys = seriesKeys(s.volumeByIntent);
  const langKeys = seriesKeys(s.volumeByLanguage);
  const intentTotals = intentKeys.map((k, i) => ({ label: humanize(k), value: s.volumeByIntent.reduce((n, r) => n + (r.counts[k] ?? 0), 0), color: PALETTE[i % PALETTE.length]! }));
  return (
    <Layout title="Insights" user={p.user} csrfToken={p.csrfToken} nonce={p.nonce} active="insights">
      <h1>
        Insights <span class="muted small">last {p.days} days · {s.totals.received} messages</span>
      </h1>
      <nav class="tabs">
        {[7, 30, 90].map((d) => (
          <a href={`/insights?days=${d}`} class={d === p.days ? 'active' : ''}>
            Last {d} days
          </a>
        ))}
      </nav>
      <div class="grid k4">
        <div class="card kpi" data-kpi="median-draft">
          <div class="l">Median time to first draft</div>
          <div class="v">{s.medianMinutesToDraft === null ? '—' : s.medianMinutesToDraft < 1 ? '< 1 min' : formatAge(s.medianMinutesToDraft)}</div>
        </div>
        <div class="card kpi" data-kpi="median-send">
          <div class="l">Median time to send</div>
          <div class="v">{s.medianMinutesToSend === null ? '—' : s.medianMinutesToSend < 1 ? '< 1 min' : formatAge(s.medianMinutesToSend)}</div>
        </div>
        <div class="card kpi" data-kpi="unedited">
          <div class="l">Drafts sent unedited</div>
          <div class="v">{formatPercent(s.uneditedShare)}</div>
          <div class="small muted">of {s.sent} sent</div>
        </div>
        <div class="card kpi" data-kpi="automation">
          <div class="l">Automation rate</div>
          <div class="v">{formatPercent(s.automationRate)}</div>
          <div class="small muted">auto-approved / sent</div>
        </div>
      </div>
      <div class="card">
        <h2>Volume by intent, per day</h2>
        <StackedBars rows={s.volumeByIntent} keys={intentKeys} title="Messages per day by intent" wide />
      </div>
      <div class="grid k2">
        <div class="card">
          <h2>Volume by language, per day</h2>
          <StackedBars rows={s.volumeByLanguage} keys={langKeys} title="Messages per day by language" />
        </div>
        <div class="card">
          <h2>Intents in the period</h2>
          <HBars items={intentTotals} />
        </div>
      </div>
      <div class="grid k2">
        <div class="card">
          <h2>Outcomes</h2>
          <HBars
            items={[
              { label: 'replied', value: s.totals.replied, color: '#12b886' },
              { label: 'awaiting review', value: s.totals.awaiting, color: '#3b5bdb' },
              { label: 'escalated', value: s.totals.escalated, color: '#e8590c' },
              { label: 'ignored', value: s.totals.ignored, color: '#868e96' },
            ]}
          />
        </div>
        <div class="card" data-kpi="sla">
          <h2>SLA breaches (over {s.slaHours} h)</h2>
          <HBars
            items={[
              { label: 'answered late', value: s.slaBreaches.late, color: '#f03e3e' },
              { label: 'open, overdue', value: s.slaBreaches.openOverdue, color: '#f59f00' },
            ]}
          />
        </div>
      </div>
    </Layout>
  );
}
