/** @module A bearer token is judged as a legacy JWT exactly when it has three dot-separated parts; any other is looked up as an S2S access token. */
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { DEMO_CREDENTIALS } from '../../mock/seed/demo.js'
import { createTestEmulator, T0 } from '../helpers.js'

const emulator = createTestEmulator()
const { jwtKey, jwtSecret } = DEMO_CREDENTIALS.zoom

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

function jwt(claims: object): string {
  const head = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`
  return `${head}.${createHmac('sha256', jwtSecret).update(head).digest('base64url')}`
}

/** The status of GET /v2/users/me with this bearer token, and the reason the journal gives. */
async function judged(token: string) {
  const answer = await emulator.request('/v2/users/me', { headers: { authorization: `Bearer ${token}` } })
  const { requests } = emulator.requests()
  return { status: answer.status, reason: requests[requests.length - 1]?.auth?.reason }
}

describe('the shape of a Zoom bearer token', () => {
  test('three parts signed with the JWT app secret are a JWT of its account', async () => {
    const token = jwt({ iss: jwtKey, exp: Math.floor(T0 / 1000) + 3600 })
    expect(await judged(token)).toEqual({
      status: 200,
      reason: expect.stringMatching(/^JWT app of account /),
    })
  })

  test('three parts of anything else are a malformed JWT, even with empty parts', async () => {
    expect((await judged('a.b.c')).reason).toBe('malformed JWT or not HS256')
    expect((await judged('..')).reason).toBe('malformed JWT or not HS256')
  })

  test('one, two or four parts are looked up as an access token', async () => {
    for (const token of ['opaque', 'a.b', 'a.b.c.d', `${jwt({ iss: jwtKey, exp: 9e9 })}.extra`])
      expect(await judged(token)).toEqual({ status: 401, reason: 'unknown access token' })
  })
})
