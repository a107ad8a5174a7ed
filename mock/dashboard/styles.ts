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
.bar a { color: #cfe0ff; margin-left: auto; }
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
td.topic { font-weight: 600; overflow-wrap: anywhere; }
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
.journal { max-height: 420px; overflow-y: auto; }
.journal table { table-layout: fixed; }
.journal th:nth-child(1) { width: 64px; } .journal th:nth-child(3) { width: 48px; }
.journal th:nth-child(4) { width: 56px; } .journal th:nth-child(5) { width: 86px; }
.journal td.path { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-family: ui-monospace, monospace; font-size: 12px; }
.journal td.path small { display: block; color: var(--muted); font-family: system-ui, sans-serif; }
.journal td.ok { color: var(--ok); white-space: nowrap; } .journal td.bad { color: var(--bad); white-space: nowrap; }
.journal tr:has(+ tr.diagnostic) td { border-bottom: 0; }
.journal tr.diagnostic td { padding-top: 0; font-size: 12px; color: var(--bad); overflow-wrap: anywhere; }
.journal-head { display: flex; justify-content: space-between; gap: 8px; margin: 0 0 6px; }
#signer { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 12px; }
#signer label { display: grid; gap: 2px; font-size: 12px; color: var(--muted); }
#signer .wide { grid-column: 1 / -1; }
#signer .row { display: flex; gap: 6px; } #signer .row input { flex: 1; }
#signer input, #signer textarea { font-family: ui-monospace, monospace; font-size: 12px; color: var(--ink); }
.signed { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
.signed dt { font-weight: 600; font-size: 12px; } .signed dd { margin: 0; }
.signed output { font: 12px/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
#signer pre { margin: 0; padding: 8px; background: #0e1f3d; color: #e6edf7; border-radius: 6px; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
#signer pre:empty { display: none; }
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
.action-form input, .action-form select { width: 100%; min-width: 0; color: var(--ink); }
.action-form .wide { grid-column: 1 / -1; }
.action-form fieldset.choices { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 4px 10px 6px; }
.action-form fieldset.choices label { display: flex; gap: 6px; align-items: center; font-size: 13px; color: var(--ink); }
.action-form fieldset.choices input { width: auto; }
.action-form input:disabled, .action-form select:disabled { background: var(--bg); color: var(--muted); }
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
