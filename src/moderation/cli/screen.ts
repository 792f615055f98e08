import { screen } from '../screen'
import { parseJsonl } from '../evaluate'
import { readInput } from './io'

/** npm run screen -- FILE.jsonl: one {"id","text"[,"article"]} per line in, one verdict per line out. */
interface Item { id?: string; text: string; article?: string }

for (const item of parseJsonl<Item>(readInput())) {
  const verdict = screen(item.text ?? '', { context: item.article ? { article: { slug: item.article } } : undefined })
  process.stdout.write(`${JSON.stringify({ id: item.id, ...verdict })}\n`)
}
