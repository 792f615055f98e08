import { evaluate, parseJsonl, type LabelledItem } from '../evaluate'
import { readInput } from './io'

/** npm run screen:eval -- FILE.jsonl: misses to stderr, metrics JSON as the last stdout line. */
const { metrics, misses } = evaluate(parseJsonl<LabelledItem>(readInput()))
for (const miss of misses) process.stderr.write(`${miss.kind.toUpperCase()} ${miss.label} ${miss.id}: ${miss.text}\n    ${miss.reasons.join(' | ')}\n`)
process.stdout.write(`${JSON.stringify(metrics)}\n`)
