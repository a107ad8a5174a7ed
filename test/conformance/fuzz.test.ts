/** @module Fuzzing every route: never a 5xx, every answer within its contract, and a refused request changes nothing. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import type { Emulator } from '../../mock/core/emulator.js'
import type { World } from '../../mock/core/world.js'
import { allowedMethods, contractOperations, findOperation } from '../contract.js'
import { createTestEmulator } from '../helpers.js'
import { controlOperations, SANDBOX_PLACEHOLDER } from './control-requests.js'
import { fuzzRequest, toRequest } from './requests.js'

/** 10 000 by default; `FUZZ_REQUESTS=100000` for a longer hunt. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000)
const PER_RUN = 20
/** One fixed draw, so every CI run sends the same requests; `FUZZ_SEED=<n>` for another draw. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201)

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
/** What the clock has made due in every world (bulk jobs, meetings that happen), so that a refused request's check compares like with like. */
const settle = (emulator: Emulator) => {
  for (const world of emulator.worlds.all()) world.settle()
}

const droppedByFault = (error: unknown) =>
  error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code === 'ECONNRESET'

/** A world's clock, store and fault rules, in one pass (exportState would copy the store first). */
const worldText = (world: World) =>
  // Rules without their `fired` counts: a rule that delays a request it then refuses has still fired.
  JSON.stringify(
    [world.clock.now(), world.store, world.faults.list().map(({ fired: _, ...rule }) => rule)],
    (_, value) => (value instanceof Map ? Object.fromEntries(value) : value),
  )

/** What a refused request must leave as it was: the worlds it can reach (the default one, the sandbox it may name) and which sandboxes exist. */
const reachable = (emulator: Emulator, sandboxId: string | undefined) => {
  const sandbox = sandboxId === undefined ? undefined : emulator.worlds.get(sandboxId)
  return [
    worldText(emulator.worlds.defaultWorld),
    sandbox ? worldText(sandbox) : '',
    [...emulator.worlds.sandboxes.keys()].join(),
  ].join('\n')
}

/** Whatever a state import accepted or refused, each world's dashboard shows and its state exports within the contract. */
async function expectReadable(emulator: Emulator, where: string): Promise<void> {
  for (const world of emulator.worlds.all()) {
    const sandbox = world === emulator.worlds.defaultWorld ? '' : world.id
    const reads = [
      new Request(`http://127.0.0.1:4010/${sandbox ? `?sandbox=${sandbox}` : ''}`),
      new Request('http://127.0.0.1:4010/__emulator/state', {
        headers: sandbox ? { 'x-emulator-sandbox': sandbox } : {},
      }),
    ]
    for (const read of reads) {
      const answer = await emulator.fetch(read)
      expect(answer.status, `${where}, then GET ${read.url}`).toBe(200)
      await answer.arrayBuffer()
    }
  }
}

describe('fuzzing every route, the control API and the dashboard included', () => {
  test('draws requests for every operation of contracts/emulator.yaml, each reaching its operation', () => {
    const control = contractOperations().filter((o) => o.contract === 'emulator.yaml')
    const drawn = controlOperations()
    expect(drawn.map((o) => o.name).sort()).toEqual(
      control.map((o) => `${o.method} ${o.template.replace(/^\/__emulator(?=\/)/, '')}`).sort(),
    )
    for (const { name, requests } of drawn) {
      const [sample] = fc.sample(requests, { numRuns: 1, seed: 1 })
      const path = sample?.path.replace(encodeURIComponent(SANDBOX_PLACEHOLDER), 'sandbox-1') ?? ''
      expect(findOperation(sample?.method ?? '', path)?.pointer, name).toContain('emulator.yaml#')
    }
  })

  test.prop([fc.array(fuzzRequest, { minLength: PER_RUN, maxLength: PER_RUN })], {
    numRuns: Math.ceil(REQUESTS / PER_RUN),
    seed: SEED,
  })(
    'never a 5xx, always within the contract, and a refused request changes no state',
    async (requests) => {
      const emulator = createTestEmulator()
      const token = await zoomToken(emulator)
      for (const fuzzed of requests) {
        settle(emulator)
        const sandboxId = [...emulator.worlds.sandboxes.keys()].at(-1)
        const before = reachable(emulator, sandboxId)
        const context = {
          now: emulator.clock.now(),
          zoomToken: token,
          state: () => emulator.exportState(),
          sandboxId,
        }
        let response: Response
        try {
          response = await emulator.fetch(toRequest(fuzzed, context))
        } catch (error) {
          if (droppedByFault(error)) continue // a fault rule the fuzzer itself added
          throw error
        }
        const where = `${fuzzed.method} ${fuzzed.path} → ${response.status}`
        if (response.status >= 500 && !response.headers.has('x-emulator-fault')) {
          // The one 5xx allowed: 501 for what no service emulates.
          expect(response.status, where).toBe(501)
          expect(allowedMethods(new URL(fuzzed.path, 'http://x').pathname), where).toEqual([])
        }
        if (response.status >= 400) expect(reachable(emulator, sandboxId), where).toBe(before)
        await response.arrayBuffer()
        if (fuzzed.method === 'PUT' && fuzzed.path === '/__emulator/state')
          await expectReadable(emulator, where)
      }
    },
    /* about 1.5 ms a request here; ten times that before calling it hung */ 60_000 + REQUESTS * 15,
  )
})
