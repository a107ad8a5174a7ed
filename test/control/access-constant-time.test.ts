/** @module The admin token and the login cookie are compared through src/secure-equal.ts, the one constant-time comparison. */
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { secureEqual } from '../../src/secure-equal.js'
import { createTestEmulator } from '../helpers.js'

vi.mock('../../src/secure-equal.js', async (original) => {
  const actual = await original<typeof import('../../src/secure-equal.js')>()
  return { secureEqual: vi.fn(actual.secureEqual) }
})

const TOKEN = 'constant-time-token'
const compared = () => vi.mocked(secureEqual).mock.calls

describe('comparing the admin token', () => {
  beforeEach(() => {
    vi.mocked(secureEqual).mockClear()
  })

  test('compares a Bearer token in constant time', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    await emulator.request('/__emulator/state', { headers: { authorization: 'Bearer guess' } })
    expect(compared()).toContainEqual(['guess', TOKEN])
  })

  test('compares the token posted to the login in constant time', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    await emulator.request('/__emulator/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=guess',
    })
    expect(compared()).toContainEqual(['guess', TOKEN])
  })

  test('compares the login cookie in constant time, against its HMAC value', async () => {
    const emulator = createTestEmulator({ adminToken: TOKEN })
    const login = await emulator.request('/__emulator/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}`,
    })
    const value = (login.headers.get('set-cookie') ?? '').split(';')[0]?.split('=')[1] ?? ''
    vi.mocked(secureEqual).mockClear()
    await emulator.request('/', { headers: { cookie: 'zoom_lti_mock_admin=forged' } })
    expect(compared()).toEqual([['forged', value]])
  })
})
