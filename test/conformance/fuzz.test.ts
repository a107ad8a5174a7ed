/** @module Fuzzing every route: never a 5xx, every answer within its contract, and a refused request changes nothing. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { Emulator } from '../../mock/emulator.js'
import { findOperation } from '../contract.js'
import { createTestEmulator } from '../helpers.js'
import { fuzzRequest, toRequest } from './requests.js'

/** 10 000 by default; `FUZZ_REQUESTS=100000` for a longer hunt. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000)
const PER_RUN = 20

async function zoomToken(emulator: Emulator): Promise<string> {
  const basic = Buffer.from('demo-client-id:demo-client-secret').toString('base64')
  const answer = await emulator.request(
    '/oauth/token?grant_type=account_credentials&account_id=demo-account',
    {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
    },
  )
  return ((await answer.json()) as { access_token: string }).access_token
}

/** Lets LTI Pro process its due bulk jobs, so that what the next request finds is settled. */
const settle = (emulator: Emulator) => emulator.request('/__emulator/lti-pro/bulk-jobs')

const droppedByFault = (error: unknown) =>
  error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code === 'ECONNRESET'

describe('fuzzing every route', () => {
  test.prop([fc.array(fuzzRequest, { minLength: PER_RUN, maxLength: PER_RUN })], {
    numRuns: Math.ceil(REQUESTS / PER_RUN),
  })(
    'never a 5xx, always within the contract, and a refused request changes no state',
    async (requests) => {
      const emulator = createTestEmulator()
      const token = await zoomToken(emulator)
      for (const fuzzed of requests) {
        await settle(emulator)
        const before = JSON.stringify(emulator.exportState())
        let response: Response
        try {
          response = await emulator.fetch(toRequest(fuzzed, emulator.clock.now(), token))
        } catch (error) {
          if (droppedByFault(error)) continue // a fault rule the fuzzer itself added
          throw error
        }
        const where = `${fuzzed.method} ${fuzzed.path} → ${response.status}`
        if (response.status >= 500 && !response.headers.has('x-emulator-fault')) {
          // The one 5xx allowed: 501 for what no service emulates.
          expect(response.status, where).toBe(501)
          expect(
            findOperation(fuzzed.method, decodeURI(new URL(fuzzed.path, 'http://x').pathname)),
            where,
          ).toBeUndefined()
        }
        if (response.status >= 400) expect(JSON.stringify(emulator.exportState()), where).toBe(before)
        await response.arrayBuffer()
      }
    },
    /* about 1.5 ms a request here; ten times that before calling it hung */ 60_000 + REQUESTS * 15,
  )
})
