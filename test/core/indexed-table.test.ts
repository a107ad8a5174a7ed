/** @module IndexedTable: groups kept as rows are set, replaced and deleted; versions per table; derived values forgotten on a write. */
import { describe, expect, test } from 'vitest'
import { IndexedTable } from '../../mock/core/lib/indexed-table.js'

interface Link {
  owner: string
  target: string
}

const links = () =>
  new IndexedTable<Link, 'owner'>({ owner: { key: (l) => l.owner, member: (l) => l.target } })

const byHost = () => new IndexedTable<{ host: string; n: number }, 'host'>({ host: { key: (r) => r.host } })

describe('an indexed table', () => {
  test('keeps each group’s members in the order they joined, following replacements and deletes', () => {
    const table = byHost()
    table.set('a', { host: 'h1', n: 1 }).set('b', { host: 'h1', n: 2 }).set('c', { host: 'h2', n: 3 })
    table.set('a', { host: 'h1', n: 4 })
    expect([...table.members('host', 'h1').keys()]).toEqual(['b', 'a'])
    table.set('b', { host: 'h2', n: 2 })
    expect([...table.members('host', 'h1').keys()]).toEqual(['a'])
    expect([...table.members('host', 'h2').keys()]).toEqual(['c', 'b'])
    expect(table.delete('c')).toBe(true)
    expect(table.delete('c')).toBe(false)
    expect([...table.members('host', 'h2').keys()]).toEqual(['b'])
    table.clear()
    expect(table.members('host', 'h1').size).toBe(0)
    expect(table.size).toBe(0)
  })

  test('keeps a member while any row counts as it, and drops it with the last', () => {
    const table = links()
    table.set('1', { owner: 'k', target: 'm1' }).set('2', { owner: 'k', target: 'm1' })
    table.set('3', { owner: 'k', target: 'm2' }).set('4', { owner: 'k', target: 'm1' })
    expect([...table.members('owner', 'k')]).toEqual(['m1', 'm2'])
    table.delete('1')
    table.set('2', { owner: 'k', target: 'm1' })
    table.set('3', { owner: 'other', target: 'm2' })
    expect([...table.members('owner', 'k')]).toEqual(['m1'])
    expect([...table.members('owner', 'other')]).toEqual(['m2'])
    table.delete('2')
    expect([...table.members('owner', 'k')]).toEqual(['m1'])
    table.delete('4')
    expect([...table.members('owner', 'k')]).toEqual([])
    table.set('5', { owner: 'k', target: 'm1' })
    expect([...table.members('owner', 'k')]).toEqual(['m1'])
    table.delete('5')
    expect(table.members('owner', 'k').size).toBe(0)
  })

  test('stamps a group with a new version on each write that changes it, and no other', () => {
    const table = byHost()
    expect(table.groupVersion('host', 'h1')).toBe(0)
    table.set('a', { host: 'h1', n: 1 })
    const afterFirst = table.groupVersion('host', 'h1')
    table.set('b', { host: 'h2', n: 1 })
    expect(table.groupVersion('host', 'h1')).toBe(afterFirst)
    table.set('a', { host: 'h1', n: 2 })
    const afterReplace = table.groupVersion('host', 'h1')
    expect(afterReplace).toBeGreaterThan(afterFirst)
    table.delete('zz')
    expect(table.groupVersion('host', 'h1')).toBe(afterReplace)
    table.set('a', { host: 'h2', n: 2 })
    expect(table.groupVersion('host', 'h1')).toBe(0)
    expect(table.groupVersion('host', 'h2')).toBe(table.version)
  })

  test('counts versions per table: writes to one table never move another’s', () => {
    const first = byHost()
    const second = byHost()
    for (let i = 0; i < 5; i++) first.set(String(i), { host: 'h', n: i })
    second.set('x', { host: 'h', n: 0 })
    expect(first.version).toBe(5)
    expect(second.version).toBe(1)
    expect(second.groupVersion('host', 'h')).toBe(1)
  })

  test('keeps a derived value with its row object while its deps stay the same, until the row is written; each table keeps its own', () => {
    const table = byHost()
    table.set('a', { host: 'h', n: 1 })
    let computed = 0
    const derive = (dep: unknown) => {
      const row = table.get('a')
      if (!row) throw new Error('row a is stored')
      return table.derive(row, 'double', [dep], () => {
        computed++
        return row.n * 2
      })
    }
    expect([derive('x'), derive('x')]).toEqual([2, 2])
    expect(computed).toBe(1)
    expect(derive('y')).toBe(2)
    expect(computed).toBe(2)
    table.set('b', { host: 'h', n: 5 })
    expect(derive('y')).toBe(2)
    expect(computed).toBe(2)
    table.set('a', { host: 'h', n: 3 })
    expect(derive('y')).toBe(6)
    expect(computed).toBe(3)
    const edited = table.get('a') as { host: string; n: number }
    edited.n = 4
    table.set('a', edited)
    expect(derive('y')).toBe(8)
    expect(computed).toBe(4)
    const other = byHost()
    const shared = table.get('a') as { host: string; n: number }
    other.set('a', shared)
    expect(other.derive(shared, 'double', ['y'], () => -1)).toBe(-1)
    expect(derive('y')).toBe(8)
    expect(computed).toBe(4)
  })

  test('keeps a memo while its deps are the same values, one by one', () => {
    const table = byHost()
    let computed = 0
    const memo = (...deps: unknown[]) => table.memo('m', deps, () => ++computed)
    expect([memo(1, 'a'), memo(1, 'a')]).toEqual([1, 1])
    expect(memo(1, 'b')).toBe(2)
    expect(memo(1)).toBe(3)
    expect(memo(Number.NaN)).toBe(4)
    expect(memo(Number.NaN)).toBe(4)
    table.clear()
    expect(memo(Number.NaN)).toBe(5)
  })

  test('is a Map of its rows and nothing else: entries, JSON and copies see only the rows', () => {
    const table = links()
    table.set('1', { owner: 'k', target: 'm1' })
    table.derive(table.get('1') as Link, 'x', [], () => 'derived')
    expect(table).toBeInstanceOf(Map)
    expect(Object.fromEntries(table)).toEqual({ '1': { owner: 'k', target: 'm1' } })
    expect(JSON.stringify({ table: Object.fromEntries(table) })).toBe(
      '{"table":{"1":{"owner":"k","target":"m1"}}}',
    )
    expect(new Map(table)).toEqual(new Map([['1', { owner: 'k', target: 'm1' }]]))
  })
})
