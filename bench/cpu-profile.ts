/** @module A .cpuprofile read as µs by stage, file or function: what bench/profile.ts and bench/profile-msw.ts print. */

export interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
export interface CpuProfile {
  /** µs on the monotonic clock `process.hrtime` reads. */
  startTime: number
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Calls `each` with the node and µs of every sample taken between `from` and `to` (µs, monotonic). */
function eachSample(
  profile: CpuProfile,
  from: number,
  to: number,
  each: (node: ProfileNode, delta: number) => void,
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    const node = byId.get(id)
    if (node && at >= from && at <= to) each(node, delta)
  })
}

/** Self time in µs per key (`keyOf` a node), from the samples taken between `from` and `to`. */
export function selfTimes(
  profile: CpuProfile,
  keyOf: (node: ProfileNode) => string,
  from: number,
  to: number,
): Map<string, number> {
  const times = new Map<string, number>()
  eachSample(profile, from, to, (node, delta) => {
    const key = keyOf(node)
    times.set(key, (times.get(key) ?? 0) + delta)
  })
  return times
}

/** A stage's name and the rule a frame (`<function> <file>`) it counts for matches. */
export type Stage = [stage: string, rule: RegExp]

export const STAGES: Stage[] = [
  ['garbage collection', /^\(garbage collector\)/],
  ['socket write (kernel writev)', /^(writev|writevGeneric|createWriteWrap) /],
  ['uuid-path', /uuid-path\.ts/],
  ['request headers (read from the IncomingMessage)', /http-headers\.ts/],
  ['happenings settle (and bulk jobs)', /happenings\.ts|processDueJobs|dueJobsOf|^settle mock\/core\/world/],
  ['credential routing (claim, world lookup)', /^(claim|worldOf|findOwner) /],
  ['routing (owner, getPath)', /routing\.ts|^(?!fetch ).*mock\/core\/emulator\.ts/],
  ['signature / token check', /auth\.ts|src\/lti-pro\/signature|http-auth\.ts/],
  ['journal capture', /journal-and-faults\.ts|capture\.ts|core\/journal\.ts|exchange\.ts/],
  ['validation', /validation\.ts|contracts\/operation\.ts/],
  ['tracking id', /tracking\.ts/],
  ['serialisation (c.json, c.body)', /^(json|body|newResponse|#newResponse) nm:hono\/dist\/context/],
  ['route, model and view', /mock\/services\/|^[^ ]+ src\//],
  ['Hono (router, middleware chain, context)', /nm:hono\//],
  ['@hono/node-server (request, response, headers)', /nm:@hono\/node-server/],
  ['node:http and streams', /node:(_http|net|internal\/streams|events|internal\/stream_base)/],
  ['other middleware (access, body guard, faults)', /mock\/(core|control)\//],
]

/**
 * µs per stage between `from` and `to`: a sample counts for the stage of the innermost frame of its
 * stack that a rule names, so Node's and undici's work counts for whoever called it; what no rule of
 * `stages` names counts as `other`.
 */
export function stageTimes(
  profile: CpuProfile,
  from: number,
  to: number,
  stages: readonly Stage[] = STAGES,
): Map<string, number> {
  const parent = new Map<number, ProfileNode>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const times = new Map<string, number>()
  eachSample(profile, from, to, (sampled, delta) => {
    let stage = sampled.callFrame.functionName === '(idle)' ? 'idle' : 'other'
    for (let node: ProfileNode | undefined = sampled; node && stage === 'other'; node = parent.get(node.id)) {
      const frame = `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}`
      stage = stages.find(([, rule]) => rule.test(frame))?.[0] ?? 'other'
    }
    times.set(stage, (times.get(stage) ?? 0) + delta)
  })
  return times
}

export const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'nm:')
    .replace(/^.*\/(mock|src|bench)\//, '$1/') || '(native)'
