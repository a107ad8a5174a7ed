/** @module The signature primitives: known answers computed with openssl, and sign/verify properties. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { baseString, sign, signBaseString, verifySignature } from '../../src/lti-pro/signature.js'

/*
 * Every expected signature below was produced outside this project with:
 *   printf %s "$BASE" | openssl dgst -sha1 -hmac "$SECRET" -binary | base64 | tr '+/' '-_' | tr -d '='
 */
const KB0065241_BASE =
  'isUpComing=true&key=qAnfmSQeSeKWHOE19lwMYg&pageNum=1&pageSize=20&timestamp=1661494048201&userId=_vIWeZ76TtuFceCKHkVk4Q'

describe('the LTI Pro signature', () => {
  test('builds KB0065241’s example base string from its parameters in any order', () => {
    expect(
      baseString({
        userId: '_vIWeZ76TtuFceCKHkVk4Q',
        timestamp: 1661494048201,
        pageSize: 20,
        pageNum: 1,
        key: 'qAnfmSQeSeKWHOE19lwMYg',
        isUpComing: true,
      }),
    ).toBe(KB0065241_BASE)
  })

  test.each([
    [KB0065241_BASE, 'demo-lti-secret', 'AmMXa6Hgxl-DmcARRaCjSgJ_2_s'],
    [
      'isUpComing=true&key=demo-lti-key&pageNum=1&pageSize=20&timestamp=1795348800000&userId=demo-host',
      'demo-lti-secret',
      '_c3ZGRYOWaxofoDqOtJq4pRok3w',
    ],
    ['key=k&timestamp=1&userId=Zoë 😀 a&b=c', 's3cr3t', '5QqYTNysVUG6bYdebZ7k1G8Ec5M'],
  ])('signs %s with the secret %s as openssl does: %s', (base, secret, expected) => {
    expect(signBaseString(secret, base)).toBe(expected)
    expect(verifySignature(secret, base, expected)).toBe(true)
  })

  test('puts raw values in the base string, without percent-encoding them', () => {
    expect(baseString({ userId: 'a b&c=d/é', key: 'k' })).toBe('key=k&userId=a b&c=d/é')
  })

  test('refuses the padded and the standard-alphabet spellings of a correct signature', () => {
    const secret = 'demo-lti-secret'
    const padded = `${signBaseString(secret, KB0065241_BASE)}=`
    expect(verifySignature(secret, KB0065241_BASE, padded)).toBe(false)
    expect(verifySignature(secret, KB0065241_BASE, 'AmMXa6Hgxl+DmcARRaCjSgJ/2/s')).toBe(false)
  })

  const params = fc.dictionary(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/),
    fc.string({ unit: 'grapheme' }),
  )

  test.prop([params, fc.string({ minLength: 1 })])(
    'a signature verifies against the base string it was made from',
    (signed, secret) => {
      expect(verifySignature(secret, baseString(signed), sign(secret, signed))).toBe(true)
    },
  )

  test.prop([params, fc.string({ minLength: 1 }), fc.string({ minLength: 1 })])(
    'a signature made with another secret does not verify',
    (signed, secret, other) => {
      fc.pre(secret !== other)
      expect(verifySignature(secret, baseString(signed), sign(other, signed))).toBe(false)
    },
  )
})
