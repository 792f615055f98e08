import type { ClaimRule } from '../types'

/**
 * The shipped starter set: well-known misinformation formulas across health topics, phrased generally
 * (not copied from any one comment). Moderators extend or replace these in the admin; the cue phase
 * still recognises claim structure when no rule matches.
 */
export const starterRules: ClaimRule[] = [
  {
    name: 'Suppressed cure',
    category: 'hidden_motive',
    description: 'alleges a cure is being suppressed for profit, with no source',
    patterns: ['they dont want you to know', 'the cure is being suppressed', 'suppressed cure', 'cure they are hiding', 'a cured patient is a lost customer', 'sick people are profitable', '/\\b(?:had|have|found) the cure for \\w+ (?:for|years|decades)/'],
    severity: 'high',
    evidenceUrl: 'https://www.cancer.gov/about-cancer/treatment/cam',
  },
  {
    name: 'Conspiracy formula',
    category: 'hidden_motive',
    description: 'uses a stock conspiracy formula instead of evidence',
    patterns: ['follow the money', 'wake up people', 'wake up sheeple', 'do your own research', 'they are poisoning us', '/\\b(?:plan|scam)demic\\b/', 'big pharma lies'],
    severity: 'medium',
  },
  {
    name: 'Miracle cure',
    category: 'miracle_cure',
    description: 'promotes a miracle or natural cure without evidence',
    patterns: ['miracle cure', 'cures all diseases', 'cures any disease', 'cures cancer naturally', 'natural cure for cancer', 'kills cancer cells naturally', 'one weird trick', 'doctors hate this', '/\\b(?:cures?|reverses?) (?:type (?:1|2) )?diabetes\\b/', '/\\bcures? (?:autism|adhd|depression|alzheimers|dementia)\\b/'],
    severity: 'high',
  },
  {
    name: 'Dangerous remedy',
    category: 'miracle_cure',
    description: 'promotes a remedy known to be dangerous (bleach, MMS, colloidal silver, apricot kernels)',
    patterns: ['miracle mineral solution', 'drink chlorine dioxide', 'drinking bleach', '/\\bcolloidal silver (?:cures?|kills?|heals?|treats?)\\b/', '/\\b(?:apricot kernels?|b17|laetrile) (?:cures?|kills?|treats?)\\b/'],
    severity: 'high',
  },
  {
    name: 'Stop prescribed treatment',
    category: 'stop_treatment',
    description: 'tells readers to stop or refuse prescribed treatment',
    patterns: ['throw away your meds', 'throw out your meds', 'stop taking your meds', 'flush your pills', 'dont vaccinate your kids', 'never vaccinate', 'stop your insulin', 'stop taking your statins', 'get off your antidepressants'],
    severity: 'high',
  },
  {
    name: 'Unsourced study claim',
    category: 'invented_statistic',
    description: 'cites unnamed studies or a made-up figure as fact',
    patterns: ['/\\b\\d{1,3} ?% of (?:all )?(?:cases|people|patients|deaths|doctors)\\b(?![^.]*\\b(?:doi|pubmed|cochrane|journal|trials?|stud(?:y|ies)|review)\\b)/'],
    severity: 'medium',
  },
  {
    name: 'Vaccine myths',
    category: 'fact_denial',
    description: 'repeats a debunked vaccine myth',
    patterns: ['vaccines cause autism', 'vaccines are poison', 'vaccine injuries are hidden', 'natural immunity is better than vaccines', 'vaccines contain microchips', 'vaccines alter your dna', 'mrna changes your dna'],
    severity: 'high',
    evidenceUrl: 'https://www.who.int/news-room/questions-and-answers/item/vaccines-and-immunization-vaccine-safety',
  },
  {
    name: 'Germ and disease denial',
    category: 'fact_denial',
    description: 'denies an established disease mechanism',
    patterns: ['germs dont cause disease', 'viruses dont exist', 'hiv doesnt cause aids', 'cancer is a fungus', 'germ theory is a lie', 'terrain theory', 'cholesterol is a myth', 'depression is a choice', 'mental illness isnt real', 'diabetes is a hoax'],
    severity: 'high',
  },
  {
    name: 'Alkaline and detox pseudoscience',
    category: 'fact_denial',
    description: 'relies on alkaline or detox pseudoscience',
    patterns: ['cancer cannot survive in an alkaline body', 'alkalize your body', 'acidic body causes', 'detox your liver', 'flush out toxins', 'pulls toxins out'],
    severity: 'medium',
  },
]
