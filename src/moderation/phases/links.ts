import LinkifyIt from 'linkify-it'
import { getDomain, getHostname } from 'tldts'
import type { Link, Phase } from '../state'

/**
 * Finds links (including bare domains like "shop.example/deal") once, for both spam cues (how many,
 * where to) and claim mitigations (a PubMed or DOI link is a source, not an advert).
 */
const linkify = new LinkifyIt()
  .tlds(['example', 'store', 'online', 'site', 'xyz', 'club', 'io', 'app', 'health', 'clinic', 'shop', 'top', 'live'], true)
  .set({ fuzzyEmail: false })

const CREDIBLE_DOMAINS = new Set([
  'nih.gov', 'who.int', 'doi.org', 'cochranelibrary.com', 'cochrane.org', 'nejm.org', 'bmj.com', 'thelancet.com',
  'nature.com', 'jamanetwork.com', 'nhs.uk', 'cdc.gov', 'fda.gov', 'ema.europa.eu', 'nice.org.uk', 'mayoclinic.org',
  'clinicaltrials.gov', 'sciencedirect.com', 'springer.com', 'wiley.com', 'plos.org', 'cancer.gov', 'wikipedia.org',
])

const isCredible = (hostname: string, domain: string): boolean =>
  CREDIBLE_DOMAINS.has(domain) || /\.(?:gov|edu|ac\.uk|nhs\.uk)$/.test(hostname)

export const findLinks = (text: string): Link[] =>
  (linkify.match(text) ?? []).map((match) => {
    const hostname = getHostname(match.url) ?? ''
    const domain = getDomain(match.url) ?? hostname
    return { start: match.index, end: match.lastIndex, url: match.url, domain, credible: isCredible(hostname, domain) }
  })

export const links: Phase = ({ norm }) => ({ links: findLinks(norm.text) })
