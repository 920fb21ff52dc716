// The desk's stylesheet, served from /assets/desk.css (the CSP allows styles from our origin only).
export const DESK_CSS = `
:root{--bg:#f6f7f9;--panel:#fff;--ink:#1c2330;--muted:#667085;--line:#e4e7ec;--brand:#3b5bdb;--brand-ink:#fff;
--ok:#1f9d55;--warn:#c27803;--bad:#d92d20;--soft:#eef2ff;--radius:8px;font-size:14px}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif}
a{color:var(--brand);text-decoration:none}a:hover{text-decoration:underline}
header.top{display:flex;align-items:center;gap:24px;background:#111827;color:#e5e7eb;padding:0 24px;height:52px}
header.top .logo{font-weight:700;color:#fff;letter-spacing:.2px}
header.top .logo span{color:#93a5ff}
header.top nav{display:flex;gap:4px;flex:1}
header.top nav a{color:#cbd5e1;padding:6px 12px;border-radius:6px}
header.top nav a.active,header.top nav a:hover{background:#1f2937;color:#fff;text-decoration:none}
header.top .me{display:flex;align-items:center;gap:12px;color:#9ca3af;font-size:13px}
header.top .me button{background:none;border:1px solid #374151;color:#d1d5db;border-radius:6px;padding:4px 10px;cursor:pointer}
main{padding:20px 24px;max-width:1500px;margin:0 auto}
h1{font-size:20px;margin:0 0 16px}h2{font-size:15px;margin:0 0 10px}h3{font-size:13px;margin:14px 0 6px;color:var(--muted);text-transform:uppercase;letter-spacing:.4px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);padding:16px;margin-bottom:16px}
.tabs{display:flex;gap:2px;border-bottom:1px solid var(--line);margin-bottom:12px}
.tabs a{padding:8px 14px;color:var(--muted);border-bottom:2px solid transparent;margin-bottom:-1px}
.tabs a.active{color:var(--ink);border-color:var(--brand);font-weight:600}
.tabs a:hover{text-decoration:none;color:var(--ink)}
.count{display:inline-block;min-width:20px;padding:0 6px;margin-left:6px;border-radius:10px;background:#eef0f3;color:var(--muted);font-size:12px;text-align:center}
.tabs a.active .count{background:var(--soft);color:var(--brand)}
form.filters{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:12px;align-items:center}
input,select,textarea,button{font:inherit}
input[type=text],input[type=search],input[type=email],input[type=password],input[type=number],select,textarea{border:1px solid #d0d5dd;border-radius:6px;padding:6px 10px;background:#fff;color:var(--ink)}
input:focus,select:focus,textarea:focus{outline:2px solid #c7d2fe;border-color:var(--brand)}
textarea{width:100%;min-height:260px;line-height:1.55;resize:vertical}
.btn{display:inline-block;border:1px solid #d0d5dd;background:#fff;color:var(--ink);border-radius:6px;padding:6px 14px;cursor:pointer;font-weight:500}
.btn:hover{background:#f9fafb;text-decoration:none}
.btn.primary{background:var(--brand);border-color:var(--brand);color:var(--brand-ink)}.btn.primary:hover{background:#324cc0}
.btn.danger{color:var(--bad);border-color:#fecdca}.btn.danger:hover{background:#fef3f2}
.btn.ok{background:var(--ok);border-color:var(--ok);color:#fff}
.btn.small{padding:3px 10px;font-size:13px}
table.list{width:100%;border-collapse:collapse;background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
table.list th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.4px;background:#fafbfc;padding:8px 12px;border-bottom:1px solid var(--line)}
table.list td{padding:10px 12px;border-bottom:1px solid #f0f2f5;vertical-align:top}
table.list tr.row{cursor:pointer}
table.list tr.row:hover td{background:#fafbff}
table.list tr.row.selected td{background:var(--soft)}
table.list tr.row.selected td:first-child{box-shadow:inset 3px 0 0 var(--brand)}
.subject{font-weight:600}.snippet{color:var(--muted);font-size:13px;margin-top:2px;max-width:640px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.from{font-size:13px}.from small{display:block;color:var(--muted)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#eef0f3;color:#344054;white-space:nowrap}
.badge.intent{background:#eef4ff;color:#3538cd}.badge.lang{background:#f4f3ff;color:#5925dc;text-transform:uppercase}
.badge.warn{background:#fffaeb;color:#b54708}.badge.bad{background:#fef3f2;color:#b42318}.badge.ok{background:#ecfdf3;color:#027a48}
.age{font-variant-numeric:tabular-nums;white-space:nowrap}.age.late{color:var(--bad);font-weight:600}
.muted{color:var(--muted)}.small{font-size:12px}
.empty{padding:40px;text-align:center;color:var(--muted)}
.kbd{display:inline-block;border:1px solid #d0d5dd;border-bottom-width:2px;border-radius:4px;padding:0 5px;font:12px ui-monospace,monospace;background:#fff}
.hint{margin-top:10px;color:var(--muted);font-size:12px}
.notice{padding:10px 14px;border-radius:6px;margin-bottom:14px;border:1px solid}
.notice.ok{background:#ecfdf3;border-color:#abefc6;color:#05603a}.notice.bad{background:#fef3f2;border-color:#fecdca;color:#912018}.notice.warn{background:#fffaeb;border-color:#fedf89;color:#93370d}
.thread{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;align-items:start}
.msg{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);margin-bottom:14px}
.msg .head{display:flex;justify-content:space-between;gap:12px;padding:10px 16px;border-bottom:1px solid #f0f2f5}
.msg .body{padding:14px 16px;white-space:pre-wrap;word-wrap:break-word}
.msg.reply{border-left:3px solid var(--ok)}.msg.reply .head{background:#f6fef9}
.msg details{padding:0 16px 12px}.msg details summary{cursor:pointer;color:var(--muted);font-size:13px}
.msg details pre{white-space:pre-wrap;color:var(--muted);border-left:3px solid var(--line);padding-left:10px;font:13px/1.5 inherit}
.editor{border-top:1px solid var(--line);padding:14px 16px;background:#fcfcfd;border-radius:0 0 var(--radius) var(--radius)}
.editor .actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:10px;align-items:center}
.editor .actions .spacer{flex:1}
.why{display:grid;grid-template-columns:140px 1fr;gap:4px 12px;font-size:13px;margin:0}
.why dt{color:var(--muted)}.why dd{margin:0}
ul.facts{margin:4px 0 0;padding-left:18px;font-size:13px}
.action-box{border:1px solid #fedf89;background:#fffcf5;border-radius:6px;padding:12px;margin:10px 0}
.action-box.done{border-color:#abefc6;background:#f6fef9}.action-box.failed{border-color:#fecdca;background:#fffbfa}
.side .card{padding:14px}
.order{border-top:1px solid #f0f2f5;padding:8px 0}.order:first-of-type{border-top:0}
.order .top{display:flex;justify-content:space-between;font-weight:600}
.kv{display:flex;justify-content:space-between;font-size:13px;padding:2px 0}.kv span:first-child{color:var(--muted)}
ol.timeline{list-style:none;padding:0;margin:0;font-size:12px}ol.timeline li{padding:4px 0;border-bottom:1px dashed #eef0f3}
.grid{display:grid;gap:16px}.grid.k4{grid-template-columns:repeat(4,minmax(0,1fr))}.grid.k2{grid-template-columns:repeat(2,minmax(0,1fr))}
.kpi .v{font-size:26px;font-weight:700}.kpi .l{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.4px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:12px;margin-top:8px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
svg.chart{width:100%;height:auto;display:block}svg.chart text{font:11px system-ui,sans-serif;fill:#667085}
.login{max-width:380px;margin:10vh auto}.login .card{padding:28px}.login label{display:block;margin:12px 0 4px;font-weight:500}.login input{width:100%}
.modes label{margin-right:14px}.checks{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:4px 12px;margin:8px 0}
.rtl{direction:rtl;text-align:right}
table.list th.num,table.list td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge.seg{background:#fdf2fa;color:#c11574}.badge.tag-staff{background:#ecfdf3;color:#027a48}.crm-badges{margin-top:6px;display:flex;flex-wrap:wrap;gap:4px}
.crm-profile h2{margin-bottom:2px}.crm-profile .crm-email{margin:0 0 10px;color:var(--muted);font-size:12px}
.crm-profile dl{display:grid;grid-template-columns:100px 1fr;gap:3px 10px;font-size:13px;margin:0 0 10px}.crm-profile dt{color:var(--muted)}.crm-profile dd{margin:0}
ul.crm-segments,ul.crm-tags{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px}
ul.crm-segments li{padding:1px 8px;border-radius:10px;font-size:12px;background:#fdf2fa;color:#c11574}
ul.crm-tags li{display:inline-flex;align-items:center;gap:2px;padding:1px 8px;border-radius:10px;font-size:12px;background:#eef0f3;color:#344054}
ul.crm-tags li.staff{background:#ecfdf3;color:#027a48}
ul.crm-tags button.x{border:0;background:none;color:inherit;cursor:pointer;padding:0 0 0 2px;font-size:14px;line-height:1;opacity:.6}ul.crm-tags button.x:hover{opacity:1}
form.inline{display:inline}form.crm-add{margin-top:8px}form.crm-add textarea.short{min-height:64px;margin-bottom:6px}form.crm-sync{margin-top:8px}
ul.crm-notes{list-style:none;padding:0;margin:10px 0 0}ul.crm-notes li{border-top:1px solid #f0f2f5;padding:8px 0}ul.crm-notes p{margin:0 0 2px;white-space:pre-wrap;word-wrap:break-word}ul.crm-notes small{color:var(--muted)}
button.link{border:0;background:none;padding:0 0 0 8px;cursor:pointer;font-size:12px;color:var(--brand)}button.link.danger{color:var(--bad)}
ol.crm-timeline{list-style:none;padding:0;margin:0;font-size:13px}
ol.crm-timeline li{display:grid;grid-template-columns:190px minmax(0,1fr) auto auto;gap:10px;padding:6px 0;border-bottom:1px dashed #eef0f3;align-items:baseline}
ol.crm-timeline time{color:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}ol.crm-timeline .what{word-wrap:break-word}
ol.crm-timeline .actor{color:var(--muted);font-size:12px}ol.crm-timeline .to-thread{font-size:12px;white-space:nowrap}
ol.crm-timeline li.note .what{background:#fffcf5;border-left:3px solid #fedf89;padding:2px 8px;white-space:pre-wrap}
@media (max-width:1000px){.thread{grid-template-columns:1fr}.grid.k4{grid-template-columns:repeat(2,1fr)}}
`;
