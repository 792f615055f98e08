/**
 * `npm run generate:words`: writes src/moderation/lexicon/real-words.json, the dictionary words the
 * spelling corrector must leave alone because they sit one typo from its vocabulary. Run it after
 * changing the lexicon; a unit test fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs'
import { readDictionary } from '../src/moderation/lexicon/dictionary'
import { REAL_WORDS_FILE, serialiseRealWords } from '../src/moderation/lexicon/spelling'

const content = serialiseRealWords(readDictionary())
writeFileSync(REAL_WORDS_FILE, content)
console.log(`wrote ${REAL_WORDS_FILE}: ${JSON.parse(content).length} words`)
