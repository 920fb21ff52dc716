// Server-rendered SVG charts: no script and no CDN, so they work offline and under the CSP.

export const PALETTE = ['#3b5bdb', '#12b886', '#f59f00', '#e8590c', '#7048e8', '#1098ad', '#d6336c', '#74b816', '#495057', '#f03e3e', '#ae3ec9', '#0ca678', '#868e96', '#fab005'];

export function colorFor(keys: string[], key: string): string {
  return PALETTE[keys.indexOf(key) % PALETTE.length] ?? '#868e96';
}

/** Stacked columns: one per day, one colour per series. */
export function StackedBars({ rows, keys, title, wide = false }: { rows: { day: string; counts: Record<string, number> }[]; keys: string[]; title: string; wide?: boolean }) {
  // Wide charts get a wider viewBox so their text stays the same size as the narrow ones'.
  const W = wide ? 1300 : 640;
  const H = wide ? 240 : 260;
  const pad = { l: 32, r: 8, t: 10, b: 26 };
  const max = Math.max(1, ...rows.map((r) => Object.values(r.counts).reduce((a, b) => a + b, 0)));
  const step = Math.ceil(max / 4);
  const top = step * 4;
  const innerW = W - pad.l - pad.r;
  const innerH = H - pad.t - pad.b;
  const bw = innerW / Math.max(1, rows.length);
  const y = (v: number) => pad.t + innerH - (v / top) * innerH;
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {[0, 1, 2, 3, 4].map((k) => (
          <g>
            <line x1={pad.l} x2={W - pad.r} y1={y(k * step)} y2={y(k * step)} stroke="#eef0f3" />
            <text x={pad.l - 6} y={y(k * step) + 4} text-anchor="end">
              {k * step}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          let acc = 0;
          const x = pad.l + i * bw + bw * 0.15;
          return (
            <g>
              {keys
                .filter((k) => r.counts[k])
                .map((k) => {
                  const v = r.counts[k]!;
                  const y0 = y(acc + v);
                  const h = y(acc) - y0;
                  acc += v;
                  return (
                    <rect x={x} y={y0} width={bw * 0.7} height={h} fill={colorFor(keys, k)}>
                      <title>{`${r.day} · ${k}: ${v}`}</title>
                    </rect>
                  );
                })}
              {i % Math.max(1, Math.ceil(rows.length / 10)) === 0 ? (
                <text x={x + bw * 0.35} y={H - 8} text-anchor="middle">
                  {r.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {keys.map((k) => (
          <span>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" rx="2" fill={colorFor(keys, k)} />
            </svg>{' '}
            {k.replace(/_/g, ' ')}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars for a few labelled values. */
export function HBars({ items, unit = '' }: { items: { label: string; value: number; color?: string }[]; unit?: string }) {
  const W = 420;
  const rowH = 26;
  const H = Math.max(rowH, items.length * rowH);
  const max = Math.max(1, ...items.map((i) => i.value));
  const labelW = 170;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img">
      {items.map((it, i) => {
        const w = ((W - labelW - 50) * it.value) / max;
        return (
          <g>
            <text x={labelW - 8} y={i * rowH + 17} text-anchor="end">
              {it.label}
            </text>
            <rect x={labelW} y={i * rowH + 5} width={Math.max(w, it.value ? 2 : 0)} height={16} rx="3" fill={it.color ?? PALETTE[0]} />
            <text x={labelW + w + 6} y={i * rowH + 17}>
              {`${it.value}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
