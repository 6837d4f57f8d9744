// The hubs as the exploration finds them: the values arriving at each, the edges between them
// (with the words read along each), and the totals the report needs.
import type { HubReport, InkValue, Valuation } from './types.ts';

export interface Edge { next: string | null; min: number; max: number }

export class ArrivalGraph {
  /** Domains arriving at each hub: every value each variable can have there. */
  readonly domains = new Map<string, { day: number; values: Map<string, InkValue[]> }>();
  readonly edges = new Map<string, Edge[]>();
  readonly hubs: HubReport[] = [];
  readonly visited = new Set<string>();
  readonly endings = new Map<string, number>();
  tbc = 0;
  combinationsExplored = 0;

  addArrival(hub: string, day: number, valuation: Valuation): void {
    let entry = this.domains.get(hub);
    if (!entry) { entry = { day, values: new Map() }; this.domains.set(hub, entry); }
    for (const [name, value] of Object.entries(valuation)) {
      const list = entry.values.get(name) ?? [];
      if (!list.includes(value)) { list.push(value); entry.values.set(name, list); }
    }
  }

  /** The (new) list of edges out of `hub`. */
  edgesFrom(hub: string): Edge[] {
    const list: Edge[] = [];
    this.edges.set(hub, list);
    return list;
  }

  /** The earliest-day hub not yet explored, or null when every hub is done. */
  nextHub(done: Set<string>): [string, { day: number; values: Map<string, InkValue[]> }] | null {
    const pending = [...this.domains.entries()].filter(([hub]) => !done.has(hub)).sort((a, b) => a[1].day - b[1].day);
    return pending[0] ?? null;
  }

  /** Reading lengths over the hub graph (approximate where merged values change the text). */
  readingWords(from: string, pick: (a: number, b: number) => number, field: 'min' | 'max', memo = new Map<string, number>()): number {
    const known = memo.get(from);
    if (known !== undefined) return known;
    memo.set(from, NaN);
    let best = NaN;
    for (const edge of this.edges.get(from) ?? []) {
      const rest = edge.next ? this.readingWords(edge.next, pick, field, memo) : 0;
      if (Number.isNaN(rest)) continue;
      const total = edge[field] + rest;
      best = Number.isNaN(best) ? total : pick(best, total);
    }
    memo.set(from, best);
    return best;
  }
}
