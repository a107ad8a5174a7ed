/** @module useEmulator's hooks and its fixed Date last as long as the file or describe block that calls it. */
import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, test } from 'vitest'
import { useEmulator } from '../../mock/vitest.js'
import { T0 } from '../helpers.js'

const wallNow = () => performance.timeOrigin + performance.now()

describe('a block with useEmulator({ now })', () => {
  const emulator = useEmulator({ now: T0, onUnhandledRequest: 'bypass' })

  test('fixes Date at now inside the block', () => {
    expect(Date.now()).toBe(T0)
    expect(emulator.clock.now()).toBe(T0)
  })

  test('passes unhandled requests on to the network when told to bypass them', async () => {
    const server = createServer((_, response) => response.end('from the network'))
    await once(server.listen(0, '127.0.0.1'), 'listening')
    try {
      const { port } = server.address() as AddressInfo
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('from the network')
    } finally {
      server.close()
    }
  })
})

describe('after that block', () => {
  test('Date is the real clock again', () => {
    expect(Math.abs(Date.now() - wallNow())).toBeLessThan(1000)
  })
})
