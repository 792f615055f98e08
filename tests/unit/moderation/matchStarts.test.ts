import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseJsonl, type LabelledItem } from '../../../src/moderation/evaluate'
import { anyOf, combinedScans, findAll, findAllAt, headScans, hoistWordBoundary, leadingCharacters, matchStarts, matchStartsIn, orderedTree, prefixTree, topLevelAlternatives, wordsRegex } from '../../../src/moderation/lexicon/regex'
import { ABSOLUTES, AGENTS, BODY_TARGETS, CONDITIONS, MOTIVES, REMEDIES, SECRECY, TREATMENTS } from '../../../src/moderation/lexicon/health'
import { normaliseText } from '../../../src/moderation/phases/normalise'
import { splitSentences } from '../../../src/moderation/phases/segment'
import { cueStarts, cueStartsBySentence, harmPredicates, TREATMENT_HARM } from '../../../src/moderation/phases/claimCues'
import { PROMOTION, promotionalPhrases } from '../../../src/moderation/phases/spamCues'
import { PROFANITY_STEM, PROFANITY_STEMS } from '../../../src/moderation/phases/toxicity'

/**
 * toxicity finds where any insult starts with one scan (matchStarts) and tries each pattern only there
 * (findAllAt). That must find exactly what a full scan per pattern (findAll) finds.
 */
const fixture = (name: string) =>
  parseJsonl<LabelledItem>(readFileSync(new URL(`../../fixtures/moderation/${name}`, import.meta.url), 'utf8')).map((item) => item.text)
const comments = [...fixture('dev.jsonl'), ...fixture('generalisation.jsonl')]
const longComments = comments.map((_, offset) => {
  let text = ''
  for (let i = offset; text.length < 2000; i = (i + 7) % comments.length) text += `${comments[i]} `
  return text.slice(0, 2000)
})
const texts = [...comments, ...longComments, 'aaaa', '', 'idiot idiotidiot idiot', 'no no no, shut up you idiot moron'].map((text) => normaliseText(text).text)

const PATTERNS = [
  /\b(?:idiots?|morons?)\b/g,
  /\b(?:you|u) (?:are|re) (?:an? )?(?:idiot|moron|liar)\b/g,
  /\bshut (?:up|it)\b/g,
  /\b(?:no|nope)\b/g,
  /\b(?<!\bthe )(?:cure|cures)\b/g,
  /\b(?:\w+ ){0,2}(?:vaccines?|drugs?)\b/g,
]

describe('matchStarts and findAllAt', () => {
  test('find what a full scan per pattern finds', () => {
    const union = new RegExp(hoistWordBoundary(PATTERNS.map((regex) => regex.source)), 'g')
    const sticky = PATTERNS.map((regex) => new RegExp(regex.source, 'y'))
    for (const text of texts) {
      const starts = matchStarts(union, text)
      PATTERNS.forEach((regex, index) => expect(findAllAt(sticky[index], text, starts)).toEqual(findAll(regex, text)))
    }
  })
})

describe('anyOf, factored by first letter', () => {
  const lists = { CONDITIONS, TREATMENTS, REMEDIES, AGENTS, MOTIVES, SECRECY, ABSOLUTES, BODY_TARGETS }
  const plain = (entries: readonly string[]) => new RegExp(`\\b(?:${[...entries].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g')

  test('gathers entries behind their leading letters, opening leading groups, and keeps the rest whole', () => {
    expect(anyOf(['cancer', 'colds', 'diabetes', '(?:an )?ulcers?', 'c'])).toBe('(?:an ulcers?|ulcers?|diabetes|c(?:ancer|olds|))')
    expect(anyOf(['\\w+mab', 'cure', 'cold'])).toBe('(?:\\w+mab|c(?:ure|old))')
  })

  test.each(Object.entries(lists))('%s matches exactly what the plain alternation matches', (_name, entries) => {
    const factored = wordsRegex(entries)
    const reference = plain(entries)
    for (const text of texts) expect(findAll(factored, text)).toEqual(findAll(reference, text))
  })
})

describe('orderedTree', () => {
  test('keeps the order of alternatives that can match at the same place', () => {
    expect(orderedTree(['ab', 'cd', 'ax'])).toBe('a(?:b|x)|cd')
    expect(orderedTree(['s?kin', 'sky'])).toBe('sk(?:in|y)|kin')
    // A class may open with any letter: the run of plain alternatives ends there.
    expect(orderedTree(['ab', '[a-z]c', 'ax'])).toBe('ab|[a-z]c|ax')
  })
  test('moves a leading look-behind past the character that follows it, one character longer', () => {
    expect(orderedTree(['(?<!a|b)c', 'x'])).toBe('c(?<!(?:a|b)c)|x')
    const entries = ['(?<!\\bice )creams?', 'cats', '(?<=\\b(?:said|says) (?:that )?)(?:myths?|nonsense)', 'mud']
    const tree = new RegExp(`\\b(?:${orderedTree(entries)})`, 'g')
    const plain = new RegExp(`\\b(?:${entries.join('|')})`, 'g')
    for (const text of [...texts, 'ice cream and cream, cats; he said that myths are nonsense, says nonsense, mud']) expect(findAll(tree, text)).toEqual(findAll(plain, text))
  })
  test('does not spell out a tail with a capturing group once per branch', () => {
    expect(orderedTree(['(?:a|b)(?<n>x)', 'ay'])).toBe('(?:a|b)(?<n>x)|ay')
  })
  test('matches exactly what the plain alternation matches', () => {
    const alternatives = PATTERNS.flatMap((regex) => topLevelAlternatives(regex.source)).map((alternative) => alternative.replace(/^\\b/, ''))
    const tree = new RegExp(`\\b(?:${orderedTree(alternatives)})`, 'g')
    const plain = new RegExp(`\\b(?:${alternatives.join('|')})`, 'g')
    for (const text of texts) expect(findAll(tree, text)).toEqual(findAll(plain, text))
  })
})

describe('prefixTree', () => {
  test('drops alternatives that another one starts, since a scan needs only where matches start', () => {
    expect(prefixTree(['cure', 'cures', 'cancer', '(?:heal|fix)(?:s|ed)?', '\\w+mab'])).toBe('(?:c(?:ure|ancer)|heal(?:s|ed)?|fix(?:s|ed)?|\\w+mab)')
  })
})

describe('headScans', () => {
  // Alternatives with wildcard tails, lookarounds and word lists, as the claim cues write them.
  const patterns = [
    ...PATTERNS,
    /\b(?:(?:heal|fix|clear)(?:s|es|ed|ing)?|knocks? (?:\w+ ){0,3}?out|(?:its|is) gone)(?: \w+){0,4}? (?:completely|for good|in (?:a |one )?(?:day|week))\b/g,
    /\bstop(?! (?:bothering|hassling)\b)(?: (?!paying)\w+ing)?\b/g,
    /\b(?:dont|do not|never) (?:take|use|get)\b|\b(?:[\w-]+ ){0,2}?(?:cures?|heals?) (?:\w+ )?cancer\b/g,
    /\b\d+ ?%|\b(?:half|a third) of (?:all )?(?:[\w-]+ ){1,3}?(?:is|are) caused by\b/g,
    wordsRegex(CONDITIONS),
    wordsRegex(MOTIVES),
  ]
  test('find every place where one of the patterns starts', () => {
    const scans = headScans(patterns.map((regex) => regex.source))
    for (const text of texts) {
      const starts = new Set(matchStartsIn(scans, text))
      for (const regex of patterns) for (const match of findAll(regex, text)) expect(starts.has(match.start)).toBe(true)
    }
  })
  test('keep alternatives without a leading \\b in a scan of their own, so the others share one hoisted \\b', () => {
    const scans = combinedScans(['\\bfoo\\b', '🤡(?: ?🤡)+', '\\bbar\\b'])
    expect(scans.map((scan) => scan.source)).toEqual(['\\b(?:bar\\b|foo\\b)', '🤡(?: ?🤡)+'])
    expect(matchStartsIn(scans, 'bar 🤡🤡 foo')).toEqual([0, 4, 9]) // each emoji is two UTF-16 units
  })
  test('cut an alternative before its first wildcard', () => {
    expect(headScans(['\\b(?:heal|fix)(?:s|ed)?(?: \\w+){0,4}? (?:completely|for good)\\b', '\\b\\w+(?:mab|nib)\\b']).map((scan) => scan.source)).toEqual([
      '\\b(?:fix(?:s|ed)?|heal(?:s|ed)?|\\w+(?:mab|nib)\\b)',
    ])
  })
})

describe('cueStartsBySentence', () => {
  test('finds, from one scan of the whole comment, what a scan of each sentence finds', () => {
    const edges = ['stop taking it. now!! cures cancer.\nbig pharma hides it', 'they dont want you to know... 90% of doctors agree? e.g. 4.2 cures']
    for (const text of [...texts, ...edges.map((edge) => normaliseText(edge).text)]) {
      const sentences = splitSentences(text)
      expect(cueStartsBySentence(text, sentences)).toEqual(sentences.map((sentence) => cueStarts(sentence.text)))
    }
  })
})

describe('leadingCharacters', () => {
  const opening = (regex: RegExp) => {
    const table = leadingCharacters(regex)
    return table && [...table].flatMap((allowed, code) => (allowed ? [String.fromCharCode(code)] : [])).join('')
  }
  test('reads the characters a match can open with from its openings', () => {
    expect(opening(/\b(?:you|u)re\b/y)).toBe('uy')
    expect(opening(/\b(?<!x )the\b|\bcure/y)).toBe('ct')
    expect(opening(/\b(?:a|the)? ?dog/y)).toBe(' adt')
  })
  test('is undefined when a match may open with anything', () => {
    expect(opening(/\b\w+mab\b/y)).toBeUndefined()
    expect(opening(/(?=x)xy/y)).toBeUndefined()
    expect(opening(/\bcure/iy)).toBeUndefined()
  })
})

/** Phases that find a pattern's matches only where a cheaper scan says one may start: the same matches as a full scan. */
describe('patterns tried only where their start scans match', () => {
  const extra = ['f.u.c.k off', 'ffuuuck', 'shiiit', 'get 50% off today', '£20 voucher', 'only $5 ', '€5 gift card', 'bitches', 'vaccines are more dangerous than measles']
  const all = [...texts, ...extra.map((text) => normaliseText(text).text)]
  test('promotional phrases', () => {
    for (const text of all) expect(promotionalPhrases(text)).toEqual(findAll(PROMOTION, text))
  })
  test('treatment-harm predicates', () => {
    for (const text of all) expect(harmPredicates(text).map(({ start, end, text: words }) => ({ start, end, text: words }))).toEqual(findAll(TREATMENT_HARM, text))
  })
  test('profanity stems, gathered behind their first letter', () => {
    const plain = new RegExp(PROFANITY_STEMS.join('|'), 'g')
    for (const text of all) expect(findAll(PROFANITY_STEM, text.replace(/[^a-z]+/g, ''))).toEqual(findAll(plain, text.replace(/[^a-z]+/g, '')))
  })
})
