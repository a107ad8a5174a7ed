/** @module Sorted sequences read by position without copying (runs), and one page of two of them merged. */

/** A read-only sequence with random access: an array slice, a concatenation, a reversal. */
export interface Run<T> {
  readonly length: number
  at(index: number): T
}

// Classes rather than object literals with closures: runs are made on every list request.
class Slice<T> implements Run<T> {
  readonly length: number
  constructor(
    private readonly items: readonly T[],
    private readonly from: number,
    to: number,
  ) {
    this.length = Math.max(0, to - from)
  }
  at(index: number): T {
    return this.items[this.from + index] as T
  }
}

class Concat<T> implements Run<T> {
  readonly length: number
  constructor(
    private readonly first: Run<T>,
    private readonly second: Run<T>,
  ) {
    this.length = first.length + second.length
  }
  at(index: number): T {
    const { first } = this
    return index < first.length ? first.at(index) : this.second.at(index - first.length)
  }
}

class Reversed<T> implements Run<T> {
  constructor(private readonly run: Run<T>) {}
  get length(): number {
    return this.run.length
  }
  at(index: number): T {
    return this.run.at(this.run.length - 1 - index)
  }
}

class Mapped<T, U> implements Run<U> {
  constructor(
    private readonly run: Run<T>,
    private readonly map: (item: T) => U,
  ) {}
  get length(): number {
    return this.run.length
  }
  at(index: number): U {
    return this.map(this.run.at(index))
  }
}

export const slice = <T>(items: readonly T[], from: number, to: number): Run<T> => new Slice(items, from, to)

export const concat = <T>(first: Run<T>, second: Run<T>): Run<T> => new Concat(first, second)

export const reversed = <T>(run: Run<T>): Run<T> => new Reversed(run)

export const mapRun = <T, U>(run: Run<T>, map: (item: T) => U): Run<U> => new Mapped(run, map)

export const fromArray = <T>(items: readonly T[]): Run<T> => slice(items, 0, items.length)

/** The first index whose item is not `before` the wanted place, in a run where `before` holds for a prefix. */
export function partitionPoint<T>(run: Run<T>, before: (item: T) => boolean): number {
  let low = 0
  let high = run.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (before(run.at(mid))) low = mid + 1
    else high = mid
  }
  return low
}

/** `size` items of `a` and `b` (both sorted by `compare`, no item equal) merged, from `a[i]` and `b[j]` on. */
export function mergeFrom<T>(
  a: Run<T>,
  b: Run<T>,
  compare: (x: T, y: T) => number,
  i: number,
  j: number,
  size: number,
): T[] {
  const page: T[] = []
  while (page.length < size && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && compare(a.at(i), b.at(j)) < 0)) page.push(a.at(i++))
    else page.push(b.at(j++))
  }
  return page
}

/** Items `from` to `from + size` of `a` and `b` merged; `b` is the short one, each of its items placed by binary search in `a`. */
export function mergedPage<T>(
  a: Run<T>,
  b: Run<T>,
  compare: (x: T, y: T) => number,
  from: number,
  size: number,
): T[] {
  let j = 0
  while (j < b.length) {
    const item = b.at(j)
    const position = j + partitionPoint(a, (x) => compare(x, item) < 0)
    if (position >= from) break
    j++
  }
  return mergeFrom(a, b, compare, Math.max(0, from - j), j, size)
}
