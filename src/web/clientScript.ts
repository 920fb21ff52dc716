// The desk's only client script, inlined with the CSP nonce: keyboard shortcuts.
//   queue:  j / k move the selection, Enter or o opens, e opens the draft editor, a approves & sends
//   thread: e focuses the (first) reply editor, a approves & sends it
// Writes go through the JSON API with the session's CSRF token (from <meta name="csrf-token">).
export const DESK_SCRIPT = `
(() => {
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const typing = (e) => /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
  const rows = [...document.querySelectorAll('tr.row')];
  let i = rows.findIndex((r) => r.classList.contains('selected'));
  const select = (n) => {
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, n));
    rows.forEach((r, k) => r.classList.toggle('selected', k === i));
    rows[i].scrollIntoView({ block: 'nearest' });
  };
  rows.forEach((r, k) => r.addEventListener('click', (e) => { if (e.target.closest('a,button')) return; select(k); location.href = r.dataset.href; }));
  if (rows.length && i < 0) select(0);
  document.addEventListener('keydown', async (e) => {
    if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
    const editor = document.querySelector('[data-editor] textarea');
    if (rows.length) {
      const row = rows[i];
      if (e.key === 'j') select(i + 1);
      else if (e.key === 'k') select(i - 1);
      else if ((e.key === 'Enter' || e.key === 'o') && row) location.href = row.dataset.href;
      else if (e.key === 'e' && row) location.href = row.dataset.href.split('#')[0] + '#edit-' + row.dataset.message;
      else if (e.key === 'a' && row && row.dataset.draft) {
        if (!confirm('Approve and send this reply now?')) return;
        const res = await fetch('/api/drafts/' + encodeURIComponent(row.dataset.draft) + '/approve', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: '{}' });
        const out = await res.json().catch(() => ({}));
        if (!res.ok) alert(out.error || 'Could not approve (' + res.status + ')');
        location.reload();
      } else return;
      e.preventDefault();
    } else if (editor) {
      if (e.key === 'e') { editor.focus(); e.preventDefault(); }
      else if (e.key === 'a') { const b = document.querySelector('[data-editor] button[data-approve]'); if (b && confirm('Approve and send this reply now?')) b.click(); e.preventDefault(); }
    }
  });
  // "#edit-<message id>": open the thread with that message's reply editor focused.
  if (location.hash.startsWith('#edit-')) {
    const box = document.getElementById('m-' + location.hash.slice(6))?.querySelector('[data-editor] textarea');
    if (box) { box.scrollIntoView({ block: 'center' }); box.focus(); }
  }
})();
`;
