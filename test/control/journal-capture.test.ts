/** @module The journal keeps each answer's body from the text the app wrote, on every Node version, without reading the answer's stream. */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createEmulator } from '../../mock/emulator.js'
import { contractViolations } from '../contract.js'
import { T0 } from '../helpers.js'

const basic = `Basic ${Buffer.from('demo-client-id:demo-client-secret').toString('base64')}`
const TOKEN_PATH = 'http://127.0.0.1:4010/oauth/token?grant_type=account_credentials&account_id=demo-account'
const MEETING = 'http://127.0.0.1:4010/v2/meetings/81000000001'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Answers `requests` in-process while any clone or read of a Response throws; then checks each answer against its contract. */
async function answeredUnread(requests: Request[]) {
  const emulator = createEmulator({ now: T0 })
  const token = await emulator.fetch(
    new Request(TOKEN_PATH, { method: 'POST', headers: { authorization: basic } }),
  )
  const { access_token } = (await token.json()) as { access_token: string }
  const unread = () => {
    throw new Error('the journal read an answer')
  }
  const spies = ['clone', 'text', 'json', 'arrayBuffer'].map((name) =>
    vi.spyOn(Response.prototype, name as 'clone').mockImplementation(unread),
  )
  const answers: Response[] = []
  for (const request of requests) {
    request.headers.set('authorization', `Bearer ${access_token}`)
    answers.push(await emulator.fetch(request.clone()))
  }
  for (const spy of spies) spy.mockRestore()
  for (const [i, answer] of answers.entries())
    expect(await contractViolations(requests[i] as Request, answer.clone())).toEqual([])
  const texts = await Promise.all(answers.map((answer) => answer.text()))
  return { emulator, texts, entries: emulator.requests().requests.slice(1) }
}

describe("the journal's capture of an answer", () => {
  test(`keeps the body of a JSON answer, an error answer and an empty one without reading them`, async () => {
    const { texts, entries } = await answeredUnread([
      new Request(MEETING),
      new Request('http://127.0.0.1:4010/v2/meetings/1'),
      new Request(MEETING, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ topic: 'Moved' }),
      }),
    ])
    expect(entries.map((entry) => entry.status)).toEqual([200, 404, 204])
    expect(texts[0]).toContain('"id":81000000001')
    expect(entries[0]?.response.body).toEqual(JSON.parse(texts[0] ?? ''))
    expect(entries[1]?.response.body).toEqual(JSON.parse(texts[1] ?? ''))
    expect(entries[1]?.response.body).toMatchObject({ code: 3001 })
    expect(entries[2]?.response.body).toBeNull()
    expect(texts[2]).toBe('')
  })

  test('still keeps the body of an answer the app did not write as text (a fault rule’s), by reading a copy', async () => {
    const emulator = createEmulator({ now: T0 })
    emulator.faults.add({ match: {}, response: { status: 502, body: '<html>Bad Gateway</html>' } })
    const answer = await emulator.fetch(MEETING)
    expect(await answer.text()).toBe('<html>Bad Gateway</html>')
    expect(emulator.requests().requests[0]?.response.body).toBe('<html>Bad Gateway</html>')
  })
})
