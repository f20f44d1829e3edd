// The Audit view's logic apart from React: what an event type means to a reader.

/** "org.golive.stakeholder.conflict.escalated.v1" → { service: "stakeholder", change: "conflict escalated" }. */
export function describeType(type: string | undefined): { service: string; change: string } {
  const match = /^org\.golive\.([a-z-]+)\.(.+)\.v\d+$/.exec(type ?? '');
  if (!match) return { service: '', change: type ?? '' };
  return { service: match[1], change: match[2].replace(/\./g, ' ').replace(/-/g, ' ') };
}
