/**
 * The tally of a metamorphic test: for each rewrite of each original, whether the metadata read
 * from the rewrite equal the original's, per rewrite and overall, and one report to print.
 */
export class RewriteTally {
  tried = 0;
  readonly differ: string[] = [];
  private readonly perRewrite = new Map<string, { tried: number; same: number }>();

  /** Records one rewrite of `name`: the fields whose value differs from the original's. */
  add(name: string, rewrite: string, expected: Record<string, unknown>, got: Record<string, unknown>): void {
    this.tried++;
    const stat = this.perRewrite.get(rewrite) ?? { tried: 0, same: 0 };
    stat.tried++;
    const changed = Object.keys(expected).filter((k) => got[k] !== expected[k]);
    if (changed.length === 0) stat.same++;
    else this.differ.push(`${name} / ${rewrite}: ${changed.map((k) => `${k} ${JSON.stringify(got[k])} ≠ ${JSON.stringify(expected[k])}`).join(', ')}`);
    this.perRewrite.set(rewrite, stat);
  }

  /** Share of rewrites that kept every field. */
  get share(): number {
    return (this.tried - this.differ.length) / this.tried;
  }

  /** `label: same/tried identical (share) over what`, then each rewrite and each difference. */
  report(label: string, over: string): string {
    return [
      `${label}: ${this.tried - this.differ.length}/${this.tried} identical (${this.share.toFixed(3)}) over ${over}`,
      ...[...this.perRewrite].map(([r, s]) => `  ${r}: ${s.same}/${s.tried}`),
      ...this.differ.map((d) => `  differs: ${d}`),
    ].join('\n');
  }
}
