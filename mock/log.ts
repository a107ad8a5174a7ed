/** @module One readable line per request for the CLI: method, path, status, time, service, world, auth verdict; the dashboard's own traffic left out. */
import type { RequestLog } from './core/pipeline/journal-and-faults.js'

const verdict = ({ auth }: RequestLog): string =>
  auth === null ? 'auth —' : auth.ok ? 'auth ok' : `auth denied${auth.reason ? `: ${auth.reason}` : ''}`

/** The pages and what they load: the dashboard, its panels and event stream, the docs, the contracts, the assets. */
const DASHBOARD_PATH = /^\/(?:$|__emulator\/(?:dashboard|assets|contracts)\/|__emulator\/docs$)/

/** Whether the request is the dashboard's or docs page's own reading (never a service or control call): the log leaves it out. */
export const isDashboardTraffic = (log: RequestLog): boolean =>
  log.service === 'control' &&
  (log.method === 'GET' || log.method === 'HEAD') &&
  DASHBOARD_PATH.test(log.path)

/** `GET /v2/users 401 1.2ms zoom default auth denied: token expired` — the path without its query, never a secret. */
export function formatRequestLog(log: RequestLog): string {
  const status = log.status === 0 ? 'dropped' : String(log.status)
  const ms = `${log.durationMs < 10 ? log.durationMs.toFixed(1) : Math.round(log.durationMs)}ms`
  const where = log.service === null ? 'no service' : `${log.service} ${log.sandbox}`
  const fault = log.fault ? ` fault ${log.fault}` : ''
  return `${log.method} ${log.path} ${status} ${ms} ${where} ${verdict(log)}${fault}`
}
