/** @module Extreme values for the fuzzers: instants at and past the clock's range, numbers past a Date's, huge and deeply nested JSON. */

export const DATE_EXTREMES = [
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '0000-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00+01:00',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
]
export const NUMBER_EXTREMES = [
  0,
  -0,
  0.5,
  -1,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  8_640_000_000_000_000,
  -3.184604399362059e23,
  1e308,
  -62_135_596_800_001,
  253_402_300_800_000,
]

/**
 * Stand-ins for values too big to print in a counterexample, swapped for the JSON they name in the
 * body's text when it is sent: 100 000 numbers, nesting 100 and 100 000 levels deep.
 */
export const HUGE: Record<string, string> = {
  '<huge array>': JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i)),
  '<nested 100 deep>': `${'['.repeat(100)}${']'.repeat(100)}`,
  '<nested 100000 deep>': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
}

export const expandHuge = (text: string): string =>
  Object.entries(HUGE).reduce((at, [name, json]) => at.replaceAll(JSON.stringify(name), json), text)

/** Marks, in a state patch, a field to leave out. */
export const ABSENT = '<absent>'
