/** @module The dashboard's and docs page's stylesheets, served as static assets. */

export const DASHBOARD_CSS = `
:root { --ink: #1c2433; --muted: #647089; --line: #dde2ea; --bg: #f3f5f8; --card: #fff; --accent: #0b5cff;
  --ok: #12763a; --ok-bg: #e3f5e9; --bad: #b42318; --bad-bg: #fde8e6; --warn: #8a5a00; --warn-bg: #fff3d6;
  --info: #1849a9; --info-bg: #e5edff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); }
a { color: var(--accent); }
.bar { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 16px; flex-wrap: wrap;
  padding: 10px 20px; background: #0e1f3d; color: #fff; }
.bar h1 { margin: 0; font-size: 18px; }
.bar .muted { color: #a9b6cf; }
.bar a { color: #cfe0ff; }
.bar .jump { margin-left: auto; display: flex; flex-wrap: wrap; gap: 4px 14px; }
.card { scroll-margin-top: 64px; }
.selector select { margin-left: 4px; }
button, select, input, textarea { font: inherit; }
button { cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 4px 10px; color: var(--ink); }
button:hover { border-color: var(--accent); }
button.danger { background: #fff; color: var(--bad); border-color: #f3b8b2; }
input, select, textarea { border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; background: #fff; color: var(--ink); }
#status { margin: 0; padding: 6px 20px; min-height: 1.5em; color: var(--ok); font-size: 13px; }
#status.error { color: var(--bad); background: var(--bad-bg); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; padding: 0 20px 20px; align-items: start; }
@media (max-width: 1100px) { .layout { grid-template-columns: minmax(0, 1fr); } }
#world, aside { display: grid; gap: 16px; min-width: 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; min-width: 0; }
.card h2 { margin: 0 0 8px; font-size: 15px; display: flex; align-items: center; gap: 8px; }
.card h3 { margin: 12px 0 4px; font-size: 13px; color: var(--muted); font-weight: 600; }
.count { font-size: 12px; font-weight: 600; color: var(--muted); background: var(--bg); border-radius: 10px; padding: 0 8px; }
.note, .muted, .empty { color: var(--muted); }
.note { margin: 0 0 8px; font-size: 13px; }
.empty { margin: 4px 0; font-style: italic; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line); padding: 4px 8px 4px 0; white-space: nowrap; }
td { border-bottom: 1px solid #eef1f5; padding: 5px 8px 5px 0; vertical-align: top; }
tr:last-child td { border-bottom: 0; }
td.topic { font-weight: 600; overflow-wrap: break-word; }
.card td code { white-space: nowrap; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f1f3f7; border-radius: 4px; padding: 1px 4px; }
code.copy { user-select: all; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 10px; padding: 0 7px; white-space: nowrap; }
.badge.ok { color: var(--ok); background: var(--ok-bg); } .badge.bad { color: var(--bad); background: var(--bad-bg); }
.badge.warn { color: var(--warn); background: var(--warn-bg); } .badge.info { color: var(--info); background: var(--info-bg); }
.badge.muted { color: var(--muted); background: var(--bg); }
.clock-now { margin: 0 0 8px; } .clock-now time { font-size: 18px; font-weight: 600; margin-right: 8px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.credentials { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
.credentials dt { font-weight: 600; } .credentials dd { margin: 0; }
.job { border-top: 1px solid var(--line); padding: 6px 0; } .job summary { cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0 0 8px; }
.filters label { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; color: var(--muted); white-space: nowrap; }
.filters input { width: 11em; }
.journal-controls { margin: 0 0 8px; } .journal-controls .note { margin: 0; }
#journal-pause[aria-pressed="true"] { background: var(--warn-bg); border-color: var(--warn); color: var(--warn); font-weight: 600; }
.journal table { table-layout: fixed; }
.journal th:nth-child(1) { width: 66px; } .journal th:nth-child(3) { width: 64px; }
.journal th:nth-child(4) { width: 60px; } .journal th:nth-child(5) { width: 96px; }
.journal tr[data-request] { cursor: pointer; } .journal tr[data-request]:hover td { background: #f7f9fc; }
.journal td.path small { display: block; color: var(--muted); }
.open-request { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 0; border-radius: 4px;
  font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--accent); }
.open-request .path-text { overflow-wrap: anywhere; }
.journal td.ok, .journal td.bad, .journal td.warn { white-space: nowrap; font-weight: 600; }
td.ok { color: var(--ok); } td.bad { color: var(--bad); } td.warn { color: var(--warn); }
.journal td.path .badge { margin-top: 2px; }
.journal tr:has(+ tr.diagnostic) td { border-bottom: 0; }
.journal tr.diagnostic td { padding-top: 0; font-size: 12px; font-weight: 400; white-space: normal; overflow-wrap: break-word; }
#inspector { width: min(980px, calc(100vw - 24px)); max-height: calc(100vh - 24px); padding: 0; border: 1px solid var(--line); border-radius: 10px; color: var(--ink); }
#inspector::backdrop { background: rgb(14 31 61 / 45%); }
#inspector > * { margin-left: 18px; margin-right: 18px; }
.inspector-head { position: sticky; top: 0; display: flex; gap: 12px; align-items: flex-start; justify-content: space-between;
  background: #fff; padding: 14px 0 8px; border-bottom: 1px solid var(--line); }
.inspector-head h2 { margin: 0; font-size: 16px; overflow-wrap: anywhere; }
#inspector .controls { margin-top: 12px; margin-bottom: 12px; }
#inspector .note { margin: 0; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 14px; margin: 12px 0; }
.facts dt { font-weight: 600; color: var(--muted); } .facts dd { margin: 0; overflow-wrap: break-word; } .facts code { overflow-wrap: anywhere; }
.part h3 { margin: 14px 0 4px; font-size: 14px; }
table.headers { table-layout: fixed; margin-bottom: 6px; }
table.headers th { width: 15em; font-weight: 600; color: var(--muted); border-bottom: 1px solid #eef1f5; white-space: normal; overflow-wrap: anywhere; }
table.headers td { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.code-block { margin: 0; padding: 8px 10px; background: #0e1f3d; color: #e6edf7; border-radius: 6px; font: 12px/1.45 ui-monospace, monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 45vh; overflow: auto; }
#signer { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px 12px; }
#signer input, #signer select, #signer textarea { min-width: 0; width: 100%; }
#signer label { display: grid; gap: 2px; font-size: 12px; color: var(--muted); }
#signer .wide { grid-column: 1 / -1; }
#signer .row { display: flex; gap: 6px; } #signer .row input { flex: 1; }
#signer input, #signer textarea { font-family: ui-monospace, monospace; font-size: 12px; color: var(--ink); }
.signed { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
.signed dt { font-weight: 600; font-size: 12px; } .signed dd { margin: 0; }
.signed output { font: 12px/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
#signer pre { margin: 0; padding: 8px; background: #0e1f3d; color: #e6edf7; border-radius: 6px; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
#signer pre:empty { display: none; }
@media (max-width: 640px) {
  .bar { position: static; padding: 8px 12px; gap: 8px 12px; } .bar .jump { margin-left: 0; }
  .card { scroll-margin-top: 0; }
  .credentials { grid-template-columns: minmax(0, 1fr); } .credentials dd { margin-bottom: 4px; }
  #status { padding: 6px 12px; }
  .layout { padding: 0 8px 12px; gap: 12px; }
  .card { padding: 10px 12px; }
  code, .card td code { white-space: normal; overflow-wrap: anywhere; }
  #signer { grid-template-columns: minmax(0, 1fr); }
  .card table, .card tbody, .card tr, .card td { display: block; width: auto; }
  .card thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .card tbody tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  .card tbody tr:last-child { border-bottom: 0; }
  .card td { display: flow-root; border: 0; padding: 1px 0 1px 7.5rem; min-height: 1.5em; }
  .card td[data-label]::before { content: attr(data-label); float: left; margin-left: -7.5rem; width: 7rem; text-align: left;
    color: var(--muted); font-size: 12px; font-weight: 600; }
  .journal tbody tr[data-request] { display: flex; flex-wrap: wrap; gap: 2px 12px; }
  .journal tbody tr[data-request] td { padding-left: 0; }
  .journal tbody tr[data-request] td::before { content: none; }
  .journal tbody tr[data-request] td.path { flex-basis: 100%; }
  .journal tr:has(+ tr.diagnostic) { border-bottom: 0; }
  .journal tr.diagnostic td { padding-left: 0; }
  table.headers th { width: 40%; }
  .facts { grid-template-columns: minmax(0, 1fr); } .facts dd { margin-bottom: 6px; }
}
.message { max-width: 640px; margin: 60px auto; }
.login form { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; } .login .error { color: var(--bad); }
.bar form.logout { margin: 0; }
`

export const DOCS_CSS = `
body { margin: 0; font: 14px system-ui, sans-serif; }
.docs-bar { display: flex; gap: 16px; align-items: center; padding: 8px 20px; background: #0e1f3d; color: #dfe7f5; }
.docs-bar a { color: #cfe0ff; font-weight: 600; white-space: nowrap; }
.docs-bar > span { flex: 1; }
.docs-bar .selector label { white-space: nowrap; }
.docs-bar select { max-width: 18em; }
@media (max-width: 700px) { .docs-bar { flex-wrap: wrap; gap: 8px; } }
`

export const WORLD_ACTIONS_CSS = `
/* world actions (dash-world) */
.action-form { margin: 8px 0 0; }
.action-form fieldset { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 150px), 1fr)); gap: 8px 12px;
  min-width: 0; margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px 10px; }
.action-form legend { font-weight: 600; padding: 0 4px; }
.action-form label { display: grid; gap: 2px; font-size: 12px; color: var(--muted); min-width: 0; }
.action-form input, .action-form select, .action-form textarea { width: 100%; min-width: 0; color: var(--ink); }
.action-form textarea { font: 12px/1.4 ui-monospace, monospace; resize: vertical; }
.action-form .wide { grid-column: 1 / -1; }
.action-form fieldset.choices { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 4px 10px 6px; }
.action-form fieldset.choices label { display: flex; gap: 6px; align-items: center; font-size: 13px; color: var(--ink); }
.action-form fieldset.choices input { width: auto; }
.action-form input:disabled, .action-form select:disabled, .action-form textarea:disabled { background: var(--bg); color: var(--muted); }
.form-buttons { display: flex; flex-wrap: wrap; gap: 8px; }
.action-form button:disabled { cursor: not-allowed; opacity: 0.55; }
.form-message { margin: 0; font-size: 13px; color: var(--ok); overflow-wrap: anywhere; }
.form-message:empty { display: none; }
.form-message.error { color: var(--bad); background: var(--bad-bg); border-radius: 6px; padding: 4px 8px; }
.form-message.error::before { content: "⚠ "; }
details.record { border-top: 1px solid var(--line); padding: 6px 0; }
details.record summary { cursor: pointer; font-weight: 600; }
.sandbox { border-top: 1px solid var(--line); padding: 8px 0; min-width: 0; }
.sandbox h3 { margin: 0 0 4px; overflow-wrap: anywhere; }
.sandbox-credentials { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2px; margin: 0 0 8px; font-size: 12px; }
.sandbox-credentials dt { font-weight: 600; overflow-wrap: anywhere; }
.sandbox-credentials dd { margin: 0 0 4px; display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; min-width: 0; }
.sandbox-credentials code { overflow-wrap: anywhere; min-width: 0; }
.sandbox-credentials button { font-size: 12px; padding: 1px 8px; }
.sandbox-credentials input.copy-fallback { flex: 1 1 100%; font: 12px ui-monospace, monospace; }
#faults-table td:last-child { text-align: right; }
`
