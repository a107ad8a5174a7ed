/** @module Control-test wiring: control calls checked against contracts/emulator.yaml, service calls left as answered. */
import { createEmulator, type Emulator, type EmulatorOptions } from '../../mock/emulator.js'
import { validatingFetch } from '../contract.js'
import { T0 } from '../helpers.js'

/**
 * An emulator frozen at T0 whose `/__emulator` answers must match their contract. Service answers
 * are not checked: a fault rule's answer is whatever the test asked for, not the vendor's shape.
 */
export function createControlEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ now: T0, ...options })
  const unchecked = emulator.fetch
  const checked = validatingFetch(unchecked)
  emulator.fetch = (request) =>
    new URL(request.url).pathname.startsWith('/__emulator') ? checked(request) : unchecked(request)
  return emulator
}

export interface Answer {
  status: number
  body: unknown
}

/** A control call with an optional JSON body and sandbox; the status and the parsed body (null when empty). */
export async function control(
  emulator: Pick<Emulator, 'request'>,
  method: string,
  path: string,
  {
    body,
    sandbox,
    headers = {},
  }: { body?: unknown; sandbox?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await emulator.request(`/__emulator${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(sandbox === undefined ? {} : { 'x-emulator-sandbox': sandbox }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? null : JSON.parse(text) }
}

/** A request any service answers (501 until the services are merged) carrying a world's LumiNUS key. */
export const luminusRequest = (
  key: string,
  path = '/zoom/Meeting/00000000-0000-4000-8000-000000000001/Sync',
) => new Request(`https://luminus.azure-api.net${path}`, { headers: { 'Ocp-Apim-Subscription-Key': key } })
