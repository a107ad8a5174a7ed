/** @module Path patterns of journal filters and fault rules: `*` is any text, everything else is literal. */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { pathMatches } from '../../mock/core/match.js'

/** The rule stated as a regular expression: anchored, `*` as any text (newlines too), the rest escaped. */
const reference = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
    's',
  ).test(path)

/** Short texts over a small alphabet, so that patterns and paths overlap often. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', '\n'), maxLength: 8 })
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '/', '.', '*', '\n'), maxLength: 8 })

describe('a path pattern', () => {
  test.prop([pattern, text], { numRuns: 2000 })(
    'matches exactly the paths its regular expression matches',
    (p, path) => {
      expect(pathMatches(p, path)).toBe(reference(p, path))
    },
  )

  test.prop([pattern, text, text])(
    'matches any path built from it by putting text for each star',
    (p, fill, rest) => {
      const path = p.split('*').join(fill || rest)
      expect(pathMatches(p, path)).toBe(true)
    },
  )

  test.each([
    ['/v2/users/*', '/v2/users/demo-host/meetings', true],
    ['/v2/users/*', '/v2/users', false],
    ['*/meetings', '/v2/users/x/meetings', true],
    ['/v2/*/meetings/*', '/v2/users/meetings/', true],
    ['a*a', 'a', false],
    ['/v2/users', '/v2/users/', false],
    ['/v2/users.', '/v2/users/', false],
  ])('%s against %s is %s', (p, path, expected) => {
    expect(pathMatches(p, path)).toBe(expected)
  })
})
