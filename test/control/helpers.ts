/** @module Control-test wiring: control calls with JSON bodies and sandboxes, answered as status and parsed body. */
import type { Emulator } from '../../mock/core/emulator.js'

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
