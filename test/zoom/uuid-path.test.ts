/** @module Meeting UUIDs with a lone `/` sent raw in the path (as mod_zoom's encode_uuid leaves them) name their instance, at every endpoint that takes one. */
import { expect, test } from 'vitest'
import { routedZoomPath } from '../../mock/services/zoom/uuid-path.js'
import { HOST, putHappenings } from './happened.js'
import { bearer, s2sToken, zoomFixture } from './support.js'

const LONE = 'Ab3dEf6hIj/lMn0pQr3tUv=='
const LEADING = '/b3dEf6hIjklMn0pQr3tUv=='

test('a UUID with a lone / sent raw names its instance for past meetings, reports, metrics and recordings; one starting with / still needs double encoding and, sent raw, names no meeting (404, not 501)', async () => {
  const { emulator } = zoomFixture({ zoom: { plan: 'business' } })
  const start = emulator.clock.now() - 3 * 3_600_000
  await putHappenings(emulator, [
    {
      uuid: LONE,
      id: 81000000001,
      hostId: HOST.userId,
      start,
      minutes: 30,
      joins: [{ ...HOST, joinMinute: 0 }],
    },
    {
      uuid: LEADING,
      id: 81000000002,
      hostId: HOST.userId,
      start,
      minutes: 30,
      joins: [{ ...HOST, joinMinute: 0 }],
    },
  ])
  const get = bearer(emulator, await s2sToken(emulator))
  const status = async (path: string) => (await get(path)).status
  expect(await (await get(`/v2/past_meetings/${LONE}`)).json()).toMatchObject({ uuid: LONE })
  expect(await status(`/v2/past_meetings/${LONE}/participants`)).toBe(200)
  expect(await status(`/v2/report/meetings/${LONE}/participants`)).toBe(200)
  expect(await status(`/v2/metrics/meetings/${LONE}/participants?type=past`)).toBe(200)
  const recordings = await get(`/v2/meetings/${LONE}/recordings`)
  expect([recordings.status, ((await recordings.json()) as { code: number }).code]).toEqual([404, 3301])
  for (const path of [`/v2/past_meetings/${LEADING}/participants`, `/v2/past_meetings/${LEADING}`]) {
    const raw = await get(path)
    expect([raw.status, ((await raw.json()) as { code: number }).code]).toEqual([404, 3001])
  }
  expect(
    await status(`/v2/past_meetings/${encodeURIComponent(encodeURIComponent(LEADING))}/participants`),
  ).toBe(200)
})

test('routing reads the lone-slash UUID as one segment, /v2//groups as /v2/groups, a trailing slash as none, a raw leading-slash UUID without its slash, and leaves every other path as it is', () => {
  expect(routedZoomPath('/v2//groups')).toBe('/v2/groups')
  expect(routedZoomPath('/v2/meetings/81000000001/recordings/')).toBe('/v2/meetings/81000000001/recordings')
  expect(routedZoomPath(`/v2/meetings/${LONE}/recordings/status`)).toBe(
    '/v2/meetings/Ab3dEf6hIj%2FlMn0pQr3tUv==/recordings/status',
  )
  expect(routedZoomPath(`/v2/past_meetings/${LEADING}/participants`)).toBe(
    `/v2/past_meetings/${LEADING.slice(1)}/participants`,
  )
  for (const path of [
    '/v2/meetings/81000000001/recordings/abc',
    `/v2/meetings/${encodeURIComponent(LONE)}/recordings`,
    '/v2/users/me/meetings',
    '/v2/meetings/abc/def',
    '/v2/',
  ])
    expect(routedZoomPath(path)).toBe(path)
})
