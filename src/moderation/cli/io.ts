import { readFileSync } from 'node:fs'

/** Reads the JSONL file named on the command line (or stdin when none is given). */
export const readInput = (): string => {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('-'))
  return readFileSync(file ?? 0, 'utf8')
}
