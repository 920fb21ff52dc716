// Small display helpers shared by the views.

/** "42 min", "3 h 05 min", "2 d 4 h". */
export function formatAge(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${String(m % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** An ISO timestamp as "24 Nov 2026, 09:15 UTC". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTime.format(d)} UTC`;
}

export const formatPercent = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);

export const humanize = (s: string | null | undefined): string => (s ? s.replace(/_/g, ' ') : '—');

export const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur']);
