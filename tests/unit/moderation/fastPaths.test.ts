import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity'
import { compileRules, screen, starterRules } from '../../../src/moderation'
import { parseJsonl, type LabelledItem } from '../../../src/moderation/evaluate'
import { findAll, hoistWordBoundary, topLevelAlternatives } from '../../../src/moderation/lexicon/regex'
import { findLinks, linkify } from '../../../src/moderation/phases/links'
import { normaliseText } from '../../../src/moderation/phases/normalise'
import { profanities, profanityStems, undoLeetspeak } from '../../../src/moderation/phases/toxicity'

/**
 * The speed-ups in the engine (link candidates, obscenity windows, the hoisted \b, memoised rule
 * candidates, the run-copying normaliser) must not change what is found. Each is checked here against
 * the plain way of doing the same thing, on the labelled comments and on long comments built from them.
 */
const fixture = (name: string) =>
  parseJsonl<LabelledItem>(readFileSync(new URL(`../../fixtures/moderation/${name}`, import.meta.url), 'utf8')).map((item) => item.text)
const comments = [...fixture('dev.jsonl'), ...fixture('generalisation.jsonl')]
const longComments = comments.filter((_, index) => index % 9 === 0).map((_, offset) => {
  let text = ''
  for (let i = offset * 9; text.length < 2000; i = (i + 7) % comments.length) text += `${comments[i]}${i % 3 ? ' ' : '\n'}`
  return text.slice(0, 2000)
})
const texts = [...comments, ...longComments]
const normalised = texts.map((text) => normaliseText(text).text)

describe('normalisation', () => {
  test('offsets stay aligned after astral characters such as emoji', () => {
    const text = '😀😀👍🏽 you are an idiot and a moron'
    expect(screen(text).spans.map((span) => span.text)).toEqual(['idiot', 'moron'])
    const norm = normaliseText(text)
    expect(norm.origStart.length).toBe(norm.text.length)
  })
  test('whitespace runs, apostrophes and folding keep one offset per normalised character', () => {
    const text = "  Don't\t\tTELL  me…\r\nＡＢＣ ﬁne "
    const norm = normaliseText(text)
    expect(norm.text).toBe('dont tell me...\nabc fine')
    expect(norm.origStart.length).toBe(norm.text.length)
    expect(text.slice(norm.origStart[5], norm.origEnd[8])).toBe('TELL')
  })
})

describe('link candidates', () => {
  const reference = (text: string) => (linkify.match(text) ?? []).map((match) => [match.index, match.lastIndex, match.url])
  test.each([
    'see a.example/1 b.example/2, c.example/3.',
    '(pubmed.ncbi.nlm.nih.gov/123) and https://doi.org/10.1000/xyz\nhttp://localhost:3000/x',
    'e.g. 4.2 mg, not a link... mailto:me@x.example //cdn.example/a.js',
  ])('finds what linkify finds in the whole text: %s', (text) => {
    expect(findLinks(text).map((link) => [link.start, link.end, link.url])).toEqual(reference(text))
  })
  test('on every fixture comment', () => {
    for (const text of normalised) expect(findLinks(text).map((link) => [link.start, link.end, link.url])).toEqual(reference(text))
  })
})

describe('obscenity windows', () => {
  const whole = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })
  /** obscenity over the whole text, keeping the matches that overlap a profanity stem. */
  const reference = (text: string) => {
    const stems = profanityStems(text)
    return whole
      .getAllMatches(text, true)
      .map((match) => [match.startIndex, match.endIndex + 1])
      .filter(([start, end]) => stems.some((stem) => stem.start < end && start < stem.end))
  }
  const samples = [
    'what a sh!t take, kung fu is fine and so is shitake',
    'the van dyke painting, a dyke by the sea, f.u.c.k this and the cockpit',
    'motherfucker\nbullshit  pen is  assholes 5-FU dickens',
    ...texts.filter((_, index) => index % 4 === 0),
  ].map((text) => undoLeetspeak(normaliseText(text).text))
  test.each(samples.slice(0, 3))('match what obscenity finds in the whole text: %s', (text) => {
    expect(profanities(text).map((hit) => [hit.start, hit.end])).toEqual(reference(text))
  })
  test('on fixture comments', () => {
    for (const text of samples) expect(profanities(text).map((hit) => [hit.start, hit.end])).toEqual(reference(text))
  })
})

describe('hoisted word boundary', () => {
  test('splits only top-level alternatives', () => {
    expect(topLevelAlternatives('\\ba|(?:b|c)|[|]\\||d')).toEqual(['\\ba', '(?:b|c)', '[|]\\|', 'd'])
  })
  test('gives the same matches as the plain alternation', () => {
    const sources = ['\\b(?:is|are) (?:just )?a (?:myth|lie)\\b|\\bnever (?:been )?proven\\b', '\\b\\d+ ?%(?! off)|\\bhalf of \\w+s\\b', '\\bnot real\\b']
    const hoisted = new RegExp(hoistWordBoundary(sources), 'g')
    const plain = new RegExp(sources.join('|'), 'g')
    expect(hoisted.source.startsWith('\\b(?:')).toBe(true)
    for (const text of [...normalised, 'it is just a myth, never proven: 40% off, half of doctors agree, 90 % of it is not real'])
      expect(findAll(hoisted, text)).toEqual(findAll(plain, text))
  })
  test('leaves sources alone when an alternative has no leading \\b', () => {
    expect(hoistWordBoundary(['\\ba', 'b'])).toBe('\\ba|b')
  })
})

describe('compiled claim rules', () => {
  test('remembered phrase candidates give the same verdicts as a fresh compile', () => {
    const warm = compileRules(starterRules)
    for (const text of texts) screen(text, { rules: starterRules })
    expect(warm.candidatesByToken.size).toBeGreaterThan(0)
    const fresh = starterRules.map((rule) => ({ ...rule, patterns: [...rule.patterns], name: `${rule.name} ` }))
    expect(compileRules(fresh)).not.toBe(warm)
    for (const text of texts) {
      const a = screen(text, { rules: starterRules })
      const b = screen(text, { rules: fresh })
      expect(b.flags.map((flag) => [flag.label, flag.score])).toEqual(a.flags.map((flag) => [flag.label, flag.score]))
      expect(b.spans.map((span) => [span.start, span.end])).toEqual(a.spans.map((span) => [span.start, span.end]))
    }
  })
})

describe('many signals', () => {
  // Near the 5,000-character limit a comment can carry a thousand signals; the checks below used to
  // compare every pair and now use sorted sweeps, which must decide the same way.
  const text = 'sh1t idiot fuck off moron '.repeat(200).slice(0, 5000)
  const verdict = screen(text)

  test('a profanity inside a quoted insult is not reported again', () => {
    expect(verdict.reasons).toContain("swears at people ('fuck off')")
    const covered = verdict.spans.filter((span) => span.text === 'fuck off')
    for (const span of covered)
      expect(verdict.spans.some((other) => other !== span && other.start >= span.start && other.end <= span.end)).toBe(false)
  })
  test('spans of a label never overlap and come in text order', () => {
    for (const label of ['toxic', 'spam', 'unsupported_claim'] as const) {
      const own = verdict.spans.filter((span) => span.label === label)
      for (let i = 1; i < own.length; i++) expect(own[i].start).toBeGreaterThanOrEqual(own[i - 1].end)
    }
    expect(verdict.spans.length).toBeGreaterThan(500)
  })
})
