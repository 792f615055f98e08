import type { Link, Phase, Sentence, Signal, Token } from '../state'
import { combinedScans, findAll, findAllAt, matchStartsIn, orderedTree, wordsRegex, type Match } from '../lexicon/regex'
import { firstTokenFrom } from '../model/features'
import { latin1Pattern, latin1Source, quoteOriginal } from './normalise'

/**
 * Content spam cues: promotion language, links (how many, to where), contact channels and keyword
 * stuffing. Each cue is a separate signal; decide combines them, so one mild cue ("cheap") never holds a
 * comment alone but promotion plus a shop link does.
 */
const PROMOTION_PHRASES = [
  'click here', 'click the link', 'order (?:now|today|here|at|the|yours)', 'buy (?:now|cheap|online|here)', 'shop now', '\\d+ ?% off',
  'off today', 'today only', 'limited time', 'discount', '(?:promo|coupon|discount|my) code', 'use code', 'code [a-z]+\\d+',
  'free (?:spins|trial|video|shipping|discovery call|consultation|ebook|sample|bonus|week|month|box|gift|meals?)', 'casino', 'crypto(?:currency)?', 'bitcoin',
  'btc', 'staking', 'passive income', 'work(?:ing)? from home', '(?:earn|make|made) \\$ ?\\d',
  '(?:guaranteed )?\\d+ ?(?:%|x) (?:weekly |monthly |daily )?returns', 'returns guaranteed', 'dm me', 'message me', 'telegram', 'whatsapp',
  'contact (?:me|us|him|her)', 'book (?:your|a) (?:free )?', 'check out my', 'check my (?:\\w+ )?(?:site|website|page|blog|channel|shop|store|link)', 'deals(?<=\\b(?:best|top|cheapest) (?:\\w+ ){1,3}deals)', 'visit (?:our|my)', 'link in (?:my )?(?:bio|profile)', 'follow me',
  'my profile', 'without (?:a )?prescription', 'ships worldwide', '(?:fast )?worldwide shipping', 'discreet (?:package|shipping|delivery)',
  'dating', 'singles', 'essay', 'seo', 'rank #?1', 'lose \\d+ (?:pounds|lbs|kg)', 'best price', 'cheap', '(?:on|for) sale', 'sale (?:ends|price|now|today)', '(?:only|just) \\$ ?\\d+',
  'ebook', 'investment opportunity', 'sign up (?:now|today)', 'act now', 'watch the (?:free )?video', 'hot deals?', 'best deals?',
  // Loans and credit, dating and follower schemes, and call-to-action phrasing.
  'loans?', 'payday', 'bad credit', 'no credit checks?', 'credit (?:score|repair)', '(?:fast|quick|easy) (?:cash|money)', '(?:get )?(?:pre-?)?approved (?:in|within|today)',
  'hot (?:singles|girls|moms|milfs)', 'in your area', 'adult (?:content|videos?|chat|dating|sites?|webcams?|toys)', 'hookups?', 'free (?:followers|likes|subscribers|views)', '(?:buy|get) (?:\\d+ )?(?:followers|likes|subscribers)',
  'call (?:now|today|us)', 'text (?:me|us|now)', 'order (?:online|via)', 'no prescription', 'limited (?:offer|stock|spots|entries)', 'win an? (?:free|brand new) \\w+', 'ask me how', 'we pay (?:top|the best|good|cash)', 'text [a-z]+ to \\d{4,}', 'while stocks? last',
  // Buying up supplies, wholesale and medical-tourism offers, affiliate links and quotes on request.
  'we buy', '(?:top|best) (?:prices?|dollar|cash) paid', 'cash paid', 'wholesale', 'shipping worldwide', 'message us', 'dm us',
  '(?:get|for|request) (?:a |your )?(?:free |instant )?quotes?', 'packages? (?:from|start at|starting at)', '(?:from|only|just) (?:[$€£] ?\\d|\\d+ ?(?:eur|euros?|usd|gbp|pounds|dollars)\\b)',
  '(?:my |our )?(?:referral|affiliate) (?:link|code)', 'support the channel', 'call (?=\\+?\\d)',
  // Recruiting, reviews and giveaways, rates on request, local-search stuffing and checkout codes.
  'join (?:my|our) team', 'earn(?:ing)? from home', '\\d+/10 (?:would )?recommend', 'best purchase', 'check (?:it|them|this) out(?= (?:at|here|www|http|on my))',
  'for (?:rates|prices|pricing|details|more info|packages)', '(?:spaces|beds|slots|spots|places|seats) (?:available|left|(?:are )?limited)', 'no strings', 'collection only', 'or nearest offer', 'ono', 'enrol(?:l)? (?:today|now)', 'become a certified', 'book (?:now|today|online)', 'luxury (?:villas?|rooms?|retreats?|resorts?)',
  'subscribe to (?:my|our)', 'giveaways?', 'follow my (?:insta(?:gram)?|ig|tiktok|page|channel|account|blog|socials)', 'like and share', 'first \\d+ (?:people|customers|callers|readers|visitors|subscribers)', 'refer a friend', 'at checkout',
  // Prize and advance-fee scams, counterfeit goods, sales talk.
  'free (?:iphone|ipad|samsung|gift ?cards?|vouchers?)', 'claim (?:your )?(?:prize|reward|gift|winnings)', 'with your (?:bank|account|card|paypal) details',
  '(?:compensation|lottery|inheritance|beneficiary) (?:fund|payment|claim)', 'approved your (?:payment|claim|transfer)', 'western union', 'moneygram',
  'replicas?', 'top quality', 'low(?:est)? prices?', 'happy customers', 'doctor formulated',
  'no experience (?:needed|required|necessary)', 'reply \\w+ and (?:ill|i will|we will|well) send', 'earn (?:\\w+ ){0,2}(?:income|money|cash)(?: from home)?',
  'free (?:\\d+ ?(?:minute|min) )?(?:discovery calls?|consultations?|sessions?)', 'discovery calls?', 'brand ambassadors?', 'dm @\\w+', 'buy (?:[\\w-]+ )?online',
  // Paid surveys, advance-fee and prize scams, sugar dating and webcams, bought reviews, coin presales, spell casters, shops that ship.
  'extra income', 'register (?:now|today|free)', 'pays? [$£€] ?\\d+ (?:per|a|for|every) \\w+', 'bank details', 'processing fee', 'unclaimed', '[$£€] ?\\d[\\d.,]* (?:million|billion)',
  'sugar (?:daddy|daddies|baby|babies)', 'join (?:free|now|today)', 'you have been selected', 'lucky (?:visitors?|winners?|readers?)', '(?:im|i am|were|we are) giving away', '[$£€] ?\\d+ (?:\\w+ )?(?:voucher|gift card)',
  'real (?:girls|women|singles|men)', 'chat privately', '18\\+', 'buy (?:\\d+[- ]star )?(?:google |yelp |trustpilot |amazon )?reviews', '\\d+ reviews for',
  'drop me a (?:message|line|dm|text)', '(?:ill|i will|well|we will) send you (?:the |all the |more )?(?:details|info|link)', 'making money (?:from|on|with) (?:your|ur|my) (?:phone|laptop|home)',
  'gone in \\d+ days', '(?:the )?only thing that (?:worked|helped)', 'tried everything', 'tag \\d+ friends', 'follow @\\w+', 'we beat any price', 'beat any price', 'for all your (?:meds|medication|medicines|prescriptions|pills)',
  '\\d for (?:the price of )?\\d(?! ?(?:days?|weeks?|hours?|months?|years?|mins?|minutes?|times?)\\b)', '(?:this )?(?:weekend|week) only', 'selling (?:my )?(?:spare |unused |unopened |leftover )?\\w+ (?:pens|pills|tablets|meds|injections|boxes)', '(?:hi|hello) dear', 'looking for (?:a )?serious (?:man|woman|relationship)', 'write to me',
  'get paid to (?:take|fill|do|complete) (?:\\w+ )?surveys?', 'sign ?up bonus', 'in bulk', 'factory direct', '(?:first|1st) (?:session|consultation|class|lesson) free', 'limited (?:slots|places|spaces)',
  '(?:\\w+ )?mentorship', '\\d+ figures', 'comment \\w+ and (?:ill|i will|well|we will) (?:dm|message|send)', 'before (?:the )?stock runs out', '\\d+ bottles for the price of \\d+', 'doctors hate (?:it|this|him|her)',
  'join our (?:private )?(?:facebook |telegram |whatsapp |discord )?(?:group|community|channel)', 'early bird', 'usually [$£€] ?\\d+', 'like and subscribe', 'my youtube (?:video|channel)', 'get yours', 'before they ban it',
  'on etsy', 'i sell (?:handmade|homemade|my own|organic|natural)', 'claim your free', 'just pay (?:shipping|postage|delivery)', 'buy (?:instagram |tiktok |youtube |twitter )?(?:followers|likes|subscribers|views)', '\\d+ for [$£€] ?\\d+',
  'all-?inclusive package', 'dm (?:me |us )?for (?:prices|details|info|rates)', '100 ?% natural', 'dr \\w+ (?:herbal|spiritual|traditional)', 'herbal (?:medicine|remedy|cure) (?:cured|cures)', 'win an? (?:free |brand new )?(?:iphone|ipad|prize|voucher|gift card|spa|holiday|trip|car|tv|cruise|\\w+ weekend)', 'enter your (?:card|bank|payment) details',
  'presale', '(?:\\d+ ?x )?guaranteed returns?', 'spell ?casters?', 'brought (?:my|your|her|his) ex back', 'order (?:yours )?from', '(?:they |we )?ships? to (?:the )?(?:uk|us|usa|eu|europe|canada|australia|you)',
  // Fake reviews, SEO and blog promotion, paid coaching, social handles and "search for it" calls to action.
  'great seller', '(?:five|5)[- ]stars?', 'page (?:1|one) (?:of|on) google', '(?:seo|marketing|web design|link building) services', '(?:visit|follow) and subscribe', 'please visit and', '(?:or )?(?:your )?money back(?: guarantee)?', 'also read:?', 'best (?:[\\w-]+ ){1,4}20[12]\\d', 'new (?:recipes|videos|posts|episodes) every (?:week|day)', 'get (?:my|our) (?:[\\w-]+ ){0,2}(?:blend|tea|formula|oil|kit|capsules|book|guide|course|programme|program) (?:at|from|here)', 'no waiting lists?', 'first (?:session|visit|appointment|consultation|class|treatment) (?:half price|free|\\d+ ?% off)', 'half price', 'book (?:at|with|into) our', '(?:similar|related) (?:post|article) on my (?:website|blog|site|page)', 'leave (?:a |me a )?comment(?: on my| there)', '(?:an? )?(?:amazing|incredible|exciting|great) (?:business |work |income )?opportunity', 'boss ?babes?', 'please (?:visit|subscribe to|follow) (?:my|our)',
  '(?:1:1|one-to-one|one on one|1-on-1) (?:coaching|sessions?|programmes?|programs?)', '(?:on|at) (?:insta(?:gram)?|ig|tiktok|fb|facebook|twitter) @\\w+', 'search (?:for )?(?:[\\w-]+ ){1,3}?now', '(?:dr|doctor) \\w+s? (?:\\w+ )?(?:formula|protocol|method|system|drops|capsules)',
  'near me', 'open 24/7',
  // "for more skin care tips visit", paid surveys, deposits by PayPal, litters and NFT drops.
  'for more (?:[\\w-]+ ){0,3}(?:tips|info|information|advice|recipes|details|help|content),? (?:visit|see|check out|go to|head (?:over )?to)', 'earn [$£€] ?\\d+ (?:per|a|for|every|each)', 'paypal', 'pay (?:your|a|the) deposit', 'nfts?', 'minted', '(?:puppies|kittens|spaces|places|slots) (?:available|left)', '(?:herbal|spiritual|traditional) (?:clinic|doctor|healer|home)',
  // Self-published books, price lists by message, multi-buy offers, quote comparison, essay mills, products sold as "our ...".
  '(?:is|its|available|now|find it|get it|buy it|grab it|order it) on amazon', '(?:my|our) (?:[\\w-]+ )?(?:shop|store|salon|boutique|brand)\\b(?! (?:assistant|manager|owner)\\b)', 'reviews? (?:appreciated|welcome|would be (?:much )?appreciated)', 'free (?:guide|e-?book|masterclass|webinar|download|checklist|plan)',
  '(?:the |a |my |our )?price list', '(?:uk|us|eu|free|fast|tracked|next day) (?:shipping|delivery)(?: only)?', 'buy \\d+,? get \\d+ free', 'compare \\d+\\+? (?:providers|quotes|insurers|deals|brands|companies)', 'compare (?:\\w+ )?prices', '(?:back )?in stock(?: now)?(?= *(?:[!,.]|$| tap| click| order| grab| get| shop| now))',
  '(?:quotes?|approval|results) in (?:\\d+|two|five|ten) (?:minutes|mins|seconds)', 'plagiarism[- ]free', 'link (?:below|in (?:the )?comments)', 'our (?:[\\w-]+ ){1,3}(?:tea|spray|formula|drops|gummies|capsules|supplement|oil|cream|kit|programme|program|course|protocol|patches)\\b',
]
// A currency sign is no word character, so the prices among these are anchored by a lookahead instead of \b.
// Arranged as an orderedTree: the same matches, but at each word V8 tries only the phrases that start with its letter.
export const PROMOTION = new RegExp(latin1Source(`(?:\\b|(?=[$£€]))(?:${orderedTree(PROMOTION_PHRASES)})`), 'g')
/**
 * Where a promotional phrase may start, found first and PROMOTION tried there only (findAllAt), which finds what a scan
 * of it finds. PROMOTION scanned whole was the engine's costliest regex: the phrases that open with a digit or a
 * currency sign break its tree into several, and V8 walks each of them at every word. These scans are prefix trees, which
 * need not keep the phrases' order; every currency sign is a place a price may start.
 */
const PROMOTION_STARTS = combinedScans([...PROMOTION_PHRASES.map((phrase) => latin1Source(`\\b${phrase}`)), latin1Source('[$£€]')])
const PROMOTION_STICKY = new RegExp(PROMOTION.source, 'y')
/** Every match of PROMOTION in `text`, as findAll(PROMOTION, text) finds them. */
export const promotionalPhrases = (text: string): Match[] => findAllAt(PROMOTION_STICKY, text, matchStartsIn(PROMOTION_STARTS, text))
/** A row of rating stars ("★★★★★"), the mark of a paid testimonial. */
const STAR_RATING = latin1Pattern(/[★⭐]{3,}/g)
/** "travelzoom dot com": a web address spelled out to get past link filters. */
/** [url=...] and <a href=...>: links dressed in forum or HTML markup, which no reader types. */
const MARKUP_LINK = /\[url=|<a href=/g
const SPELLED_DOMAIN = /\b[a-z0-9-]{3,}(?: dot | \. |\s?[([](?:\.|dot)[)\]]\s?)(?:com|net|org|co|xyz|shop|io|biz|info|online|store|top|ru|uk|de|in|cn)\b/g
/** What every spelled-out address has: a scan for it is cheap, while SPELLED_DOMAIN tries a run of letters at every word. */
const SPELLED_DOT = / dot | \. |[([](?:\.|dot)[)\]]/
const SHORTENERS = /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|amzn\.to|amzn\.eu|a\.co|lnkd\.in|rb\.gy|shorturl\.at|tiny\.cc|v\.gd|s\.id|linktr\.ee|bit\.example)$/
const PROMO_URL = /deal|bargain|aff=|affiliate|cheap|sale|shop|store|discount|offer|promo|casino|cure|profit|cash|bonus|win|free|ref=|coupon|pharmacy|outlet|singles|spin|pro\b|loan|credit|dating|pills|meds|rx\b|slots?\b|bet|prize|claim|winner|reward|replica|official|247/
const EMAIL = /\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b/g
/** International (+44 ...) and national (0800 555 0199, (555) 123-4567, 555-123-4567) phone numbers. */
const PHONE = /\+\d[\d ()-]{7,}\d|\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b|\(\d{3}\) ?\d{3}[ -]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g
const HAS_DIGIT_RUN = /\d{3}/
const WORD = /[a-z]{4,}/g
const STOPWORDS = new Set(
  'that this with have from they your what about just been were them their there when more some will would like than then only also does dont into over even very much'.split(' '),
)
const STUFFING_MIN_REPEATS = 4
const STUFFING_MIN_SHARE = 0.2

const PROMOTION_WEIGHT = 0.35
/**
 * Calls to act that only promotion makes ("link in my bio", "use code SKIN20", "sign up free today", "I sent you a
 * DM"): unlike one mild promotional word, one of these alone holds the comment.
 */
const SOLICITATION = latin1Pattern(wordsRegex([
  'link in (?:my )?(?:bio|profile)', '(?:use|enter) (?:my |the |promo |discount |coupon )?code [a-z]+\\d+', '(?:promo|coupon|discount|referral|affiliate) code',
  'sign (?:up|me up) (?:free|for free|now|today)', '(?:earn|make|making|made|earning) [$£€] ?\\d[\\d,.]*k? (?:a|per|every|each|last|this) (?:day|week|month|hour)',
  '(?:message|dm|pm|inbox) me (?:privately|for (?:details|info|more|prices|my|the))', 'meet (?:local|hot|single|lonely|real) (?:women|men|girls|guys|singles|ladies|mums|moms|milfs)',
  'subscribe to my (?:youtube|channel|newsletter|page|podcast)', 'follow me (?:for|on) (?:daily|more|my|instagram|insta|tiktok|youtube|facebook)',
  'i (?:sent|dropped) (?:you|u) a (?:dm|message|pm)', 'check (?:your|ur) (?:inbox|dms?)', 'sugar (?:daddy|daddies)', 'free spins', '\\d+ ?% returns',
  '(?:enrol(?:l)?|apply|register) (?:today|now)', '(?:get|become) (?:a )?certified',
]))
const SOLICITATION_WEIGHT = 0.55

/**
 * Words that send the reader to the link ("visit carematch-uk.co", "tap the link", ">> shop.example"): the pitch of
 * an advert. Resource links shared in passing ("a good guide at", "their helpline: ...") are not invitations.
 */
const LINK_INVITATION = latin1Pattern(/(?:\b(?:visit|tap|click|check out|go to|head (?:over )?to|shop at|order (?:at|from)|buy (?:at|from)|get (?:it|yours|them|one) (?:at|from))\b(?: [^ .!?]+){0,3}|>+|->|=>|👉) ?$/)
/** A charity's or community's own site (.org, .org.uk, .ngo, .charity) is what a reader points others to in good faith. */
const NONPROFIT_HOST = /\.(?:org|org\.uk|ngo|charity)$/
const INVITATION_REACH = 32

/**
 * Where the comment sends readers to buy or get in touch: the first link to an unvetted site, web address spelled
 * out, email address or phone number (normalised offsets), or undefined.
 */
export const outletIn = (text: string, links: readonly Link[]): Match | undefined => {
  const link = links.find((candidate) => !candidate.credible)
  const found = [...(link ? [{ start: link.start, end: link.end, text: text.slice(link.start, link.end) }] : []), ...findAll(SPELLED_DOMAIN, text), ...contactsIn(text)]
  return found.sort((a, b) => a.start - b.start)[0]
}

/** Email addresses and phone numbers. Cheap character checks spare the patterns' scans of texts that cannot hold one. */
const contactsIn = (text: string): Match[] => [...(text.includes('@') ? findAll(EMAIL, text) : []), ...(HAS_DIGIT_RUN.test(text) ? findAll(PHONE, text) : [])]

const linkSignals = (text: string, links: readonly Link[], maxLinks: number, quote: Quote): Signal[] => {
  const suspicious = links.filter((link) => !link.credible)
  const invitations = suspicious.flatMap((link): Signal[] => {
    if (NONPROFIT_HOST.test(link.domain)) return []
    const before = LINK_INVITATION.exec(text.slice(Math.max(0, link.start - INVITATION_REACH), link.start))
    if (!before) return []
    const start = link.start - before[0].length
    return [{ label: 'spam', score: 0.3, reason: `sends readers to a link like an advert ('${quote(start, link.end)}')`, start, end: link.end, origin: 'cue' }]
  })
  const found: Signal[] = suspicious.map((link) => {
    const shortened = SHORTENERS.test(link.domain)
    const promotional = PROMO_URL.test(link.url)
    const score = shortened ? 0.5 : promotional ? 0.45 : 0.3
    const why = shortened ? 'a shortened link that hides where it goes' : promotional ? 'a promotional link' : 'a link to an unvetted site'
    return { label: 'spam', score, reason: `posts ${why} ('${link.url.replace(/^https?:\/\//, '')}')`, start: link.start, end: link.end, origin: 'cue' }
  })
  found.push(...invitations)
  if (links.length > maxLinks)
    found.push({ label: 'spam', score: 0.7, reason: `posts ${links.length} links (the limit is ${maxLinks})`, origin: 'cue' })
  return found
}

const isLetters = (token: string): boolean => {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) < 97) return false
  return true
}

/**
 * Counts the words of four letters or more. They are read from the shared tokens rather than by a scan of
 * their own: every run of letters lies inside one token, and usually is the whole token.
 */
const keywordStuffing = (tokens: readonly Token[]): Signal | undefined => {
  let words = 0
  // One map lookup per word: counters are objects, and stopwords are skipped only when picking the top.
  const counts = new Map<string, { repeats: number }>()
  const count = (word: string) => {
    words++
    const counter = counts.get(word)
    if (counter) counter.repeats++
    else counts.set(word, { repeats: 1 })
  }
  for (const { text } of tokens) {
    if (!isLetters(text)) for (const word of text.match(WORD) ?? []) count(word)
    else if (text.length >= 4) count(text)
  }
  // Ties go to the word seen first, as a stable sort by count would pick it.
  let top = ''
  let repeats = 0
  for (const [word, counter] of counts) if (counter.repeats > repeats && !STOPWORDS.has(word)) [top, repeats] = [word, counter.repeats]
  if (repeats < STUFFING_MIN_REPEATS || repeats / words < STUFFING_MIN_SHARE) return undefined
  return { label: 'spam', score: 0.7, reason: `repeats the keyword '${top}' ${repeats} times (keyword stuffing)`, origin: 'cue' }
}

/** A sentence of this many words or more posted twice in one comment is pasted, not written. */
/** The original wording behind a normalised range: reasons quote the comment as it was written. */
type Quote = (start: number, end: number) => string

const REPEATED_SENTENCE_WORDS = 4
/** A sentence's words are its tokens (runs of [a-z0-9]), compared joined by single spaces. */
const repeatedText = (sentences: readonly Sentence[], tokens: readonly Token[], quote: Quote): Signal | undefined => {
  if (sentences.length < 2) return undefined
  const seen = new Set<string>()
  let next = 0
  for (const sentence of sentences) {
    const first = firstTokenFrom(tokens, sentence.start, next)
    next = first
    while (next < tokens.length && tokens[next].start < sentence.end) next++
    if (next - first < REPEATED_SENTENCE_WORDS) continue
    const words = tokens.slice(first, next).map((token) => token.text).join(' ')
    if (seen.has(words)) return { label: 'spam', score: 0.45, reason: `pastes the same text more than once ('${quote(sentence.start, sentence.end).trim()}')`, start: sentence.start, end: sentence.end, origin: 'cue' }
    seen.add(words)
  }
  return undefined
}

export const spamCues: Phase = ({ original, norm, tokens, sentences, links, policy, signals }) => {
  const text = norm.text
  const quote: Quote = (start, end) => quoteOriginal(original, norm, start, end)
  const found: Signal[] = []
  const seenPhrases = new Set<string>()
  const solicitations = findAll(SOLICITATION, text)
  for (const match of solicitations) {
    if (seenPhrases.has(match.text)) continue
    seenPhrases.add(match.text)
    found.push({ label: 'spam', score: SOLICITATION_WEIGHT, reason: `solicits readers like an advert ('${quote(match.start, match.end)}')`, start: match.start, end: match.end, origin: 'cue' })
  }
  for (const match of promotionalPhrases(text)) {
    // A promotional phrase inside a solicitation already found is not counted twice.
    if (seenPhrases.has(match.text) || solicitations.some((s) => s.start <= match.start && match.end <= s.end)) continue
    seenPhrases.add(match.text)
    found.push({ label: 'spam', score: PROMOTION_WEIGHT, reason: `uses promotional language ('${quote(match.start, match.end)}')`, start: match.start, end: match.end, origin: 'cue' })
  }
  for (const stars of findAll(STAR_RATING, text))
    found.push({ label: 'spam', score: PROMOTION_WEIGHT, reason: `posts a star rating like a paid review ('${quote(stars.start, stars.end)}')`, start: stars.start, end: stars.end, origin: 'cue' })
  for (const markup of findAll(MARKUP_LINK, text))
    found.push({ label: 'spam', score: 0.6, reason: `hides a link in forum markup ('${quote(markup.start, markup.end)}')`, start: markup.start, end: markup.end, origin: 'cue' })
  for (const domain of SPELLED_DOT.test(text) ? findAll(SPELLED_DOMAIN, text) : [])
    found.push({ label: 'spam', score: 0.45, reason: `spells out a web address to get past link filters ('${quote(domain.start, domain.end)}')`, start: domain.start, end: domain.end, origin: 'cue' })
  found.push(...linkSignals(text, links, policy.maxLinks, quote))
  for (const contact of contactsIn(text))
    found.push({ label: 'spam', score: 0.4, reason: `gives a private contact channel ('${quote(contact.start, contact.end)}')`, start: contact.start, end: contact.end, origin: 'cue' })
  const stuffing = keywordStuffing(tokens)
  if (stuffing) found.push(stuffing)
  const pasted = repeatedText(sentences, tokens, quote)
  if (pasted) found.push(pasted)
  return { signals: [...signals, ...found] }
}
