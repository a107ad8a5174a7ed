/** @module x-zm-trackingid: on every Zoom answer, errors and the body guard's refusals too, never the same twice. */
import { expect, test } from 'vitest'
import { bearer, s2sToken, zoomFixture } from './support.js'

const TRACKING_ID = /^v=2\.0;clid=us06;rid=WEB_[0-9a-f]{32}$/

test('every Zoom answer carries a tracking id of Zoom’s shape, a new one each time and in each emulator', async () => {
  const one = zoomFixture().emulator
  const other = zoomFixture().emulator
  const answers = []
  for (const emulator of [one, other]) {
    const call = bearer(emulator, await s2sToken(emulator))
    answers.push(await call('/v2/users/demo-host'))
    answers.push(await call('/v2/users/nobody'))
    answers.push(await call('/v2/users', { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) }))
  }
  expect(answers.map((answer) => answer.status)).toEqual([200, 404, 413, 200, 404, 413])
  const ids = answers.map((answer) => answer.headers.get('x-zm-trackingid') ?? '')
  for (const id of ids) expect(id).toMatch(TRACKING_ID)
  expect(new Set(ids).size).toBe(ids.length)
})
