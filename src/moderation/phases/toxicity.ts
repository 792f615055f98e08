import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity'
import type { Phase, Signal } from '../state'
import { anyOf, findAll } from '../lexicon/regex'
import { quoteOriginal } from './normalise'

/**
 * Insults, slurs, threats and harm wishes aimed at people. Criticism of an article ("this is garbage")
 * is not toxic; calling its author a moron is. Obfuscation is undone first: leetspeak inside words
 * ("1d10t", "sh1t") and starred vowels ("st*pid", "f***").
 */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '$': 's', '5': 's', '7': 't', '|': 'l' }
const LEET_WORD = /[a-z0-9@$!|*]*[a-z][a-z0-9@$!|*]*/g

/** Same length as the input, so normalised offsets stay valid. */
export const undoLeetspeak = (text: string): string =>
  text.replace(LEET_WORD, (word) => (/[0-9@$!|]/.test(word) && /[a-z].*[a-z]/.test(word) ? word.replace(/[0-9@$!|]/g, (ch, at: number) => (ch === '!' && at === word.length - 1 ? ch : LEET[ch] ?? ch)) : word))

/** "stupid" also matches "st*pid": any vowel may be starred out. */
const starTolerant = (entries: readonly string[]): string => anyOf(entries.map((entry) => entry.replace(/[aeiou](?![?*+}])/g, '[$&*]')))

const PERSON_INSULTS = starTolerant([
  'idiots?', 'morons?', 'imbeciles?', 'cretins?', 'clowns?', 'losers?', 'sheeple', 'sheep', 'shills?', 'liars?', 'hags?', 'boomers?',
  'whiners?', 'cultists?', 'butchers?', 'murderers?', 'criminals?', 'scum(?:bags?)?', 'dumbass(?:es)?', 'jackass(?:es)?', 'frauds?', 'quacks?',
  'hypochondriacs?', 'halfwits?', 'dimwits?', 'numpties', 'muppets?', 'degenerates?', 'bitch(?:es)?', 'bastards?', 'assholes?',
  'douche(?:bags?)?', 'trolls?', 'snowflakes?', 'fools?', 'nutjobs?', 'nutters?', 'lunatics?', 'psychos?', 'freaks?', 'grifters?',
  'charlatans?', 'retards?', 'dipshits?', 'twats?', 'wankers?', 'pricks?',
])
/** Words that insult only when pointed at a person ("worthless hack", not "life hack"). */
const CONTEXTUAL_INSULTS = starTolerant(['hacks?', 'cows?', 'pigs?', 'trash', 'garbage', 'rats?', 'animals?', 'vermin', 'waste of (?:space|oxygen)'])
const INSULT_ADJECTIVES = starTolerant([
  'stupid(?:est)?', 'dumb(?:est)?', 'pathetic', 'worthless', 'useless', 'brainwashed', 'brain-?dead', 'clueless', 'ignorant', 'lazy',
  'ugly', 'disgusting', 'trashy', 'filthy', 'idiotic', 'moronic', 'retarded', 'deluded', 'gullible',
])
/** Harmless alone ("old people"), but they may sit between an insult adjective and its target. */
const INTENSIFIERS = '(?:absolute|complete|total|old|paid|little|fat|dangerous|weak|utter)'
const INSULT_CHAIN = `(?: (?:${INSULT_ADJECTIVES}|${INTENSIFIERS}))*`
const PEOPLE = '(?:people|person|woman|women|man|men|lady|guy|thing|author|writer|commenters?|patients|folks|you|u|ppl)'
const AT_PERSON = '(?:you|u|ur|youre|you are|is a|is an|such an?|what an?|bunch of)'

const INSULT_PATTERNS: { regex: RegExp; score: number; reason: string }[] = [
  { regex: new RegExp(`\\b${PERSON_INSULTS}\\b`, 'g'), score: 0.8, reason: 'insults people' },
  { regex: new RegExp(`\\b(?:${AT_PERSON}|${INSULT_ADJECTIVES})${INSULT_CHAIN} ${CONTEXTUAL_INSULTS}\\b`, 'g'), score: 0.8, reason: 'insults people' },
  { regex: new RegExp(`\\b${INSULT_ADJECTIVES}${INSULT_CHAIN} ${PEOPLE}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  { regex: new RegExp(`\\b(?:you|u)(?:re| are| r)?(?: all| so| such| just| too)* ${INSULT_ADJECTIVES}\\b`, 'g'), score: 0.75, reason: 'insults people' },
  {
    regex: /\b(?:hope|wish) (?:you|u|he|she|they|it|your \w+|the \w+|his \w+|her \w+|their \w+)(?: \w+){0,3}? (?:dies?|choke|chokes|suffers?|rots?|burns?|breaks?|gets? (?:infected|sick|cancer|hit|hurt)|drops? dead)\b/g,
    score: 0.9,
    reason: 'wishes harm on someone',
  },
  {
    regex: /\bdeserves? (?:to (?:die|suffer|get sick)|the infections?|whatever happens|what(?:ever)? (?:they|you|he|she) gets?|cancer)\b|\bdarwin awards?\b/g,
    score: 0.85,
    reason: 'says people deserve harm',
  },
  {
    regex: /\b(?:(?:ill|i will|im going to|i am going to|gonna) (?:find|hunt|kill|hurt|beat|come for|visit|get) (?:you|u|out where)|i know where you (?:live|work)|find out where you live|youll regret|watch your back|kill (?:yourself|urself)|kys|go to hell|drop dead)\b/g,
    score: 0.95,
    reason: 'threatens or wishes harm on someone',
  },
  { regex: /\bgo back to (?:your|ur) (?:own )?country\b/g, score: 0.9, reason: 'tells someone to leave the country (xenophobic abuse)' },
  { regex: /\b(?:f[*#@$%!u][*#@$%!c]?[*#@$%!k]*|fuck|piss) off\b|\bf[*#@$%!]{2,4}(?:ing?|ers?)?\b/g, score: 0.8, reason: 'swears at people' },
  { regex: /\bshut (?:up|it)\b/g, score: 0.6, reason: 'tells people to shut up' },
]

const SLURS = new Set(['nigger', 'faggot', 'retard', 'chink', 'spic', 'kike', 'tranny', 'dyke', 'paki', 'gook', 'wetback', 'coon'])
const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers })

/**
 * obscenity is thorough but costly on long texts, so it only runs when the letters (punctuation dropped,
 * as obscenity itself skips it) contain a profanity stem. Stems that hide inside
 * ordinary words ("ass" in "pass") are left to the insult patterns above.
 */
const PROFANITY_STEM = /f+u+c*k|f+u+k|s+h+i+t|c+u+n+t|b+i+t+c+h|d+i+c+k|p+u+s+s+y|c+o+c+k|n+i+g+(?:e+r|a|g)|f+a+g+o*t|w+h+o+r+e|s+l+u+t|r+e+t+a+r+d|t+w+a+t|w+a+n+k|p+r+i+c+k|b+a+s+t+a+r+d|p+i+s+s|k+i+k+e|c+h+i+n+k|d+y+k+e|t+r+a+n+n+y|w+e+t+b+a+c+k|j+i+z+z|d+i+l+d+o|a+s+s+h+o+l+e|b+o+l+l+o+c+k|b+u+g+g+e+r/
const mayContainProfanity = (text: string): boolean => PROFANITY_STEM.test(text.replace(/[^a-z]+/g, ''))

const profanities = (text: string): { start: number; end: number; word: string }[] =>
  !mayContainProfanity(text) ? [] : obscenity.getAllMatches(text, true).map((match) => ({
    start: match.startIndex,
    end: match.endIndex + 1,
    word: englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '',
  }))

export const toxicity: Phase = ({ original, norm, signals }) => {
  const text = undoLeetspeak(norm.text)
  const found: Signal[] = []
  const quote = (start: number, end: number) => quoteOriginal(original, norm, start, end)
  for (const { regex, score, reason } of INSULT_PATTERNS)
    for (const match of findAll(regex, text))
      found.push({ label: 'toxic', score, reason: `${reason} ('${quote(match.start, match.end)}')`, start: match.start, end: match.end, origin: 'cue' })
  for (const { start, end, word } of profanities(text)) {
    // Two-letter hits are abbreviations more often than abuse ("5-FU" is a chemotherapy drug).
    if (end - start < 3) continue
    const alreadyExplained = found.some((signal) => signal.start! <= start && signal.end! >= end)
    if (alreadyExplained) continue
    const slur = SLURS.has(word)
    const reason = `${slur ? 'uses a slur' : 'uses profanity'} ('${quote(start, end)}')`
    found.push({ label: 'toxic', score: slur ? 0.95 : 0.6, reason, start, end, origin: 'cue' })
  }
  return { signals: [...signals, ...found] }
}
