import { describe, expect, test } from '@jest/globals'
import { compileRules, screen, type ClaimRule } from '../../../src/moderation'
import { latin1Source, normaliseText, OTHER_SYMBOL, quoteOriginal } from '../../../src/moderation/phases/normalise'

const withinLatin1 = (text: string) => [...text].every((ch) => ch.charCodeAt(0) <= 0xff)

describe('the normalised text stays within Latin-1', () => {
  const original = 'They don’t care 🤡🤡 — “trust me” ✨ Łódź €20 ★★★'

  test('every character of the normalised text is Latin-1, and each maps back to what was written', () => {
    const norm = normaliseText(original)
    expect(withinLatin1(norm.text)).toBe(true)
    expect(norm.text.startsWith('they dont care ')).toBe(true)
    // Characters no pattern names read as one symbol; the original quote is still the emoji as written.
    const sparkle = norm.text.indexOf(OTHER_SYMBOL)
    expect(quoteOriginal(original, norm, sparkle, sparkle + 1)).toBe('✨')
    const clowns = norm.text.indexOf(latin1Char('🤡'))
    expect(quoteOriginal(original, norm, clowns, clowns + 2)).toBe('🤡🤡')
  })

  test('C1 control characters in the original are dropped, so none can pose as a stand-in', () => {
    expect(normaliseText('you \u0087 idiot').text).toBe('you idiot')
  })

  test('patterns naming characters beyond Latin-1 still match, and reasons quote the comment as written', () => {
    const clown = screen('what a 🤡 you are')
    expect(clown.flags.map((flag) => flag.label)).toContain('toxic')
    const stars = screen('⭐⭐⭐⭐⭐ best seller ever, five stars, get yours at drferro-gummies.com')
    expect(stars.reasons).toContain("posts a star rating like a paid review ('⭐⭐⭐⭐⭐')")
    // No stand-in shows through: reasons quote the original text.
    expect(stars.reasons.join(' ')).not.toMatch(/[\x80-\x9f]/)
  })

  test("a moderator's pattern may name any character", () => {
    const rules: ClaimRule[] = [
      { name: 'Sparkle cure', category: 'miracle_cure', description: 'Sparkle water cures', severity: 'high', patterns: ['/✨ water cures/'], active: true },
      { name: 'Euro cure', category: 'miracle_cure', description: 'Priced cures', severity: 'high', patterns: ['/€\\d+ cure/'], active: true },
    ]
    expect(compileRules(rules).errors).toEqual([])
    expect(screen('honestly ✨ water cures everything', { rules }).flags.map((flag) => flag.label)).toContain('unsupported_claim')
    expect(screen('a €20 cure for arthritis', { rules }).flags.map((flag) => flag.label)).toContain('unsupported_claim')
  })

  test("the engine's own patterns may name only the symbols that have a stand-in", () => {
    expect(() => latin1Source('✨')).toThrow(/no stand-in/)
    expect(latin1Source('✨', 'other')).toBe('\\x9f')
  })
})

/** The stand-in `symbol` has in the normalised text. */
const latin1Char = (symbol: string) => normaliseText(symbol).text

