import { screen } from './screen'
import { LABELS, type ClaimRule, type Label, type ScreenOptions, type Verdict } from './types'

/** Metrics for the screening engine on a labelled set (used by the eval CLI and the acceptance test). */
export interface LabelledItem { id: string; text: string; article?: string; labels: Partial<Record<Label, boolean>> }
export interface Counts { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; fpr: number }
export type Metrics = Record<Label | 'held', Counts>
export interface Miss { id: string; label: Label | 'held'; kind: 'fp' | 'fn'; text: string; reasons: string[] }

const ratio = (num: number, den: number) => (den === 0 ? 0 : Math.round((num / den) * 1000) / 1000)

const finish = ({ tp, fp, fn, tn }: Pick<Counts, 'tp' | 'fp' | 'fn' | 'tn'>): Counts => ({
  tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), fpr: ratio(fp, fp + tn),
})

export const parseJsonl = <T>(content: string): T[] =>
  content.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => JSON.parse(line) as T)

/** `judge` is screen() except where a measurement compares engines (scripts/eval-model.ts). */
export const evaluate = (
  items: readonly LabelledItem[],
  rules?: ClaimRule[],
  judge: (text: string, options: ScreenOptions) => Verdict = screen,
): { metrics: Metrics; misses: Miss[] } => {
  const tallies = Object.fromEntries([...LABELS, 'held'].map((key) => [key, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<Label | 'held', { tp: number; fp: number; fn: number; tn: number }>
  const misses: Miss[] = []
  for (const item of items) {
    const verdict: Verdict = judge(item.text, { rules })
    const flagged = new Set(verdict.flags.map((flag) => flag.label))
    const outcomes: [Label | 'held', boolean, boolean][] = LABELS.map((label) => [label, flagged.has(label), item.labels[label] === true])
    outcomes.push(['held', verdict.decision === 'hold', LABELS.some((label) => item.labels[label] === true)])
    for (const [key, predicted, actual] of outcomes) {
      const tally = tallies[key]
      if (predicted && actual) tally.tp++
      else if (predicted) tally.fp++
      else if (actual) tally.fn++
      else tally.tn++
      if (predicted !== actual && key !== 'held')
        misses.push({ id: item.id, label: key, kind: predicted ? 'fp' : 'fn', text: item.text, reasons: verdict.reasons })
    }
  }
  const metrics = Object.fromEntries(Object.entries(tallies).map(([key, tally]) => [key, finish(tally)])) as Metrics
  return { metrics, misses }
}
