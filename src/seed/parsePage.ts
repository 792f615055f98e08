/**
 * Parses a scraped article page (plain text, one block per line, as in src/seed/pages/) into
 * structured content: the article with its sections, lists and comparison table, the FAQ, related
 * topics, reader comments, the author's bio and the author's other posts. Pure: text in, data out.
 */

export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption: string; rows: string[][] }

export interface ParsedTopic {
  name: string
  abbreviation?: string
  summary: string
}

export interface ParsedPost {
  title: string
  paragraphs: string[]
}

export interface ParsedPage {
  title: string
  /** The headline before any subtitle ("How X Drives Y" of "How X Drives Y: Causes, Risks"). */
  headline: string
  publishedAt: string
  excerpt: string
  blocks: Block[]
  faq: { question: string; answer: string }[]
  relatedTopics: ParsedTopic[]
  /** Topics the article itself is about: the subjects named in its headline that have a "What is"/"Understanding" section. */
  subjectTopics: ParsedTopic[]
  comments: string[]
  author: { name: string; bio: string[]; expertise?: string; location?: string }
  otherPosts: ParsedPost[]
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const words = (line: string) => line.split(/\s+/).filter(Boolean).length
const sentences = (line: string) => line.split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean)
const firstSentence = (line: string) => sentences(line)[0] ?? line
/** A line that reads as a title: short, starts with a capital, no sentence-ending full stop or colon. */
const isTitleLike = (line: string) => words(line) <= 12 && /^[A-Z0-9]/.test(line) && !/[.:,;]$/.test(line)
/** A short label such as a table cell. */
const isCellLike = (line: string) => words(line) <= 10 && !/[.:;]$/.test(line)
/** Prose that refers back to what came before ("These cytokines…", "Each of these areas…") ends a list. */
const isAnaphoric = (line: string) => /^(these|this|those|such|each of these|all of these)\b/i.test(line)
const hasLeadLabel = (line: string) => /^[^:]{2,60}:\s/.test(line)

const isMarker = (line: string, marker: RegExp) => marker.test(line.trim())
const FAQ_HEADING = /^(frequently asked questions|faqs?)$/i
const RELATED_HEADING = /^related topics/i
const SHARE = /^share it on$/i
const COMMENTS = /^comments \(\d+\)$/i
const WRITE_COMMENT = /^write a comment$/i
const ABOUT_AUTHOR = /^about (the )?author$/i

export const parsePublished = (lines: string[]): { iso: string; used: number } | undefined => {
  // "published : Sep, 25" followed by "2025" on the next line, or all on one line.
  const joined = `${lines[0] ?? ''} ${lines[1] ?? ''}`
  const match = /published\s*:?\s*([A-Za-z]{3,9})\.?,?\s*(\d{1,2}),?\s*(\d{4})?/i.exec(joined)
  if (!match) return undefined
  const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase())
  const year = match[3] ? Number(match[3]) : NaN
  if (month < 0 || Number.isNaN(year)) return undefined
  const used = /\d{4}/.test(lines[0]) ? 1 : 2
  return { iso: new Date(Date.UTC(year, month, Number(match[2]), 12)).toISOString(), used }
}

/** "NF‑κB pathway is a cellular…" → name "NF‑κB pathway"; "Hormone replacement therapy (HRT) is…" → name + abbreviation. */
export const parseTopicLine = (line: string): ParsedTopic => {
  const match = /^(.+?)(?:\s+\(([^)]+)\))?\s+(?:is|are|influences|affects|shapes|drives|regulates|links|connects)\b/.exec(line)
  const name = (match?.[1] ?? line.split(/[,.]/)[0]).trim()
  return { name, abbreviation: match?.[2], summary: line.trim() }
}

/** A title for a post that has none: the subject of its first sentence ("…the wonders of allantoin for tattoo aftercare."). */
export const deriveTitle = (paragraph: string): string => {
  const lead = firstSentence(paragraph).replace(/^As an? [^,]+,\s*/i, '')
  const subject = /\b(?:of|about|on|with)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:for|in|and|with)\s+[\w\s-]+?)[.!?]?$/i.exec(lead)
  const phrase = (subject?.[1] ?? lead.replace(/[.!?]$/, '')).trim()
  const small = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with'])
  return phrase
    .split(/\s+/)
    .map((word, index) => (index > 0 && small.has(word.toLowerCase()) ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1)))
    .join(' ')
}

const parseTable = (caption: string, lines: string[], start: number): { block: Block; next: number } => {
  // A comparison "A vs. B" has a label column plus one column per side.
  const columns = caption.split(/\s+vs\.?\s+/i).length + 1
  const cells: string[] = []
  let index = start
  while (index < lines.length && isCellLike(lines[index])) {
    cells.push(lines[index])
    index += 1
  }
  const rows: string[][] = []
  for (let offset = 0; offset < cells.length; offset += columns) {
    const row = cells.slice(offset, offset + columns)
    while (row.length < columns) row.push('')
    rows.push(row)
  }
  return { block: { type: 'table', caption, rows }, next: index }
}

const parseList = (lines: string[], start: number): { items: string[]; next: number } => {
  const items: string[] = []
  const labelled = hasLeadLabel(lines[start] ?? '')
  let index = start
  while (index < lines.length) {
    const line = lines[index]
    if (isAnaphoric(line) || isTitleLike(line)) break
    if (labelled ? !hasLeadLabel(line) : sentences(line).length > 1) break
    items.push(line)
    index += 1
  }
  return { items, next: index }
}

export const parsePage = (source: string): ParsedPage => {
  const lines = source.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
  const title = lines[0]
  const headline = title.split(/:\s/)[0].trim()
  const published = parsePublished(lines.slice(1, 3))
  if (!published) throw new Error('The page has no "published : Mon, DD YYYY" line under its title.')
  let index = 1 + published.used

  const blocks: Block[] = []
  const faq: ParsedPage['faq'] = []
  let relatedTopics: ParsedTopic[] = []
  let section = ''
  while (index < lines.length && !isMarker(lines[index], SHARE) && !isMarker(lines[index], COMMENTS)) {
    const line = lines[index]
    const next = lines[index + 1] ?? ''
    if (section === 'faq') {
      if (line.endsWith('?') && next) faq.push({ question: line, answer: next })
      index += 2
      continue
    }
    if (isTitleLike(line) && blocks.length > 0) {
      if (isMarker(line, FAQ_HEADING)) {
        section = 'faq'
        index += 1
        continue
      }
      if (/\svs\.?\s/i.test(line)) {
        blocks.push({ type: 'heading', level: 3, text: line })
        const table = parseTable(line, lines, index + 1)
        blocks.push(table.block)
        index = table.next
        continue
      }
      section = RELATED_HEADING.test(line) ? 'related' : 'body'
      blocks.push({ type: 'heading', level: 2, text: line })
      index += 1
      continue
    }
    if (line.endsWith(':') && index + 1 < lines.length) {
      blocks.push({ type: 'paragraph', text: line })
      const list = parseList(lines, index + 1)
      if (list.items.length > 0) {
        blocks.push({ type: 'list', items: list.items })
        if (section === 'related') relatedTopics = list.items.map(parseTopicLine)
        index = list.next
        continue
      }
    }
    blocks.push({ type: 'paragraph', text: line })
    index += 1
  }

  while (index < lines.length && !isMarker(lines[index], COMMENTS)) index += 1
  index += 1
  const comments: string[] = []
  while (index < lines.length && !isMarker(lines[index], WRITE_COMMENT) && !isMarker(lines[index], ABOUT_AUTHOR)) {
    comments.push(lines[index])
    index += 1
  }
  while (index < lines.length && !isMarker(lines[index], ABOUT_AUTHOR)) index += 1
  const authorName = lines[index + 1] ?? ''
  const bio = lines[index + 2] ? [lines[index + 2]] : []
  index += 3

  const otherPosts: ParsedPost[] = []
  while (index < lines.length && !isMarker(lines[index], COMMENTS)) {
    const line = lines[index]
    if (isTitleLike(line) && lines[index + 1] && !isTitleLike(lines[index + 1])) {
      otherPosts.push({ title: line, paragraphs: [lines[index + 1]] })
      index += 2
    } else {
      otherPosts.push({ title: deriveTitle(line), paragraphs: [line] })
      index += 1
    }
  }

  const bioText = bio.join(' ')
  const expertise = /\bexpert in ([^.,;]+)/i.exec(bioText)?.[1]?.trim()
  const location = /\b(?:born and raised|based|living|live) in ([A-Z][^.;]*?)(?:\.|;|$)/.exec(bioText)?.[1]?.trim()

  const intro = blocks.find((block) => block.type === 'paragraph') as { text: string } | undefined
  return {
    title,
    headline,
    publishedAt: published.iso,
    excerpt: intro ? sentences(intro.text).slice(0, 2).join(' ') : '',
    blocks,
    faq,
    relatedTopics,
    subjectTopics: subjectTopics(headline, blocks),
    comments,
    author: { name: authorName, bio, expertise, location },
    otherPosts,
  }
}

/** Subjects of the headline that the article defines in a section of their own ("What is Inflammation?", "Understanding Osteoporosis"). */
const subjectTopics = (headline: string, blocks: Block[]): ParsedTopic[] => {
  const topics: ParsedTopic[] = []
  blocks.forEach((block, position) => {
    if (block.type !== 'heading') return
    const subject = /^(?:what (?:is|are)|understanding)\s+(.+?)\??$/i.exec(block.text)?.[1]
    if (!subject || !headline.toLowerCase().includes(subject.toLowerCase())) return
    const body = blocks.slice(position + 1).find((candidate) => candidate.type === 'paragraph') as { text: string } | undefined
    topics.push({ name: subject, summary: body ? firstSentence(body.text) : '' })
  })
  return topics
}
