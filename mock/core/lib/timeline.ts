/** @module A host's meetings in start order, split by end against an instant with binary searches over a narrow band. */

import { concat, partitionPoint, type Run, slice } from './sorted-runs.js'

const MINUTE = 60_000

/** What a timeline needs of a meeting: its number, its start (UTC ISO, absent when it has none) and its length in minutes. */
export interface Schedulable {
  id: number
  start_time?: string
  duration: number
}

/** A meeting with one fixed occurrence, as the lists order and split it. */
export interface Timed<M extends Schedulable = Schedulable> {
  meeting: M
  start: number
  end: number
}

export const compareTimed = (a: Timed, b: Timed): number => a.start - b.start || a.meeting.id - b.meeting.id

export const timed = <M extends Schedulable>(meeting: M, start: number): Timed<M> => ({
  meeting,
  start,
  end: start + meeting.duration * MINUTE,
})

/**
 * Meetings with one fixed start, sorted by (start, id), and the others (recurring, no fixed time),
 * which the lists judge one by one. No fixed meeting lasts longer than `longest`, so whether one
 * has ended at T is known from its start alone outside the band [T − longest, T].
 */
export class Timeline<M extends Schedulable> {
  readonly fixed: Timed<M>[] = []
  readonly floating: M[] = []
  private longest = 0

  constructor(meetings: Iterable<M>, isFixed: (meeting: M) => boolean) {
    for (const meeting of meetings) {
      if (!isFixed(meeting) || meeting.start_time === undefined) {
        this.floating.push(meeting)
        continue
      }
      const entry = timed(meeting, Date.parse(meeting.start_time))
      this.longest = Math.max(this.longest, entry.end - entry.start)
      this.fixed.push(entry)
    }
    this.fixed.sort(compareTimed)
  }

  private band(at: number): { from: number; to: number } {
    const all = slice(this.fixed, 0, this.fixed.length)
    const from = partitionPoint(all, (t) => t.start < at - this.longest)
    const to = from + partitionPoint(slice(this.fixed, from, this.fixed.length), (t) => t.start <= at)
    return { from, to }
  }

  /** Fixed meetings not ended at `at` (end > at), ascending. */
  endingAfter(at: number): Run<Timed<M>> {
    const { from, to } = this.band(at)
    const inBand = this.fixed.slice(from, to).filter((t) => t.end > at)
    return concat(slice(inBand, 0, inBand.length), slice(this.fixed, to, this.fixed.length))
  }

  /** Fixed meetings ended at `at` (end ≤ at), ascending. */
  endedBy(at: number): Run<Timed<M>> {
    const { from, to } = this.band(at)
    const inBand = this.fixed.slice(from, to).filter((t) => t.end <= at)
    return concat(slice(this.fixed, 0, from), slice(inBand, 0, inBand.length))
  }
}
