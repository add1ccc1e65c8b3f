/** One benchmark figure, printed by bench/run.ts beside its same-run baseline. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The same measure of a baseline, taken in the same run on the same machine. */
  baseline?: number;
  /** value / baseline. */
  ratio?: number;
  /** The target, for the report (e.g. "<= 1.5"). */
  target?: string;
}
