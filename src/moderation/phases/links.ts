import LinkifyIt from 'linkify-it'
import { getDomain, getHostname } from 'tldts'
import TOP_LEVEL_DOMAINS from 'tlds/index.json' with { type: 'json' }
import type { Link, Phase } from '../state'

/**
 * Finds links (including bare domains like "shop.example/deal") once, for both spam cues (how many,
 * where to) and claim mitigations (a PubMed or DOI link is a source, not an advert).
 */
// Every IANA top-level domain (the `tlds` package), not linkify's short default list: spam favours the newer ones
// (.win, .bet, .click, .blog, .vip), which the default missed. Plus .example, which the RFC reserves for examples.
export const linkify = new LinkifyIt().tlds([...TOP_LEVEL_DOMAINS, 'example'], false).set({ fuzzyEmail: false })

const CREDIBLE_DOMAINS = new Set([
  'nih.gov', 'who.int', 'doi.org', 'cochranelibrary.com', 'cochrane.org', 'nejm.org', 'bmj.com', 'thelancet.com',
  'nature.com', 'jamanetwork.com', 'nhs.uk', 'cdc.gov', 'fda.gov', 'ema.europa.eu', 'nice.org.uk', 'mayoclinic.org',
  'clinicaltrials.gov', 'sciencedirect.com', 'springer.com', 'wiley.com', 'plos.org', 'cancer.gov', 'wikipedia.org',
])

const isCredible = (hostname: string, domain: string): boolean =>
  CREDIBLE_DOMAINS.has(domain) || /\.(?:gov|edu|ac\.uk|nhs\.uk)$/.test(hostname)

/**
 * linkify scans with large Unicode-aware regexes, which dominated the cost of long comments. A link never
 * contains whitespace and always holds a dot, colon or @ followed by more text (or "//"), so only the
 * whitespace-delimited words with such a hint are handed to linkify. Their edges are whitespace or the
 * text's ends, which linkify treats alike, so the links found are the same as over the whole text.
 */
const LINK_HINT = /[.:@](?=\S)|\/\//g
const isWhitespace = (code: number): boolean => code === 32 || code === 10

const linkCandidates = (text: string): { start: number; end: number }[] => {
  const words: { start: number; end: number }[] = []
  LINK_HINT.lastIndex = 0
  for (let hint = LINK_HINT.exec(text); hint; hint = LINK_HINT.exec(text)) {
    let start = hint.index
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--
    let end = hint.index + 1
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++
    words.push({ start, end })
    LINK_HINT.lastIndex = end
  }
  return words
}

export const findLinks = (text: string): Link[] =>
  linkCandidates(text).flatMap(({ start, end }) =>
    (linkify.match(text.slice(start, end)) ?? []).map((match) => {
      const hostname = getHostname(match.url) ?? ''
      const domain = getDomain(match.url) ?? hostname
      return { start: start + match.index, end: start + match.lastIndex, url: match.url, domain, credible: isCredible(hostname, domain) }
    }),
  )

export const links: Phase = ({ norm }) => ({ links: findLinks(norm.text) })
